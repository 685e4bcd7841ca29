package se.ledamot.service;

import java.util.Objects;

/**
 * How the window or a command opens a data folder: who gives its password when it is protected, and what to do when
 * another program has the folder's turn for longer than a moment (the command line says it waits).
 */
public record FolderAccess(Passwords passwords, Runnable onLongWait) {
    /** No one to ask for a password, no word about waiting. */
    public static final FolderAccess NONE = new FolderAccess(Passwords.NONE, () -> { });

    public FolderAccess {
        Objects.requireNonNull(passwords);
        Objects.requireNonNull(onLongWait);
    }
}
