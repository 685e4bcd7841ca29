package se.ledamot.store.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.h2.api.Trigger;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import se.ledamot.store.RecordedChanges;

/**
 * H2 calls this before every row a replica's tables gain, change or lose ({@link Capture#install}). A new row gets
 * its uid. A change made here (not one the sync is applying) marks the thing the row belongs to as pending, and the
 * first such change since the last sync keeps the thing as it was, the base the sync merges against. It runs in the
 * writer's own transaction: a change and its mark are stored together or not at all; the folder's listeners are told
 * once the writer's connection is given back ({@link RecordedChanges}).
 */
public final class CaptureTrigger implements Trigger {
    private RowKeys keys;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        keys = RowKeys.forTable(tableName).orElseThrow(() -> new IllegalStateException("no kind keeps " + tableName));
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null && oldRow == null) {
            for (int i : keys.uidColumns()) {
                if (newRow[i] == null) {
                    newRow[i] = UUID.randomUUID().toString();
                }
            }
        }
        if (Capture.isSuspended()) {
            return;
        }
        DSLContext d = DSL.using(conn, SQLDialect.H2);
        String before = oldRow == null ? null : keys.keyOf(d, oldRow);
        String after = newRow == null ? null : keys.keyOf(d, newRow);
        if (before != null) {
            LocalState.markPending(d, keys.type(), before);
        }
        if (after != null && !after.equals(before)) {
            LocalState.markPending(d, keys.type(), after);
        }
        RecordedChanges.noted();
    }
}
