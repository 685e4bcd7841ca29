package se.ledamot.ui.task;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ObservableList;

/**
 * The one way to run work off the FX thread: every read and write of the window goes through it. The window uses
 * {@link FxTaskExecutor}; view-model tests use {@link CurrentThreadTaskExecutor}, which runs each task at once.
 */
public interface TaskExecutor {
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** The tasks with a title running now, for the status bar. */
    ObservableList<TaskHandle> running();

    /**
     * A lane of this executor: the tasks handed to it run one at a time, in the order given, on the same threads.
     * One record's saves go through one lane, so a later text never lands before an earlier one.
     */
    TaskExecutor inOrder();

    /** Whether no task of this executor (or lane) is waiting, running, or has a result still to hand over. */
    boolean isIdle();

    /** {@link #isIdle()} to watch (FX thread), e.g. to say that the window waits for the disk. */
    default ReadOnlyBooleanProperty idleProperty() {
        return new ReadOnlyBooleanWrapper(isIdle()).getReadOnlyProperty();
    }

    /**
     * Whether no work handed to a lane ({@link #inOrder}) is waiting or running (FX thread): the window's saves go
     * through lanes, so false means a write waits. This default counts every task as one.
     */
    default ReadOnlyBooleanProperty writesIdleProperty() {
        return idleProperty();
    }

    /**
     * {@link #idleProperty()} without the tasks that wait on a shared server ({@link BackgroundTask#onServer()}): false
     * means the window waits for the database it writes to. This default counts every task.
     */
    default ReadOnlyBooleanProperty hereIdleProperty() {
        return idleProperty();
    }

    /**
     * Runs {@code idle} on the FX thread once {@link #isIdle()} (at once if it is now). If that takes longer than
     * {@code bound}, {@code slow} runs first, once: a stuck disk, to be told to the user; {@code idle} still follows.
     */
    void whenIdle(Duration bound, Runnable idle, Runnable slow);
}
