package se.ledamot.domain;

import java.util.Objects;

/**
 * A deadline whose rule runs but whose date is not known yet: an interpellation or question to be answered at a
 * council meeting that is not planned. "No deadline" would be wrong; the basis tells what is known (where it is
 * asked, or that it is not asked yet) so it can explain itself.
 */
public record UndatedDeadline(DeadlineType type, DeadlineBasis basis) {
    public UndatedDeadline {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(basis, "basis");
    }
}
