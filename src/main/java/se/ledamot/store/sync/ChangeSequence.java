package se.ledamot.store.sync;

import static se.ledamot.store.jooq.Tables.SYNC_CHANGE;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The server's change sequence as the signed-in user sees it (row-level security hides other groups' numbers): a
 * window working on the server reads what is shown again when the latest number grows, as a laptop pulls.
 */
public final class ChangeSequence {
    private ChangeSequence() {
    }

    /** The number of the latest change this user may see; 0 when there is none. */
    public static long latest(DSLContext server) {
        Long latest = server.select(DSL.max(SYNC_CHANGE.SEQ)).from(SYNC_CHANGE).fetchOne(0, Long.class);
        return latest == null ? 0 : latest;
    }
}
