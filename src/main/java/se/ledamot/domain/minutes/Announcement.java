package se.ledamot.domain.minutes;

import java.time.LocalDate;
import java.util.Objects;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.calendar.HolidayShift;

/**
 * The notice that the minutes are approved (anslagsbevis), and the dates it sets going. The justering is announced
 * on the council's notice board no later than the second day after it (8 kap. 12 § kommunallagen; on a closed day the
 * next weekday, lag (1930:173) 2 §); the notice says where the minutes are kept and stays up until the time for
 * appeal has run out. An appeal (laglighetsprövning) must be in within three weeks of the day the notice was put up
 * (13 kap. 5 § kommunallagen); a last day on a Saturday, Sunday or holiday moves to the next weekday (lag (1930:173)
 * om beräkning av lagstadgad tid).
 */
public record Announcement(LocalDate adjusted, LocalDate posted) {

    public Announcement {
        Objects.requireNonNull(adjusted, "adjusted");
        Objects.requireNonNull(posted, "posted");
        if (posted.isBefore(adjusted)) {
            throw new DomainException("minutes.posted.beforeAdjusted", posted, adjusted);
        }
    }

    /**
     * Refuses a justering day the minutes cannot have: after {@code today} (it has not come yet), or before the
     * meeting's day (there was nothing to sign). The protokoll is justerat after the meeting (5 kap. 69 §
     * kommunallagen), and what it decided stops the matters' deadlines, so a day to come must not take effect early.
     */
    public static void checkAdjusted(LocalDate adjusted, LocalDate meetingDay, LocalDate today) {
        if (adjusted.isAfter(today)) {
            throw new DomainException("minutes.adjusted.future", adjusted);
        }
        if (adjusted.isBefore(meetingDay)) {
            throw new DomainException("minutes.adjusted.beforeMeeting", adjusted, meetingDay);
        }
    }

    /**
     * The last day the law allows for putting the notice up: the second day after the justering, or the next weekday
     * when that is a Saturday, Sunday, holiday or closed eve (lag (1930:173) 2 §: "får åtgärden vidtas nästa vardag").
     */
    public static LocalDate latestPosting(LocalDate adjusted) {
        return HolidayShift.NEXT_WORKING_DAY.apply(adjusted.plusDays(2));
    }

    /** Whether the notice went up in time (8 kap. 12 §). */
    public boolean inTime() {
        return !posted.isAfter(latestPosting(adjusted));
    }

    /** The last day for an appeal: three weeks from the day the notice went up, moved off a closed day. */
    public LocalDate appealEnds() {
        return HolidayShift.NEXT_WORKING_DAY.apply(posted.plusWeeks(3));
    }

    /** The first day the notice may be taken down: the day after the appeal time has run out. */
    public LocalDate takeDown() {
        return appealEnds().plusDays(1);
    }
}
