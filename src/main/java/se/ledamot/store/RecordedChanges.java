package se.ledamot.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Changes made in a data folder that a sync is to send, told as they are made. The replica's change capture notes one
 * on the writer's thread, inside the writer's transaction ({@link #noted()}); the folder's listeners in this program
 * are told when that thread gives the connection back, so the change is committed by then and a listener that reads
 * the folder's state sees it. Whatever writes (a screen, the command line in this program, a later screen) is told
 * the same way, because the capture sits on the tables, not in the stores.
 */
public final class RecordedChanges {
    private static final ThreadLocal<Boolean> NOTED = ThreadLocal.withInitial(() -> false);
    /** Connections this thread holds now: told only when the outermost is given back (its commit is the last). */
    private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[1]);

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    RecordedChanges() {
    }

    /** The writer's thread recorded a change to be sent (called by the capture, inside the write). */
    public static void noted() {
        NOTED.set(true);
    }

    /** A connection taken by this thread. */
    static void leased() {
        HELD.get()[0]++;
    }

    /** A connection given back by this thread: the listeners are told when it was the last and a change was noted. */
    void givenBack() {
        int[] held = HELD.get();
        held[0] = Math.max(0, held[0] - 1);
        if (held[0] == 0 && NOTED.get()) {
            NOTED.set(false);
            listeners.forEach(Runnable::run);
        }
    }

    /** Tells {@code listener}, on the writer's thread, after each write that recorded a change; returns its removal. */
    Runnable listen(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
