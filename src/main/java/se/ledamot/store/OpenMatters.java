package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.MATTER;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.SelectConditionStep;
import org.jooq.conf.ParamType;
import org.jooq.Row2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import se.ledamot.domain.Lifecycle;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

/**
 * The open matters not in the trash, found through the (kind, status) index: one range of it per kind and status its
 * lifecycle keeps open. "Open" depends on the pair (a decided referral still has to be answered, a decided motion is
 * closed), and H2 evaluated the OR of every pair ({@link RegisterStore#open()}) on every row of the matter table;
 * joined to a table of the pairs it reads only their index ranges (EXPLAIN: MATTER_OUTLINE_BY_KIND_STATUS: KIND =
 * P.K AND STATUS = P.S). A few thousand of 100 000 matters are open, so this reads those and no others.
 */
final class OpenMatters {
    private OpenMatters() {
    }

    /**
     * The open matters' outlines (without body and answer) a further condition selects, newest first: read from
     * index V28 alone, their children by their ids, all by plain JDBC ({@link MatterCursor}).
     */
    static List<Matter> outlines(DSLContext dsl, Condition narrowing) {
        return read(dsl, narrowing, query(dsl, List.of(MATTER.ID), Lifecycle::isOpen, narrowing)
                .getSQL(ParamType.INLINED));
    }

    /**
     * As {@link #outlines}, but only the matter table's row of each: no authors, att-satser, questions or tags
     * either (four reads fewer). For what reads none of those: the deadline rules and the dashboard's list.
     */
    static List<Matter> bare(DSLContext dsl, Condition narrowing) {
        return read(dsl, narrowing, null);
    }

    private static List<Matter> read(DSLContext dsl, Condition narrowing, String childrenOf) {
        String matters = query(dsl, MatterCursor.COLUMNS, Lifecycle::isOpen, narrowing).orderBy(MATTER.ID)
                .getSQL(ParamType.INLINED);
        return new MatterCursor(dsl).of(matters, childrenOf);
    }

    /**
     * Some columns of the matters not in the trash whose kind and status a test passes, and a condition: the pairs
     * as a VALUES table joined to the matters, which both engines read pair by pair through the index. (A UNION ALL
     * of one select per pair did the same in H2 but passed every row up through one union per pair.)
     */
    static Result<Record> fetch(DSLContext dsl, List<Field<?>> columns, BiPredicate<Lifecycle, Status> keep,
            Condition narrowing) {
        return query(dsl, columns, keep, narrowing).fetch();
    }

    /** The query of {@link #fetch}. */
    static SelectConditionStep<Record> query(DSLContext dsl, List<Field<?>> columns, BiPredicate<Lifecycle, Status> keep,
            Condition narrowing) {
        List<Row2<String, String>> pairs = new ArrayList<>();
        for (MatterKind kind : MatterKind.values()) {
            Lifecycle life = Lifecycle.of(kind);
            for (Status status : life.statuses()) {
                if (keep.test(life, status)) {
                    pairs.add(DSL.row(DSL.inline(kind.code()), DSL.inline(status.code())));
                }
            }
        }
        @SuppressWarnings("unchecked")
        Table<Record2<String, String>> pair = DSL.values(pairs.toArray(Row2[]::new)).as("open_pair", "k", "s");
        return dsl.select(columns).from(pair).join(MATTER)
                .on(MATTER.KIND.eq(pair.field("k", String.class)).and(MATTER.STATUS.eq(pair.field("s", String.class))))
                .where(MATTER.TRASHED_AT.isNull()).and(narrowing);
    }
}
