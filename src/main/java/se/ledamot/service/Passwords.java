package se.ledamot.service;

import java.nio.file.Path;

/**
 * Who gives the password of a protected data folder or backup: a dialog in the window; the environment or the
 * terminal on the command line. Asked again after a wrong one, three times at most.
 */
@FunctionalInterface
public interface Passwords {
    /** Nobody to ask: a protected folder is refused with a message saying how to give the password. */
    Passwords NONE = (file, backup, attempt, lastWasWrong) -> null;

    /**
     * The password, or null to give up (the store then says a password is needed, or that the last was wrong); the
     * caller wipes the array after use. One who asks a person may throw its own {@code DomainException} instead, to
     * say the person declined (the window's Avbryt): nothing is opened then either.
     *
     * @param file the protected database file or backup
     * @param backup whether it is a backup being read rather than the folder's database
     * @param attempt 1 for the first question
     * @param lastWasWrong whether the previous answer was wrong
     */
    char[] password(Path file, boolean backup, int attempt, boolean lastWasWrong);

    /** Wipes any password kept for the rest of one operation (a restore from the window asks once for all of it). */
    default void forget() {
    }
}
