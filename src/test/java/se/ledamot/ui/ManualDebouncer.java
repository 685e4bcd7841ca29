package se.ledamot.ui;

import se.ledamot.ui.task.Debouncer;

/** A debouncer the test fires by hand: {@link #fire()} is "the user stopped typing a second ago". */
public final class ManualDebouncer implements Debouncer {
    private Runnable pending;

    @Override
    public void schedule(Runnable action) {
        pending = action;
    }

    @Override
    public void cancel() {
        pending = null;
    }

    public boolean isPending() {
        return pending != null;
    }

    public void fire() {
        Runnable action = pending;
        pending = null;
        if (action != null) {
            action.run();
        }
    }
}
