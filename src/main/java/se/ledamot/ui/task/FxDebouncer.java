package se.ledamot.ui.task;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A debouncer on the FX thread's clock; the action runs on the FX thread. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;

    public FxDebouncer(java.time.Duration quiet) {
        pause = new PauseTransition(Duration.millis(quiet.toMillis()));
    }

    @Override
    public void schedule(Runnable action) {
        pause.stop();
        pause.setOnFinished(e -> action.run());
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        pause.stop();
    }
}
