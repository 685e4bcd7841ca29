package se.ledamot.ui.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Counts the tasks of an executor or lane not yet finished, and tells who waits for none (FX thread only). */
final class Outstanding {
    private final ReadOnlyBooleanWrapper none = new ReadOnlyBooleanWrapper(true);
    private int count;
    private final List<Runnable> waiting = new ArrayList<>();

    void started() {
        count++;
        none.set(false);
    }

    void ended() {
        count--;
        none.set(count == 0);
        if (count == 0 && !waiting.isEmpty()) {
            List<Runnable> now = List.copyOf(waiting);
            waiting.clear();
            now.forEach(Runnable::run);
        }
    }

    ReadOnlyBooleanProperty noneProperty() {
        return none.getReadOnlyProperty();
    }

    boolean isNone() {
        return count == 0;
    }

    void whenNone(Duration bound, Runnable idle, Runnable slow) {
        if (count == 0) {
            idle.run();
            return;
        }
        PauseTransition timer = new PauseTransition(javafx.util.Duration.millis(bound.toMillis()));
        timer.setOnFinished(e -> slow.run());
        waiting.add(() -> {
            timer.stop();
            idle.run();
        });
        timer.play();
    }
}
