package se.ledamot.domain.meeting;

import java.time.LocalDate;
import java.util.Objects;
import se.ledamot.domain.DeadlineBasis;
import se.ledamot.domain.MatterKind;

/**
 * An interpellation or question handed in too late for every planned meeting of the council: it is asked at the
 * first meeting it is in time for and answered by the body's rule, but that meeting is not planned yet.
 */
public record NotYetAsked(MatterKind kind, LocalDate submitted, String body) implements DeadlineBasis {
    public NotYetAsked {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(body, "body");
    }
}
