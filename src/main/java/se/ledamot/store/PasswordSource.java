package se.ledamot.store;

import java.nio.file.Path;

/**
 * Where the password of a protected data folder (or backup) comes from: a dialog in the window, the terminal or an
 * environment variable on the command line. Asked again after a wrong one, at most {@link #TRIES} times.
 */
@FunctionalInterface
public interface PasswordSource {
    int TRIES = 3;

    /** Nobody to ask: a protected folder is refused with a message saying how to give the password. */
    PasswordSource NONE = request -> null;

    /** The password, or null to give up. The caller wipes the array after use. */
    char[] password(Request request);

    /**
     * @param file the protected database file or backup
     * @param backup whether it is a backup being read rather than the folder's database
     * @param attempt 1 for the first question
     * @param lastWasWrong whether the previous answer was wrong
     */
    record Request(Path file, boolean backup, int attempt, boolean lastWasWrong) {
    }
}
