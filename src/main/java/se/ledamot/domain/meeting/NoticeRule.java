package se.ledamot.domain.meeting;

import java.time.LocalDate;

/**
 * When a meeting's tillkännagivande (time, place, the matters) must be on the kommunens anslagstavla: kommunallagen
 * 5 kap. 11 §, "minst en vecka före sammanträdesdagen". An arbetsordning may ask for more days, never fewer.
 *
 * @param daysBefore the posting is due at least this many days before the meeting day
 */
public record NoticeRule(int daysBefore) {
    /** The law's rule, 5 kap. 11 § kommunallagen: one week. */
    public static final NoticeRule LAW = new NoticeRule(7);

    /** The last day the notice may go up for a meeting on {@code meetingDay}. */
    public LocalDate latestDay(LocalDate meetingDay) {
        return meetingDay.minusDays(daysBefore);
    }

    /** Whether a notice posted on {@code postedOn} came later than the rule allows. */
    public boolean late(LocalDate postedOn, LocalDate meetingDay) {
        return postedOn != null && postedOn.isAfter(latestDay(meetingDay));
    }
}
