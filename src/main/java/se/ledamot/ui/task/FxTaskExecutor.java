package se.ledamot.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Runs background tasks as {@link javafx.concurrent.Task}s on daemon threads; callbacks come back on the FX thread.
 * Failures a task does not handle go to one handler (the window shows them as a notification).
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ledamot-task");
        t.setDaemon(true);
        return t;
    });
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();
    private final Consumer<Throwable> unhandled;

    public FxTaskExecutor(Consumer<Throwable> unhandled) {
        this.unhandled = unhandled;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        FxTask<T> fx = new FxTask<>(task);
        fx.setOnSucceeded(e -> finish(fx, () -> task.succeeded(fx.getValue())));
        fx.setOnFailed(e -> finish(fx, () -> {
            if (!task.failed(fx.getException())) {
                unhandled.accept(fx.getException());
            }
        }));
        fx.setOnCancelled(e -> finish(fx, task::cancelled));
        running.add(fx);
        threads.execute(fx);
        return fx;
    }

    private void finish(TaskHandle handle, Runnable callback) {
        running.remove(handle);
        callback.run();
    }

    @Override
    public ObservableList<TaskHandle> running() {
        return running;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    private static final class FxTask<T> extends Task<T> implements TaskHandle, BackgroundTask.Progress {
        private final BackgroundTask<T> task;

        FxTask(BackgroundTask<T> task) {
            this.task = task;
            updateTitle(task.title());
        }

        @Override
        protected T call() throws Exception {
            return task.call(this);
        }

        @Override
        public String title() {
            return getTitle();
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }

        @Override
        public void message(String text) {
            updateMessage(text);
        }
    }
}
