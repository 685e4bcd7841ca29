package se.ledamot.domain.meeting;

import java.time.LocalDate;
import se.ledamot.domain.DomainException;

/**
 * When a meeting's tillkännagivande (time, place, the matters) must be on the kommunens anslagstavla: kommunallagen
 * 5 kap. 11 §, "minst en vecka före sammanträdesdagen". An arbetsordning may ask for more days, never fewer.
 *
 * The council sets its days in Inställningar beside the other rules of its arbetsordning
 * ({@link CouncilRules#notice}); never set, the law's week.
 *
 * @param daysBefore the posting is due at least this many days before the meeting day
 */
public record NoticeRule(int daysBefore) {
    /** 5 kap. 11 § kommunallagen: "minst en vecka". */
    public static final int LAW_DAYS = 7;
    /** The law's rule, 5 kap. 11 § kommunallagen: one week. */
    public static final NoticeRule LAW = new NoticeRule(LAW_DAYS);

    public NoticeRule {
        if (daysBefore < LAW_DAYS) {
            throw new DomainException("rules.notice.fewerThanLaw", daysBefore);
        }
    }

    /** The last day the notice may go up for a meeting on {@code meetingDay}. */
    public LocalDate latestDay(LocalDate meetingDay) {
        return meetingDay.minusDays(daysBefore);
    }

    /**
     * The day a kallelse is dated. 5 kap. 12 § kommunallagen has it sent within the time 11 § gives the anslag, so it
     * is dated the day the meeting was posted when the secretary recorded that, else today while that day is still to
     * come. Unrecorded and past, the last day the rule allowed: the kallelse went out by then (its sentence on the
     * anslag says "senast den …"), and a reprint dated today or the meeting's day would read as late.
     */
    public LocalDate kallelseDay(LocalDate meetingDay, LocalDate postedOn, LocalDate today) {
        LocalDate sent = postedOn != null ? postedOn : latestDay(meetingDay);
        return sent.isBefore(today) ? sent : today;
    }

    /** Whether a notice posted on {@code postedOn} came later than the rule allows. */
    public boolean late(LocalDate postedOn, LocalDate meetingDay) {
        return postedOn != null && postedOn.isAfter(latestDay(meetingDay));
    }
}
