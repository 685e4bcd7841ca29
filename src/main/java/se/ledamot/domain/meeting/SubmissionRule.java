package se.ledamot.domain.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.calendar.HolidayShift;

/**
 * When something must be in before a meeting, as a council's rules of procedure word it: "10 days before", "08.00
 * on the Monday two weeks before", "12.00 on the Thursday before"; and when a written answer must reach the one who
 * asked ("the day before", "08.00 the last weekday before").
 *
 * <p>A deadline that lands on a closed day moves by the rule's {@link HolidayShift}. A rule that says nothing moves
 * forward, as Lag (1930:173) moves a statutory deadline; an arbetsordning that says "närmast föregående vardag"
 * moves back. A stored written-answer rule ("12.00 the day before") has always meant the last working day before.
 *
 * @param form    days before the meeting, the n-th given weekday before it, or the weekday of a calendar week before
 * @param amount  the number of days, which weekday counting back (1 = the nearest), or how many weeks back
 * @param weekday the weekday, for the weekday forms
 * @param time    the hour on the last day; 23:59 when a rule names no hour
 * @param shift   which way a deadline on a closed day moves
 */
public record SubmissionRule(SubmissionKind kind, Form form, int amount, DayOfWeek weekday, LocalTime time,
        HolidayShift shift) {
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    public enum Form {
        /** "10 dagar före sammanträdet". */
        DAYS_BEFORE,
        /** "torsdagen före": the n-th such weekday counting back from the meeting day. */
        WEEKDAY_BEFORE,
        /** "måndagen två veckor före": the weekday in the calendar week n weeks before the meeting's week. */
        WEEKDAY_IN_WEEK_BEFORE
    }

    public SubmissionRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(form, "form");
        if (form == Form.DAYS_BEFORE ? amount < 0 : amount < 1) {
            throw new DomainException("submission.rule.amount", amount);
        }
        if (form != Form.DAYS_BEFORE && weekday == null) {
            throw new DomainException("submission.rule.weekday");
        }
        weekday = form == Form.DAYS_BEFORE ? null : weekday;
        time = time == null ? END_OF_DAY : time;
        shift = shift == null ? defaultShift(kind) : shift;
    }

    /** A rule with the direction a rule of its kind has when it says none. */
    public SubmissionRule(SubmissionKind kind, Form form, int amount, DayOfWeek weekday, LocalTime time) {
        this(kind, form, amount, weekday, time, null);
    }

    /** "N days before the meeting", by the end of that day unless an hour is given. */
    public static SubmissionRule daysBefore(SubmissionKind kind, int days, LocalTime time) {
        return new SubmissionRule(kind, Form.DAYS_BEFORE, days, null, time);
    }

    /** "The weekday, n weeks before": the n-th such weekday before the meeting day (1 = the nearest before it). */
    public static SubmissionRule weekdayBefore(SubmissionKind kind, DayOfWeek weekday, int nth, LocalTime time) {
        return new SubmissionRule(kind, Form.WEEKDAY_BEFORE, nth, weekday, time);
    }

    /** "Måndagen två veckor före": the weekday in the calendar week n weeks before the meeting's week. */
    public static SubmissionRule weekdayInWeekBefore(SubmissionKind kind, DayOfWeek weekday, int weeks,
            LocalTime time) {
        return new SubmissionRule(kind, Form.WEEKDAY_IN_WEEK_BEFORE, weeks, weekday, time);
    }

    /** The direction of a rule that names none: forward (Lag 1930:173), but a written answer comes before the day. */
    public static HolidayShift defaultShift(SubmissionKind kind) {
        return kind == SubmissionKind.WRITTEN_ANSWER ? HolidayShift.PREVIOUS_WORKING_DAY : HolidayShift.NEXT_WORKING_DAY;
    }

    public SubmissionRule withShift(HolidayShift newShift) {
        return new SubmissionRule(kind, form, amount, weekday, time, newShift);
    }

    /** The same rule for another kind of submission, e.g. a council's question rule copied from its interpellations. */
    public SubmissionRule forKind(SubmissionKind newKind) {
        return new SubmissionRule(newKind, form, amount, weekday, time, shift);
    }

    /** The day the rule counts to for a meeting on this date, before any move off a closed day. */
    public LocalDate countedDay(LocalDate meetingDate) {
        return switch (form) {
            case DAYS_BEFORE -> meetingDate.minusDays(amount);
            case WEEKDAY_BEFORE -> meetingDate.with(TemporalAdjusters.previous(weekday)).minusWeeks(amount - 1L);
            case WEEKDAY_IN_WEEK_BEFORE -> meetingDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .minusWeeks(amount).with(TemporalAdjusters.nextOrSame(weekday));
        };
    }

    /** The last moment for a meeting on this date. */
    public LocalDateTime deadline(LocalDate meetingDate) {
        return shift.apply(countedDay(meetingDate)).atTime(time);
    }

    /** Whether the rule names an hour, or runs to the end of its day. */
    public boolean hasHour() {
        return !time.equals(END_OF_DAY);
    }
}
