package se.ledamot.service;

import java.util.Objects;

/**
 * How the window or a command opens a data folder: who gives its password when it is protected, what to do when
 * another program has the folder's turn for longer than a moment (the command line says it waits), and whether it
 * only reads (the commands that print: the file is then opened read-only and left exactly as it was).
 */
public record FolderAccess(Passwords passwords, Runnable onLongWait, boolean onlyReads) {
    /** No one to ask for a password, no word about waiting. */
    public static final FolderAccess NONE = new FolderAccess(Passwords.NONE, () -> { });

    public FolderAccess {
        Objects.requireNonNull(passwords);
        Objects.requireNonNull(onLongWait);
    }

    /** For a program that reads and writes. */
    public FolderAccess(Passwords passwords, Runnable onLongWait) {
        this(passwords, onLongWait, false);
    }

    /** The same, for a program that only reads. */
    public FolderAccess readingOnly() {
        return new FolderAccess(passwords, onLongWait, true);
    }
}
