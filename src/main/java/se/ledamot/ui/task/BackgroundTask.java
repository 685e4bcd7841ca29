package se.ledamot.ui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Work to be done off the FX thread, with what to do with its result on the FX thread. Build one, then hand it to
 * a {@link TaskExecutor}: {@code BackgroundTask.of(p -> matters.list()).onSuccess(rows::setAll).executeWith(tasks)}.
 * The work reports progress through its {@link Progress} and asks it, at each safe point (between two files, two
 * pages), whether the user cancelled. The outcome is exactly one of: success; cancelled, when the work saw the
 * cancellation (and returned, or threw a {@link java.util.concurrent.CancellationException}); failure. A task with
 * a title is shown in the status bar, with a cancel button; one without (an autosave) is not.
 */
public final class BackgroundTask<T> {

    /** The work itself; runs on a background thread with the real executor, on the caller's thread in tests. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** What the work tells the user while it runs, and whether the user has cancelled it. */
    public interface Progress {
        void update(long done, long total);

        void message(String text);

        /** A safe point: true once the user asked to stop; the work then stops and returns what it has done. */
        boolean isCancelled();
    }

    private final Work<T> work;
    private String title = "";
    private Consumer<T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private boolean onServer;

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** What the status bar shows while the work runs. */
    public BackgroundTask<T> title(String text) {
        title = Objects.requireNonNull(text);
        return this;
    }

    /**
     * The work waits on a shared server, not on the database this window writes to (a laptop copy's sync): the status
     * bar's "Väntar på databasen" does not count it, since what she types still goes to the copy at once.
     */
    public BackgroundTask<T> onServer() {
        onServer = true;
        return this;
    }

    boolean waitsOnServer() {
        return onServer;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> action) {
        onSuccess = Objects.requireNonNull(action);
        return this;
    }

    /** Without a failure handler the executor reports the failure through its own default (a notification). */
    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        onFailure = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable action) {
        onCancelled = Objects.requireNonNull(action);
        return this;
    }

    public TaskHandle executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    public String title() {
        return title;
    }

    T call(Progress progress) throws Exception {
        return work.call(progress);
    }

    void succeeded(T value) {
        onSuccess.accept(value);
    }

    /** Returns false when the task has no failure handler of its own. */
    boolean failed(Throwable error) {
        if (onFailure == null) {
            return false;
        }
        onFailure.accept(error);
        return true;
    }

    void cancelled() {
        onCancelled.run();
    }
}
