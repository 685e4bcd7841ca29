package se.ledamot.service;

import java.nio.file.Path;
import java.time.Clock;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import se.ledamot.store.Database;
import se.ledamot.store.StoreException;
import se.ledamot.store.TestDatabases;

/**
 * A store that refuses every statement of the program while the test says so, as a shared server out of reach does
 * ("Ingen kontakt med servern …"): the statements go through the composition root's seam, as {@link HeldDisk}'s.
 * The test's own statements go on (it looks at what is stored).
 */
public final class LostServer implements ExecuteListener {
    private volatile boolean lost;
    private volatile Thread tester;
    private final java.util.concurrent.atomic.AtomicReference<java.util.function.Predicate<String>> dropNext =
            new java.util.concurrent.atomic.AtomicReference<>();

    /** The program's services over a data folder whose statements go through this store. */
    public Ledamot open(Path folder, Clock clock) {
        Database db = TestDatabases.local(folder);
        DSLContext refusing = db.dsl().configuration().derive(this).dsl();
        return new Ledamot(db, refusing, clock, folder);
    }

    /** From now on every statement of the program fails as on a lost connection, until {@link #back()}. */
    public void lose() {
        tester = Thread.currentThread();
        lost = true;
    }

    /**
     * The next statement of the program whose SQL (in lower case) {@code which} accepts fails as on a lost connection,
     * that one alone: one save dropped while the others go through.
     */
    public void dropNext(java.util.function.Predicate<String> which) {
        tester = Thread.currentThread();
        dropNext.set(which);
    }

    /** The server answers again. */
    public void back() {
        lost = false;
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        java.util.function.Predicate<String> drop = dropNext.get();
        boolean dropped = drop != null && Thread.currentThread() != tester && ctx.sql() != null
                && drop.test(ctx.sql().toLowerCase(java.util.Locale.ROOT)) && dropNext.compareAndSet(drop, null);
        if (dropped || lost && Thread.currentThread() != tester) {
            throw new StoreException("server.lost", null, "ledamot.example.se");
        }
    }
}
