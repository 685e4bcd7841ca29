package se.ledamot.store;

import java.util.Objects;

/**
 * How a data folder is opened: who is asked for its password when it is protected, and what to do when another
 * program (the window, another command) has the folder's turn for longer than a moment.
 */
public record OpenOptions(PasswordSource passwords, Runnable onLongWait) {
    public OpenOptions {
        Objects.requireNonNull(passwords);
        Objects.requireNonNull(onLongWait);
    }

    public static OpenOptions defaults() {
        return new OpenOptions(PasswordSource.NONE, () -> { });
    }

    public OpenOptions withPasswords(PasswordSource source) {
        return new OpenOptions(source, onLongWait);
    }

    public OpenOptions withLongWait(Runnable action) {
        return new OpenOptions(passwords, action);
    }
}
