package se.ledamot.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A running (or finished) background task, as the status bar and a cancel button see it. */
public interface TaskHandle {
    String title();

    /** 0..1, or -1 while the amount of work is unknown. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    ReadOnlyBooleanProperty runningProperty();

    /** Asks the work to stop; returns false when it had already finished. */
    boolean cancel();
}
