package se.ledamot.ui.task;

/**
 * Runs an action once things have been quiet for a while: each {@link #schedule} replaces the pending run. Autosave
 * uses it so that typing saves a second after the last key, not on every key.
 */
public interface Debouncer {
    void schedule(Runnable action);

    /** Forgets the pending run, if any. */
    void cancel();
}
