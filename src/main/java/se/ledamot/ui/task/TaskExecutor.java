package se.ledamot.ui.task;

import javafx.collections.ObservableList;

/** Runs background tasks. The window uses {@link FxTaskExecutor}; tests use {@link CurrentThreadTaskExecutor}. */
public interface TaskExecutor {
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** The tasks running now, for the status bar. */
    ObservableList<TaskHandle> running();
}
