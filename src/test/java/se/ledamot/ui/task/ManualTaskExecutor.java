package se.ledamot.ui.task;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A disk as slow as the test wants: tasks wait, in the order given, until the test runs them ({@link #runAll()}); those
 * with a title are listed in {@link #running()} meanwhile, as the status bar lists them, to be cancelled there; and
 * those who wait for the executor to be idle hear that it is slow when the test says so ({@link #boundPassed()}).
 */
public final class ManualTaskExecutor implements TaskExecutor {
    private final Queue<Job<?>> waiting = new ArrayDeque<>();
    private final List<Runnable[]> idleWaiters = new ArrayList<>();
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();
    private boolean working;

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Job<T> job = new Job<>(task, Runnable::run);
        waiting.add(job);
        if (job.isListed()) {
            running.add(job);
        }
        return job;
    }

    /** How many tasks wait to be run. */
    public int waiting() {
        return waiting.size();
    }

    /** Runs every task waiting, and those they start, in order; then tells those who waited for idleness. */
    public void runAll() {
        while (!waiting.isEmpty()) {
            runNext();
        }
        List<Runnable[]> now = List.copyOf(idleWaiters);
        idleWaiters.clear();
        now.forEach(w -> w[0].run());
    }

    /** Runs the first task waiting only (what a crash right after it would leave on disk). */
    public void runNext() {
        Job<?> job = waiting.poll();
        working = true;
        job.work();
        working = false;
        running.remove(job);
        job.finish(e -> {
            throw new AssertionError(e);
        });
    }

    /**
     * Whether a task's work is running now (on a worker thread in the window), not its outcome being handed over
     * (on the FX thread) nor anything else: what a test asks to see that heavy work stays off the FX thread.
     */
    public boolean isWorking() {
        return working;
    }

    /** The bound given to {@link #whenIdle} has passed with work still waiting: the slow callbacks run. */
    public void boundPassed() {
        idleWaiters.forEach(w -> {
            if (w[1] != null) {
                w[1].run();
                w[1] = null;
            }
        });
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
        return waiting.isEmpty();
    }

    @Override
    public void whenIdle(Duration bound, Runnable idle, Runnable slow) {
        if (waiting.isEmpty()) {
            idle.run();
        } else {
            idleWaiters.add(new Runnable[] {idle, slow});
        }
    }
}
