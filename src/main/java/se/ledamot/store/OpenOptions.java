package se.ledamot.store;

import java.time.Clock;
import java.util.Objects;

/**
 * How a data folder is opened: who is asked for its password when it is protected, what to do when another
 * program (the window, another command) has the folder's turn for longer than a moment, and the program's clock
 * (what "today" is for the daily backup, and the time in a backup's name).
 */
public record OpenOptions(PasswordSource passwords, Runnable onLongWait, Clock clock, boolean readOnly,
        Runnable afterTurn, TurnFollower follower) {
    public OpenOptions {
        Objects.requireNonNull(passwords);
        Objects.requireNonNull(onLongWait);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(afterTurn);
        Objects.requireNonNull(follower);
    }

    /** No one to ask for a password, no word about waiting, nothing to do after writing. */
    public static OpenOptions on(Clock clock) {
        return new OpenOptions(PasswordSource.NONE, () -> { }, clock, false, () -> { }, TurnFollower.NONE);
    }

    public OpenOptions withPasswords(PasswordSource source) {
        return new OpenOptions(source, onLongWait, clock, readOnly, afterTurn, follower);
    }

    public OpenOptions withLongWait(Runnable action) {
        return new OpenOptions(passwords, action, clock, readOnly, afterTurn, follower);
    }

    /**
     * What to do each time a program that opens the file to write has given the folder's turn back (H2 adds to a file
     * opened so even when nothing was written): the file is then closed and whole, as whoever reads next finds it.
     * Run on a thread of the store's, or at the end by the closing one; it should be quick.
     */
    public OpenOptions withAfterTurn(Runnable action) {
        return new OpenOptions(passwords, onLongWait, clock, readOnly, action, follower);
    }

    /** Who is told, at the end of a turn that changed matters' own rows only, which they were. */
    public OpenOptions withFollower(TurnFollower f) {
        return new OpenOptions(passwords, onLongWait, clock, readOnly, afterTurn, f);
    }

    /**
     * For a program that only reads (the commands that print): the file is opened read-only, so it is left exactly
     * as it was, and what is known of it stays true ({@link DatabaseStamp}). Opening the folder may still upgrade or
     * back it up first.
     */
    public OpenOptions readingOnly() {
        return new OpenOptions(passwords, onLongWait, clock, true, afterTurn, follower);
    }
}
