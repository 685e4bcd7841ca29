package se.ledamot.domain.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import se.ledamot.domain.DomainException;

/**
 * When something must be in before a meeting, as a council's rules of procedure word it: "10 days before", or "08.00
 * on the Monday two weeks before", "12.00 on the Thursday before".
 *
 * <p>A deadline that lands on a weekend, a public holiday or a closed eve moves to the <b>previous</b> working day,
 * at the same hour. Statutory periods move forward instead (Lag 1930:173), but these deadlines exist so that the
 * office has the matter in hand before the meeting, and moving them later would eat into that time.
 *
 * @param form    days before the meeting, or the n-th given weekday before it
 * @param amount  the number of days, or which weekday counting back from the meeting (1 = the nearest)
 * @param weekday the weekday, for {@link Form#WEEKDAY_BEFORE}
 * @param time    the hour on the last day; 23:59 when a rule names no hour
 */
public record SubmissionRule(SubmissionKind kind, Form form, int amount, DayOfWeek weekday, LocalTime time) {
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    public enum Form {
        DAYS_BEFORE,
        WEEKDAY_BEFORE
    }

    public SubmissionRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(form, "form");
        if (form == Form.DAYS_BEFORE ? amount < 0 : amount < 1) {
            throw new DomainException("submission.rule.amount", amount);
        }
        if (form == Form.WEEKDAY_BEFORE && weekday == null) {
            throw new DomainException("submission.rule.weekday");
        }
        weekday = form == Form.DAYS_BEFORE ? null : weekday;
        time = time == null ? END_OF_DAY : time;
    }

    /** "N days before the meeting", by the end of that day unless an hour is given. */
    public static SubmissionRule daysBefore(SubmissionKind kind, int days, LocalTime time) {
        return new SubmissionRule(kind, Form.DAYS_BEFORE, days, null, time);
    }

    /** "The weekday, n weeks before": the n-th such weekday before the meeting day (1 = the nearest before it). */
    public static SubmissionRule weekdayBefore(SubmissionKind kind, DayOfWeek weekday, int nth, LocalTime time) {
        return new SubmissionRule(kind, Form.WEEKDAY_BEFORE, nth, weekday, time);
    }

    /** The last moment for a meeting on this date. */
    public LocalDateTime deadline(LocalDate meetingDate) {
        LocalDate day = switch (form) {
            case DAYS_BEFORE -> meetingDate.minusDays(amount);
            case WEEKDAY_BEFORE -> meetingDate.with(TemporalAdjusters.previous(weekday)).minusWeeks(amount - 1L);
        };
        return SwedishCalendar.workingDayOnOrBefore(day).atTime(time);
    }
}
