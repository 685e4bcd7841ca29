package se.ledamot.store.sync;

import static se.ledamot.store.jooq.Tables.SYNC_CHANGE;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import se.ledamot.domain.sync.SequenceMove;

/**
 * The server's change sequence as the signed-in user sees it (row-level security hides other groups' numbers): a
 * window working on the server reads what is shown again when the latest number grows, as a laptop pulls.
 */
public final class ChangeSequence {
    /** This connection's window as the server notes it in changed_in (db/postgresql/V44_1). */
    private static final Field<String> THIS_WINDOW =
            DSL.field("md5(nullif(current_setting('ledamot.window', true), ''))", String.class);

    private ChangeSequence() {
    }

    /** The number of the latest change this user may see; 0 when there is none. */
    public static long latest(DSLContext server) {
        Long latest = server.select(DSL.max(SYNC_CHANGE.SEQ)).from(SYNC_CHANGE).fetchOne(0, Long.class);
        return latest == null ? 0 : latest;
    }

    /**
     * How the sequence moved after {@code seen}: to which number, and whether anything in the move was made outside
     * this window (another user, her other window, a laptop's sync) or was taken over by this window's save from
     * another's change made after {@code seen} (the thing's one row now names her: others_seq keeps theirs). Reads
     * only the entries after {@code seen}, by the primary key.
     */
    public static SequenceMove after(DSLContext server, long seen) {
        // Unknown on either side (an entry from before V44, a connection without an id) counts as elsewhere.
        var mine = DSL.coalesce(DSL.field(SYNC_CHANGE.CHANGED_IN.eq(THIS_WINDOW)), DSL.inline(false));
        var moved = server.select(DSL.max(SYNC_CHANGE.SEQ),
                        DSL.boolOr(DSL.not(DSL.condition(mine)).or(SYNC_CHANGE.OTHERS_SEQ.gt(seen))))
                .from(SYNC_CHANGE).where(SYNC_CHANGE.SEQ.gt(seen)).fetchOne();
        return moved == null || moved.value1() == null ? new SequenceMove(seen, false)
                : new SequenceMove(moved.value1(), Boolean.TRUE.equals(moved.value2()));
    }
}
