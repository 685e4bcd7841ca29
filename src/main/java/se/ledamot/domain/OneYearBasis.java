package se.ledamot.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.ledamot.domain.calendar.HolidayShift;

/**
 * The one-year rule: a motion (Kommunallagen 5 kap. 35 §) or a citizen proposal (8 kap.; the paragraph not checked) should be prepared
 * so that it can be decided within one year of being submitted (väckt). The year is a statutory period, so a last day
 * on a Saturday, Sunday, holiday or closed eve moves to the next weekday (Lag 1930:173).
 *
 * @param anniversary  the day a year after submission (28 February for a motion of 29 February)
 * @param limit        the last day, moved off a closed day
 * @param decidingBody the body that decides it (a citizen proposal may be left to a nämnd), null when not known
 */
public record OneYearBasis(MatterKind kind, LocalDate submitted, LocalDate anniversary, LocalDate limit,
        String decidingBody) implements DeadlineBasis {

    public OneYearBasis {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(submitted, "submitted");
        decidingBody = decidingBody == null || decidingBody.isBlank() ? null : decidingBody.strip();
    }

    /** The basis for a matter submitted on a day, decided by a body (or null). */
    public static OneYearBasis of(MatterKind kind, LocalDate submitted, String decidingBody) {
        LocalDate anniversary = submitted.plusYears(1);
        return new OneYearBasis(kind, submitted, anniversary, limitOf(submitted), decidingBody);
    }

    /** The last day to decide a matter submitted on a day. */
    public static LocalDate limitOf(LocalDate submitted) {
        return HolidayShift.NEXT_WORKING_DAY.apply(submitted.plusYears(1));
    }

    /** Whether the anniversary fell on a closed day and the limit moved to the next weekday. */
    public boolean moved() {
        return !limit.equals(anniversary);
    }

    public Optional<String> decidingBodyIfKnown() {
        return Optional.ofNullable(decidingBody);
    }

    public DeadlineType type() {
        return kind == MatterKind.CITIZEN_PROPOSAL ? DeadlineType.CITIZEN_PROPOSAL_ONE_YEAR : DeadlineType.MOTION_ONE_YEAR;
    }
}
