package se.ledamot.ui.task;

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
public final class FxTaskExecutor extends CountedExecutor implements AutoCloseable {
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ledamot-task");
        t.setDaemon(true);
        return t;
    });
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();
    private final Consumer<Throwable> unhandled;
    private volatile boolean closed;
    /** The work of every lane: the saves. */
    private final Outstanding inLanes = new Outstanding();
    /** The work that waits on the database the window writes to: all but a laptop copy's talk with its server. */
    private final Outstanding here = new Outstanding();

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
        boolean onHere = !task.waitsOnServer();
        if (onHere) {
            here.started();
        }
        if (lane != null) {
            lane.started();
            inLanes.started();
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
                        inLanes.ended();
                    }
                    if (onHere) {
                        here.ended();
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
    public javafx.beans.property.ReadOnlyBooleanProperty writesIdleProperty() {
        return inLanes.noneProperty();
    }

    @Override
    public javafx.beans.property.ReadOnlyBooleanProperty hereIdleProperty() {
        return here.noneProperty();
    }

    /** Takes no new work and hands over no more outcomes; work still running finishes on its own (never interrupted). */
    @Override
    public void close() {
        closed = true;
        threads.shutdown();
    }

    /**
     * Tasks one after another on one of the executor's threads at a time: the next starts when the work before it has
     * returned. Work waiting in a lane when the executor closes still runs.
     */
    private final class Lane extends CountedExecutor implements Executor {
        private final Queue<Runnable> waiting = new ArrayDeque<>();
        private boolean draining;

        @Override
        public <T> TaskHandle execute(BackgroundTask<T> task) {
            return start(task, this, outstanding);
        }

        @Override
        public void execute(Runnable work) {
            synchronized (this) {
                waiting.add(work);
                if (draining) {
                    return;
                }
                draining = true;
            }
            threads.execute(this::drain);
        }

        private void drain() {
            while (true) {
                Runnable next;
                synchronized (this) {
                    next = waiting.poll();
                    if (next == null) {
                        draining = false;
                        return;
                    }
                }
                next.run();
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
    }
}
