package se.ledamot.domain.sync;

import java.util.function.BiPredicate;

/**
 * What to do with one field that two copies of a thing may have changed since they last agreed (the base): both the
 * same, only one side changed it (that side wins), or both changed it differently, a conflict the user settles.
 * Never a silent overwrite: a field only one side touched keeps that side's value, whichever side it is.
 */
public enum ThreeWay {
    /** Both hold the same value (changed alike, or not at all). */
    SAME,
    /** Only the other side (theirs) changed it: take theirs here. */
    TAKE_THEIRS,
    /** Only this side (mine) changed it: send mine there. */
    SEND_MINE,
    /** Both changed it, differently. */
    CONFLICT;

    public static <T> ThreeWay of(T base, T mine, T theirs, BiPredicate<T, T> same) {
        if (same.test(mine, theirs)) {
            return SAME;
        }
        if (same.test(mine, base)) {
            return TAKE_THEIRS;
        }
        if (same.test(theirs, base)) {
            return SEND_MINE;
        }
        return CONFLICT;
    }
}
