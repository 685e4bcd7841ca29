package se.ledamot.ui.task;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * A debouncer on the FX thread's clock; the action runs on the FX thread. It runs after {@code quiet} without a new
 * schedule, and at the latest {@code longest} after the first schedule it has not yet run: someone who types on
 * without a pause has her text saved while she types, so a crash or a dead battery loses seconds, not the paragraph.
 */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition quiet;
    private final PauseTransition longest;
    private Runnable pending;

    public FxDebouncer(java.time.Duration quiet, java.time.Duration longest) {
        this.quiet = new PauseTransition(Duration.millis(quiet.toMillis()));
        this.longest = new PauseTransition(Duration.millis(longest.toMillis()));
        this.quiet.setOnFinished(e -> run());
        this.longest.setOnFinished(e -> run());
    }

    @Override
    public void schedule(Runnable action) {
        if (pending == null) {
            longest.playFromStart();
        }
        pending = action;
        quiet.playFromStart();
    }

    @Override
    public void cancel() {
        pending = null;
        quiet.stop();
        longest.stop();
    }

    private void run() {
        Runnable action = pending;
        cancel();
        if (action != null) {
            action.run();
        }
    }
}
