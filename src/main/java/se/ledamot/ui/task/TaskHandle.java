package se.ledamot.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A running (or finished) background task, as the status bar and a cancel button see it. */
public interface TaskHandle {
    String title();

    /** 0..1, or -1 while the amount of work is unknown. */
    ReadOnlyDoubleProperty progressProperty();

    /** What the work is at now, such as the file being read; empty when it says nothing. */
    ReadOnlyStringProperty messageProperty();

    ReadOnlyBooleanProperty runningProperty();

    /**
     * Asks the work to stop at its next safe point (the work looks through {@link BackgroundTask.Progress}); its
     * thread is never interrupted, since an interrupt inside the database driver can close the database file.
     * Returns false when the task had already finished.
     */
    boolean cancel();
}
