package se.ledamot.ui.task;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs background tasks on daemon threads; their outcomes come back on the FX thread. Failures a task does not
 * handle go to one handler (the window shows them as a notification). Nothing here interrupts a thread: cancelling
 * asks the work to stop at its next safe point, and {@link #close()} lets running work end by itself, because an
 * interrupt inside H2 closes the database file.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ledamot-task");
        t.setDaemon(true);
        return t;
    });
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();
    private final Outstanding outstanding = new Outstanding();
    private final Consumer<Throwable> unhandled;
    private volatile boolean closed;

    public FxTaskExecutor(Consumer<Throwable> unhandled) {
        this.unhandled = unhandled;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        return start(task, threads, null);
    }

    /** Call on the FX thread. The work runs on {@code where}; its outcome comes back through the FX thread. */
    private <T> TaskHandle start(BackgroundTask<T> task, Executor where, Outstanding lane) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("background tasks are started from the FX thread");
        }
        Job<T> job = new Job<>(task, Platform::runLater);
        if (closed) {
            return job;
        }
        outstanding.started();
        if (lane != null) {
            lane.started();
        }
        if (job.isListed()) {
            running.add(job);
        }
        where.execute(() -> {
            job.work();
            Platform.runLater(() -> {
                running.remove(job);
                try {
                    if (!closed) {
                        job.finish(unhandled);
                    }
                } finally {
                    if (lane != null) {
                        lane.ended();
                    }
                    outstanding.ended();
                }
            });
        });
        return job;
    }

    @Override
    public ObservableList<TaskHandle> running() {
        return running;
    }

    @Override
    public TaskExecutor inOrder() {
        return new Lane();
    }

    @Override
    public boolean isIdle() {
        return outstanding.isNone();
    }

    @Override
    public void whenIdle(Duration bound, Runnable idle, Runnable slow) {
        outstanding.whenNone(bound, idle, slow);
    }

    /** Takes no new work and hands over no more outcomes; work still running finishes on its own (never interrupted). */
    @Override
    public void close() {
        closed = true;
        threads.shutdown();
    }

    /** Tasks one after another on the executor's threads: the next starts when the work before it has returned. */
    private final class Lane implements TaskExecutor, Executor {
        private final Queue<Runnable> waiting = new ArrayDeque<>();
        private final Outstanding outstanding = new Outstanding();
        private boolean busy;

        @Override
        public <T> TaskHandle execute(BackgroundTask<T> task) {
            return start(task, this, outstanding);
        }

        @Override
        public synchronized void execute(Runnable work) {
            waiting.add(() -> {
                try {
                    work.run();
                } finally {
                    next();
                }
            });
            if (!busy) {
                next();
            }
        }

        private synchronized void next() {
            Runnable first = waiting.poll();
            busy = first != null;
            if (first != null) {
                threads.execute(first);
            }
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
            return outstanding.isNone();
        }

        @Override
        public void whenIdle(Duration bound, Runnable idle, Runnable slow) {
            outstanding.whenNone(bound, idle, slow);
        }
    }
}
