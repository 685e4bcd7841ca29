package se.ledamot.store.sync;

import static se.ledamot.store.jooq.Tables.SYNC_CHANGE;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The server's change sequence as the signed-in user sees it (row-level security hides other groups' numbers): a
 * window working on the server reads what is shown again when the latest number grows, as a laptop pulls. Only
 * others' changes count: each entry names the login that changed the thing last (V37), and a window's own saves are
 * already on its screens, so reading them again would only cost a read of every screen.
 */
public final class ChangeSequence {
    private ChangeSequence() {
    }

    /**
     * The number of the latest change this user may see that another login made; 0 when there is none. It may go down:
     * a thing keeps one entry, so her own save of a thing another changed last takes that entry from the others.
     */
    public static long latestByOthers(DSLContext server) {
        Long latest = server.select(DSL.max(SYNC_CHANGE.SEQ)).from(SYNC_CHANGE)
                .where(SYNC_CHANGE.CHANGED_BY.isDistinctFrom(DSL.field("session_user", String.class)))
                .fetchOne(0, Long.class);
        return latest == null ? 0 : latest;
    }
}
