package se.ledamot.domain.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Person;

/**
 * The minutes (protokoll) of one meeting as a whole: when it opened and closed, who chaired and who kept the minutes,
 * who was present, who checks the minutes with the chair (justerare) and when and where, the day the minutes were
 * approved (justerade) and the day that was announced on the notice board (anslag), and the first paragraph number
 * once it is fixed. The minutes are to be approved within 14 days of the meeting (5 kap. 69 § kommunallagen).
 * Immutable; the {@code with} methods give an adjusted copy.
 *
 * @param chair          who chaired, or null for the body's chair
 * @param adjustDay      the day set for the justering, or null
 * @param adjusted       the day the minutes were approved (signed), or null while they are not
 * @param posted         the day the approval was announced on the notice board, or null
 * @param firstParagraph the first § of this meeting, fixed when the minutes are approved; null to count it
 */
public record Minutes(long meetingId, LocalTime opened, LocalTime closed, Person chair, String secretary,
        List<Person> adjusters, LocalDate adjustDay, LocalTime adjustTime, String adjustPlace, LocalDate adjusted,
        LocalDate posted, Integer firstParagraph, Attendance attendance) {

    /** The minutes are approved within this many days of the meeting (5 kap. 69 § kommunallagen). */
    public static final int ADJUST_WITHIN_DAYS = 14;

    public Minutes {
        if (chair != null) {
            Limit.NAME.check(chair.name());
        }
        secretary = Limit.NAME.check(secretary);
        adjusters = List.copyOf(adjusters == null ? List.of() : adjusters);
        adjusters.forEach(p -> Limit.NAME.check(p.name()));
        adjustPlace = Limit.PLACE.check(adjustPlace);
        if (posted != null && adjusted == null) {
            throw new DomainException("minutes.posted.notAdjusted");
        }
        if (posted != null) {
            new Announcement(adjusted, posted);
        }
        if (firstParagraph != null && firstParagraph < 1) {
            throw new DomainException("minutes.paragraph.first", firstParagraph);
        }
        attendance = attendance == null ? Attendance.none() : attendance;
    }

    /** Nothing recorded yet. */
    public static Minutes blank(long meetingId) {
        return new Minutes(meetingId, null, null, null, null, List.of(), null, null, null, null, null, null,
                Attendance.none());
    }

    public Optional<Announcement> announcement() {
        return posted == null ? Optional.empty() : Optional.of(new Announcement(adjusted, posted));
    }

    /** The last day the law allows for the justering of a meeting held on a day. */
    public static LocalDate adjustBy(LocalDate meetingDay) {
        return meetingDay.plusDays(ADJUST_WITHIN_DAYS);
    }

    public Minutes withTimes(LocalTime open, LocalTime close) {
        return new Minutes(meetingId, open, close, chair, secretary, adjusters, adjustDay, adjustTime, adjustPlace,
                adjusted, posted, firstParagraph, attendance);
    }

    public Minutes withChair(Person p, String s) {
        return new Minutes(meetingId, opened, closed, p, s, adjusters, adjustDay, adjustTime, adjustPlace, adjusted,
                posted, firstParagraph, attendance);
    }

    public Minutes withAdjustment(List<Person> who, LocalDate day, LocalTime time, String place) {
        return new Minutes(meetingId, opened, closed, chair, secretary, who, day, time, place, adjusted, posted,
                firstParagraph, attendance);
    }

    /** The minutes approved on a day and announced on another (or not yet: null), with their first § fixed. */
    public Minutes withApproval(LocalDate adjustedOn, LocalDate postedOn, Integer first) {
        return new Minutes(meetingId, opened, closed, chair, secretary, adjusters, adjustDay, adjustTime, adjustPlace,
                adjustedOn, postedOn, first, attendance);
    }

    public Minutes withAttendance(Attendance a) {
        return new Minutes(meetingId, opened, closed, chair, secretary, adjusters, adjustDay, adjustTime, adjustPlace,
                adjusted, posted, firstParagraph, a);
    }
}
