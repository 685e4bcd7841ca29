package se.ledamot.ui.task;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;

/** An executor, or a lane of one, that counts its work not yet finished, to say when it is idle (FX thread only). */
abstract class CountedExecutor implements TaskExecutor {
    final Outstanding outstanding = new Outstanding();

    @Override
    public boolean isIdle() {
        return outstanding.isNone();
    }

    @Override
    public ReadOnlyBooleanProperty idleProperty() {
        return outstanding.noneProperty();
    }

    @Override
    public void whenIdle(Duration bound, Runnable idle, Runnable slow) {
        outstanding.whenNone(bound, idle, slow);
    }
}
