package se.ledamot.ui.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One background task as an executor runs it: the work on a worker thread ({@link #work()}), then its outcome handed
 * to the task's callbacks on the FX thread ({@link #finish}). Cancelling only sets a flag the work looks at.
 */
final class Job<T> implements TaskHandle, BackgroundTask.Progress {
    private final BackgroundTask<T> task;
    /** How progress reaches the FX thread: {@code Platform::runLater} in the window, at once in tests. */
    private final Consumer<Runnable> toFx;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
    private final AtomicBoolean updateQueued = new AtomicBoolean();
    private volatile double latestProgress = -1;
    private volatile String latestMessage = "";
    private volatile boolean cancelAsked;
    private volatile boolean cancelSeen;
    private T value;
    private Throwable error;

    Job(BackgroundTask<T> task, Consumer<Runnable> toFx) {
        this.task = task;
        this.toFx = toFx;
    }

    /** Runs the work on the calling thread and keeps its result; never throws. */
    void work() {
        try {
            value = task.call(this);
        } catch (Throwable e) {
            error = e;
        }
    }

    /** On the FX thread, after {@link #work()}: the one callback the outcome calls for. */
    void finish(Consumer<Throwable> unhandled) {
        running.set(false);
        if (error == null) {
            if (cancelSeen) {
                task.cancelled();
            } else {
                task.succeeded(value);
            }
        } else if (error instanceof CancellationException) {
            task.cancelled();
        } else if (!task.failed(error)) {
            unhandled.accept(error);
        }
    }

    boolean isListed() {
        return !task.title().isEmpty();
    }

    @Override
    public String title() {
        return task.title();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public boolean cancel() {
        if (!running.get()) {
            return false;
        }
        cancelAsked = true;
        return true;
    }

    @Override
    public void update(long done, long total) {
        latestProgress = total <= 0 ? -1 : (double) done / total;
        publish();
    }

    @Override
    public void message(String text) {
        latestMessage = text == null ? "" : text;
        publish();
    }

    /** Many updates from the work make one on the FX thread, with the latest values. */
    private void publish() {
        if (updateQueued.compareAndSet(false, true)) {
            toFx.accept(() -> {
                updateQueued.set(false);
                progress.set(latestProgress);
                message.set(latestMessage);
            });
        }
    }

    @Override
    public boolean isCancelled() {
        if (cancelAsked) {
            cancelSeen = true;
        }
        return cancelAsked;
    }
}
