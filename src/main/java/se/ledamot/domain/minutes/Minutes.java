package se.ledamot.domain.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Person;
import se.ledamot.domain.calendar.HolidayShift;
import se.ledamot.domain.sync.RowField;

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

    /**
     * The fields two secretaries may change at once (issue 16.5), named by their columns; the approval's days and
     * first § go together (one cannot be posted without the other), and the attendance is a list, merged by
     * {@link #sameAttendee} (see the store).
     */
    public static final List<RowField<Minutes>> FIELDS = List.of(
            new RowField<>("opened", m -> text(m.opened), (into, from) -> into.withTimes(from.opened, into.closed),
                    false),
            new RowField<>("closed", m -> text(m.closed), (into, from) -> into.withTimes(into.opened, from.closed),
                    false),
            new RowField<>("chair_name", m -> m.chair == null ? "" : m.chair.display(),
                    (into, from) -> into.withChair(from.chair, into.secretary), false),
            new RowField<>("secretary", m -> text(m.secretary),
                    (into, from) -> into.withChair(into.chair, from.secretary), false),
            new RowField<>("adjusters", m -> m.adjusters.stream().map(Person::display)
                    .collect(Collectors.joining("\n")), (into, from) -> into.withAdjustment(from.adjusters,
                    into.adjustDay, into.adjustTime, into.adjustPlace), false),
            new RowField<>("adjust_day", m -> text(m.adjustDay), (into, from) -> into.withAdjustment(into.adjusters,
                    from.adjustDay, into.adjustTime, into.adjustPlace), false),
            new RowField<>("adjust_time", m -> text(m.adjustTime), (into, from) -> into.withAdjustment(
                    into.adjusters, into.adjustDay, from.adjustTime, into.adjustPlace), false),
            new RowField<>("adjust_place", m -> text(m.adjustPlace), (into, from) -> into.withAdjustment(
                    into.adjusters, into.adjustDay, into.adjustTime, from.adjustPlace), false),
            new RowField<>("approval", m -> String.join(" ", text(m.adjusted), text(m.posted),
                    text(m.firstParagraph)).strip(), (into, from) -> into.withApproval(from.adjusted, from.posted,
                    from.firstParagraph), false));

    /** The attendance as one field: what a conflict of the list names, each attendee a line. */
    public static final RowField<Minutes> ATTENDANCE = new RowField<>("attendance",
            m -> m.attendance.attendees().stream().map(a -> String.join(" – ", a.person().display(), a.role().code()
                    + (a.serving() ? "*" : ""), text(a.replaces()), text(a.note())).replaceAll("( – )+$", ""))
                    .collect(Collectors.joining("\n")), (into, from) -> into.withAttendance(from.attendance), false);

    /** Every field a conflict of the minutes may name: the fields, then the attendance. */
    public static final List<RowField<Minutes>> FIELDS_AND_ATTENDANCE = Stream.concat(FIELDS.stream(),
            Stream.of(ATTENDANCE)).toList();

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

    /**
     * The last day the law allows for the justering of a meeting held on a day: 14 days after it, or the next weekday
     * when that is a Saturday, Sunday, holiday or closed eve (lag (1930:173) 2 §).
     */
    public static LocalDate adjustBy(LocalDate meetingDay) {
        return HolidayShift.NEXT_WORKING_DAY.apply(meetingDay.plusDays(ADJUST_WITHIN_DAYS));
    }

    /** The justering day, the one it was done else the one planned, when later than {@link #adjustBy}; else empty. */
    public Optional<LocalDate> lateJustering(LocalDate meetingDay) {
        LocalDate day = adjusted != null ? adjusted : adjustDay;
        return day != null && day.isAfter(adjustBy(meetingDay)) ? Optional.of(day) : Optional.empty();
    }

    /**
     * Refuses a justering planned for a day before the meeting: the protokoll is justerat after the meeting (5 kap.
     * 69 § kommunallagen), and the protokoll prints the day ("Justeringen sker …").
     */
    public void checkAdjustDay(LocalDate meetingDay) {
        if (adjustDay != null && adjustDay.isBefore(meetingDay)) {
            throw new DomainException("minutes.adjustDay.beforeMeeting", adjustDay, meetingDay);
        }
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

    /**
     * Refuses a justering of minutes that name no one to sign them: the protokoll is justerat by ordföranden and the
     * justerare the meeting chose, and kept by the secretary who signs it first (5 kap. 69 § kommunallagen: justeras på
     * det sätt fullmäktige bestämmer; the arbetsordning names ordföranden och justerare). The message names every one
     * missing.
     */
    public void checkSigners() {
        String missing = Stream.of(chair == null || chair.name().isBlank() ? "chair" : null,
                secretary == null || secretary.isBlank() ? "secretary" : null, adjusters.isEmpty() ? "adjusters" : null)
                .filter(Objects::nonNull).collect(Collectors.joining("_"));
        if (!missing.isEmpty()) {
            throw new DomainException("minutes.adjusted.unsigned." + missing);
        }
    }

    /**
     * Refuses a justering of minutes that record no one deciding (no ledamot or tjänstgörande ersättare present): the
     * protokoll is to say for every ärende which ledamöter took part in the decision (5 kap. 67 § 5 kommunallagen), so
     * without the attendance it is not one to sign.
     */
    public void checkAttendance() {
        if (attendance.deciding().isEmpty()) {
            throw new DomainException("minutes.adjusted.noAttendance");
        }
    }

    /** One attendee seen from two copies of the minutes: the same person (role or note may differ). */
    public static boolean sameAttendee(Attendee a, Attendee b) {
        return a.person().equals(b.person());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    public Minutes withAttendance(Attendance a) {
        return new Minutes(meetingId, opened, closed, chair, secretary, adjusters, adjustDay, adjustTime, adjustPlace,
                adjusted, posted, firstParagraph, a);
    }
}
