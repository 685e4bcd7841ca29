package se.ledamot.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import se.ledamot.store.Database;
import se.ledamot.store.TestDatabases;

/**
 * A disk as slow as the test wants, under the real services: while {@link #hold()} is in force every statement waits
 * before it runs, until {@link #release()}. The statements go through the composition root's own seam (the
 * {@link DSLContext} every store is made with), so the window, its lanes and the database are the program's own.
 * It also counts the statements that ran on the FX thread: a window that never waits for the disk has none.
 */
public final class HeldDisk implements ExecuteListener {
    private final Object lock = new Object();
    private final AtomicInteger onFxThread = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile String firstOnFxThread = "";
    private boolean held;
    /** Which statements a hold stops (its SQL); all of them unless {@link #holdWrites()} said otherwise. */
    private java.util.function.Predicate<String> stopped = sql -> true;
    private Thread tester;

    /** The program's services over a data folder whose statements go through this disk. */
    public Ledamot open(Path folder, Clock clock) {
        Database db = TestDatabases.local(folder);
        DSLContext slow = db.dsl().configuration().derive(this).dsl();
        return new Ledamot(db, slow, clock, folder);
    }

    /**
     * From now on every statement of the program waits until {@link #release()}. Those of the thread that holds the
     * disk (the test, looking at what is stored) go on, and those of the FX thread are counted, not held (a window
     * that waited for them would hang the test instead of failing it).
     */
    public void hold() {
        synchronized (lock) {
            held = true;
            tester = Thread.currentThread();
        }
    }

    /**
     * As {@link #hold()}, for the statements that write (insert, update, delete, merge) only: reads go on, so the
     * window reads a folder whose writes have not landed (a first start's samples on a slow disk).
     */
    public void holdWrites() {
        synchronized (lock) {
            stopped = sql -> sql.strip().toLowerCase(java.util.Locale.ROOT)
                    .matches("(?s)(insert|update|delete|merge)\\b.*");
        }
        hold();
    }

    /** The statements waiting go on, and the next ones run at once. */
    public void release() {
        synchronized (lock) {
            held = false;
            lock.notifyAll();
        }
    }

    /** How many statements wait for the disk now. */
    public int waiting() {
        return waiting.get();
    }

    /** How many statements ran on the FX thread (each a moment the window could not be used). */
    public int onFxThread() {
        return onFxThread.get();
    }

    /** Where the first statement on the FX thread came from, for the failure message. */
    public String firstOnFxThread() {
        return firstOnFxThread;
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        if (Platform.isFxApplicationThread()) {
            if (onFxThread.getAndIncrement() == 0) {
                StringBuilder where = new StringBuilder(ctx.sql()).append('\n');
                java.util.Arrays.stream(Thread.currentThread().getStackTrace())
                        .filter(f -> f.getClassName().startsWith("se.ledamot")).limit(12)
                        .forEach(f -> where.append("  at ").append(f).append('\n'));
                firstOnFxThread = where.toString();
            }
            return;
        }
        synchronized (lock) {
            if (Thread.currentThread() == tester || !stopped.test(ctx.sql())) {
                return;
            }
            waiting.incrementAndGet();
            try {
                while (held) {
                    lock.wait();
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException("a statement was interrupted while the disk was held", e);
            } finally {
                waiting.decrementAndGet();
            }
        }
    }
}
