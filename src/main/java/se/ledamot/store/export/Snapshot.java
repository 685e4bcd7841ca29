package se.ledamot.store.export;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DefaultConnectionProvider;

/**
 * Work that reads the database as it was at one moment: one connection, one transaction at REPEATABLE READ (a
 * snapshot on H2's MVStore and on PostgreSQL), so what is saved meanwhile is wholly seen or not at all. Saves in
 * this program go on beside it on other connections; another program waits for its turn, as for any work here.
 */
final class Snapshot {
    private Snapshot() {
    }

    /** Runs {@code work} on the snapshot; commits what it wrote (uids given to new rows) when it returns. */
    static <T> T read(DSLContext dsl, Function<DSLContext, T> work) {
        return dsl.connectionResult(c -> {
            int isolation = c.getTransactionIsolation();
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            boolean done = false;
            try {
                T result = work.apply(dsl.configuration().derive(new DefaultConnectionProvider(c)).dsl());
                c.commit();
                done = true;
                return result;
            } finally {
                if (!done) {
                    rollback(c);
                }
                c.setAutoCommit(true);
                c.setTransactionIsolation(isolation);
            }
        });
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // The work's own failure is what the user is told; the connection is closed or reset after it anyway.
        }
    }
}
