package se.ledamot.store;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.StringJoiner;
import org.jooq.DSLContext;
import se.ledamot.domain.Lifecycle;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

/**
 * The open matters not in the trash, found through the (kind, status) index: one range of it per kind and status its
 * lifecycle keeps open. "Open" depends on the pair (a decided referral still has to be answered, a decided motion is
 * closed), and H2 evaluated an OR of every pair (kind = … AND status IN …) on every row of the matter table;
 * joined to a table of the pairs it reads only their index ranges (EXPLAIN: MATTER_OUTLINE_BY_KIND_STATUS: KIND =
 * OPEN_PAIR.K AND STATUS = OPEN_PAIR.S). A few thousand of 100 000 matters are open, so this reads those and no
 * others.
 *
 * <p>The SQL is written out, not built with jOOQ: it depends only on the lifecycles and a day, and jOOQ's rendering
 * loaded for this one query was a third of {@code overdue --json}'s CPU (issue 15). Conditions are SQL on the matter
 * table's columns; the values in them are the program's own codes and dates, never what a user typed.
 */
final class OpenMatters {
    private OpenMatters() {
    }

    /**
     * The outlines (without body and answer) of the matters whose kind and status {@code keep} passes (open, or
     * pending) and a further condition selects, newest first: read from index V28 alone, their children by their
     * ids, all by plain JDBC ({@link MatterCursor}).
     */
    static List<Matter> outlines(DSLContext dsl, BiPredicate<Lifecycle, Status> keep, String narrowing) {
        return read(dsl, keep, narrowing, query("id", keep, narrowing));
    }

    /** The ids of the matters {@link #outlines} would read, in no order. */
    static List<Long> ids(DSLContext dsl, BiPredicate<Lifecycle, Status> keep, String narrowing) {
        return PlainReads.list(dsl, query("id", keep, narrowing), r -> r.getLong(1));
    }

    /**
     * As {@link #outlines} of the open matters, but only the matter table's row of each: no authors, att-satser, questions or tags
     * either (four reads fewer). For what reads none of those: the deadline rules and the dashboard's list.
     */
    static List<Matter> bare(DSLContext dsl, String narrowing) {
        return read(dsl, Lifecycle::isOpen, narrowing, null);
    }

    private static List<Matter> read(DSLContext dsl, BiPredicate<Lifecycle, Status> keep, String narrowing,
            String childrenOf) {
        String matters = query(MatterCursor.COLUMNS, keep, narrowing) + " ORDER BY id";
        return new MatterCursor(dsl).of(matters, childrenOf);
    }

    /**
     * Some columns (SQL, comma-separated) of the matters not in the trash whose kind and status a test passes, and a
     * condition (none: null): the pairs as a VALUES table joined to the matters, which both engines read pair by
     * pair through the index. (A UNION ALL of one select per pair did the same in H2 but passed every row up through
     * one union per pair.)
     */
    static String query(String columns, BiPredicate<Lifecycle, Status> keep, String narrowing) {
        StringJoiner pairs = new StringJoiner(", ", "(VALUES ", ") AS open_pair (k, s)");
        for (MatterKind kind : MatterKind.values()) {
            Lifecycle life = Lifecycle.of(kind);
            for (Status status : life.statuses()) {
                if (keep.test(life, status)) {
                    pairs.add("('" + kind.code() + "', '" + status.code() + "')");
                }
            }
        }
        return "SELECT " + columns + " FROM " + pairs + " JOIN matter ON kind = open_pair.k AND status = open_pair.s"
                + " WHERE trashed_at IS NULL" + (narrowing == null ? "" : " AND (" + narrowing + ")");
    }
}
