package se.ledamot.ui.task;

import java.time.Duration;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs each task at once on the calling thread, callbacks included: view models under test need no FX toolkit and
 * no waiting. Everything is done by the time {@code execute} returns, so it is always idle.
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
        Job<T> job = new Job<>(task, Runnable::run);
        job.work();
        job.finish(unhandled);
        return job;
    }

    @Override
    public ObservableList<TaskHandle> running() {
        return running;
    }

    @Override
    public TaskExecutor inOrder() {
        return this;
    }

    @Override
    public boolean isIdle() {
        return true;
    }

    @Override
    public void whenIdle(Duration bound, Runnable idle, Runnable slow) {
        idle.run();
    }
}
