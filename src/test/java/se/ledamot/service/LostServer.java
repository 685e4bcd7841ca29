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
 * A store that refuses the meetings' writes while the test says so, as a shared server out of reach refuses them
 * ("Ingen kontakt med servern …"): the statements go through the composition root's seam, as {@link HeldDisk}'s.
 * Reads go on, and so do the test's own statements (it looks at what is stored).
 */
public final class LostServer implements ExecuteListener {
    private volatile boolean lost;
    private volatile Thread tester;

    /** The program's services over a data folder whose statements go through this store. */
    public Ledamot open(Path folder, Clock clock) {
        Database db = TestDatabases.local(folder);
        DSLContext refusing = db.dsl().configuration().derive(this).dsl();
        return new Ledamot(db, refusing, clock, folder);
    }

    /** From now on a write to the meetings fails as a lost connection does, until {@link #back()}. */
    public void lose() {
        tester = Thread.currentThread();
        lost = true;
    }

    /** The server answers again. */
    public void back() {
        lost = false;
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        String sql = ctx.sql() == null ? "" : ctx.sql().strip().toLowerCase(java.util.Locale.ROOT);
        if (lost && Thread.currentThread() != tester && (sql.startsWith("update") || sql.startsWith("insert"))
                && sql.contains("\"meeting\"")) {
            throw new StoreException("server.lost", null, "ledamot.example.se");
        }
    }
}
