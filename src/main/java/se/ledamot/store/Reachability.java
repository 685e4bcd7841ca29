package se.ledamot.store;

import java.util.function.Consumer;

/**
 * Whether the shared server answers, as the last statement to end found it, told to a listener on each change. Two
 * threads can find it out at once (a statement failing on a connection the network broke, the window's probe going
 * through): a change and its telling are one step, so the listener hears them in the order they happened and ends
 * with the state the store holds.
 */
final class Reachability {
    private boolean reachable = true;
    private Consumer<Boolean> listener = r -> { };

    /** The statement that ended found the server answering ({@code true}) or gone. */
    synchronized void reached(boolean now) {
        if (reachable != now) {
            reachable = now;
            listener.accept(now);
        }
    }

    synchronized boolean reachable() {
        return reachable;
    }

    /** Told, from the thread that noticed, each change; the listener should only hand it on (it holds the others). */
    synchronized void onChange(Consumer<Boolean> listener) {
        this.listener = listener;
    }
}
