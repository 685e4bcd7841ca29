package se.ledamot.ui.task;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The writes of one record in a view model, in the background, without losing or reordering what was typed. The
 * view model counts edits ({@link #edited()}) and hands the whole record as typed over to be saved ({@link #save});
 * saves and the record's other writes ({@link #write}) run one at a time in the order made, in a lane of their own.
 * A save not yet begun gives way to a newer one: a slow disk writes fewer states, never an older one after a newer.
 * The FX thread never waits for a write. Outcomes come back on the FX thread, saying whether the state written is
 * still the newest (nothing typed since: the view model may show "saved"); after a failure the text stays with the
 * view model, {@link #lastFailed()} says so, and {@link #needsSave()} is true again, so the next edit or flush retries.
 *
 * @param <S> the record as typed
 * @param <R> what a save returns to show (such as the timeline read after it)
 */
public final class Autosave<S, R> {
    /** How long showing another record waits for this one's writes before saying that the disk does not answer. */
    public static final Duration SWITCH_BOUND = Duration.ofSeconds(3);

    /** Stores one state; runs on a worker thread. */
    @FunctionalInterface
    public interface Write<S, R> {
        R write(S state) throws Exception;
    }

    /** A write's outcome on the FX thread; {@code newest} when nothing was typed after the state written. */
    @FunctionalInterface
    public interface Done<S, R> {
        void done(S state, R result, boolean newest);
    }

    private record Handed<S>(S state, long edit) {
    }

    private record Written<S, R>(Handed<S> handed, R result, Exception error) {
    }

    private final TaskExecutor lane;
    private final Write<S, R> write;
    private final Done<S, R> saved;
    private final Consumer<Throwable> failed;
    private final AtomicReference<Handed<S>> newest = new AtomicReference<>();
    private long edits;
    private long handedOver;
    private boolean lastFailed;
    /** The switch waiting for the writes ({@link #whenWritten}); a newer one replaces it. */
    private Object waiting;

    /**
     * @param saved on the FX thread, after a state was stored
     * @param failed on the FX thread, after a write failed (the view model keeps the text and says why)
     */
    public Autosave(TaskExecutor tasks, Write<S, R> write, Done<S, R> saved, Consumer<Throwable> failed) {
        this.lane = tasks.inOrder();
        this.write = write;
        this.saved = saved;
        this.failed = failed;
    }

    /** Another record is shown: nothing of it typed yet. Call only when {@link #isIdle()}. */
    public void reset() {
        edits = 0;
        handedOver = 0;
        lastFailed = false;
    }

    /** One more edit: states handed over before it are older than what is typed now. */
    public void edited() {
        edits++;
    }

    /** Whether something typed has not been handed over (or its save failed). */
    public boolean needsSave() {
        return handedOver != edits;
    }

    /** Hands the record as typed now over, to be stored after everything handed over before it. */
    public void save(S state) {
        handedOver = edits;
        newest.set(new Handed<>(state, edits));
        BackgroundTask.of(p -> writeNewest()).onSuccess(this::ended).executeWith(lane);
    }

    /** Null when a save before this one took the state already. */
    private Written<S, R> writeNewest() {
        Handed<S> handed = newest.getAndSet(null);
        if (handed == null) {
            return null;
        }
        try {
            return new Written<>(handed, write.write(handed.state()), null);
        } catch (Exception e) {
            return new Written<>(handed, null, e);
        }
    }

    private void ended(Written<S, R> w) {
        if (w == null) {
            return;
        }
        if (w.error() == null) {
            lastFailed = false;
            saved.done(w.handed().state(), w.result(), w.handed().edit() == edits);
        } else {
            fail(w.handed().edit(), w.error());
        }
    }

    /**
     * Another write of the record as typed now (a version, a restore), after everything handed over before it; it
     * counts as handing the current text over. {@code done} gets the work's result and whether it is still the newest.
     */
    public <T> void write(BackgroundTask.Work<T> work, Done<Long, T> done) {
        long edit = edits;
        handedOver = edit;
        BackgroundTask.of(work)
                .onSuccess(value -> {
                    lastFailed = false;
                    done.done(edit, value, edit == edits);
                })
                .onFailure(e -> fail(edit, e))
                .executeWith(lane);
    }

    private void fail(long edit, Throwable error) {
        lastFailed = true;
        if (edit == handedOver) {
            handedOver = -1;
        }
        failed.accept(error);
    }

    /** Whether the last write that ended could not store its state. */
    public boolean lastFailed() {
        return lastFailed;
    }

    /** No write waiting or under way, and every outcome handed over. */
    public boolean isIdle() {
        return lane.isIdle();
    }

    /**
     * For showing another record: once every write handed over so far has ended (at once when none is left), runs
     * {@code written} if the last one stored its state and {@code failed} if not; if they have not ended within
     * {@link #SWITCH_BOUND}, runs {@code slow} instead (the disk does not answer) and nothing more. A newer call, or
     * {@link #forgetWaiting()}, replaces one still waiting.
     */
    public void whenWritten(Runnable written, Runnable failed, Runnable slow) {
        Object token = new Object();
        waiting = token;
        lane.whenIdle(SWITCH_BOUND, () -> {
            if (waiting == token) {
                waiting = null;
                (lastFailed ? failed : written).run();
            }
        }, () -> {
            if (waiting == token) {
                waiting = null;
                slow.run();
            }
        });
    }

    /** Whether a {@link #whenWritten} call still waits for the writes. */
    public boolean isWaiting() {
        return waiting != null;
    }

    /** The switch still waiting, if any, will not happen. */
    public void forgetWaiting() {
        waiting = null;
    }
}
