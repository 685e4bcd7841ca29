package se.ledamot.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A date a matter must be done by, the kind of rule it comes from, and the rule's account of how the date was
 * computed ({@link DeadlineBasis}).
 */
public record Deadline(LocalDate date, DeadlineType type, DeadlineBasis basis) {

    public Deadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        basis = basis == null ? DeadlineBasis.NONE : basis;
    }

    /** A deadline with no account of itself. */
    public Deadline(LocalDate date, DeadlineType type) {
        this(date, type, DeadlineBasis.NONE);
    }

    /** Days until the deadline; negative once it has passed. The deadline day itself is 0: still in time. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, date);
    }

    /** Whole months until the deadline; negative once it has passed by a month or more. */
    public long monthsLeft(LocalDate today) {
        return ChronoUnit.MONTHS.between(today, date);
    }

    public boolean isOverdue(LocalDate today) {
        return today.isAfter(date);
    }

    public Urgency urgency(LocalDate today) {
        long days = daysLeft(today);
        if (days < 0) {
            return Urgency.OVERDUE;
        }
        return days <= type.warningDays() ? Urgency.SOON : Urgency.OK;
    }
}
