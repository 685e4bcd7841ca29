package se.ledamot.ui.answer;

import se.ledamot.ui.task.Debouncer;

/** A debouncer the test fires by hand: "typing has paused now". */
public final class ManualDebouncer implements Debouncer {
    private Runnable pending;
    private int scheduled;

    @Override
    public void schedule(Runnable action) {
        pending = action;
        scheduled++;
    }

    @Override
    public void cancel() {
        pending = null;
    }

    public boolean hasPending() {
        return pending != null;
    }

    public int scheduledCount() {
        return scheduled;
    }

    public void fire() {
        Runnable run = pending;
        pending = null;
        if (run != null) {
            run.run();
        }
    }
}
