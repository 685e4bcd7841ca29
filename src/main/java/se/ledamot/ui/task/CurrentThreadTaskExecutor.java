package se.ledamot.ui.task;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs each task at once on the calling thread, callbacks included: view models under test need no FX toolkit and
 * no waiting.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();
    private final Consumer<Throwable> unhandled;

    /** Failures without a handler of their own are rethrown, so a test sees them. */
    public CurrentThreadTaskExecutor() {
        this(e -> {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        });
    }

    public CurrentThreadTaskExecutor(Consumer<Throwable> unhandled) {
        this.unhandled = unhandled;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Handle handle = new Handle(task.title());
        T value;
        try {
            value = task.call(handle);
        } catch (Exception e) {
            handle.running.set(false);
            if (!task.failed(e)) {
                unhandled.accept(e);
            }
            return handle;
        }
        handle.running.set(false);
        if (handle.cancelled) {
            task.cancelled();
        } else {
            task.succeeded(value);
        }
        return handle;
    }

    @Override
    public ObservableList<TaskHandle> running() {
        return running;
    }

    private static final class Handle implements TaskHandle, BackgroundTask.Progress {
        private final String title;
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
        private volatile boolean cancelled;

        Handle(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
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
            boolean wasRunning = running.get();
            cancelled = true;
            return wasRunning;
        }

        @Override
        public void update(long done, long total) {
            progress.set(total <= 0 ? -1 : (double) done / total);
        }

        @Override
        public void message(String text) {
            message.set(text);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
