package se.ledamot.ui.settings;

import se.ledamot.domain.DomainException;

/** A whole number typed in a settings box: empty is none, anything else not a number is refused with a reason. */
final class TypedCount {
    private TypedCount() {
    }

    /** The number typed, null when the box is empty; {@code badKey} names what is wrong in words. */
    static Integer of(String typed, String badKey) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            throw new DomainException(badKey, t);
        }
    }

    /** The number typed, {@code empty} when the box is empty. */
    static int of(String typed, String badKey, int empty) {
        Integer n = of(typed, badKey);
        return n == null ? empty : n;
    }
}
