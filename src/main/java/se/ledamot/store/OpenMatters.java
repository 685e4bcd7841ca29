package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.MATTER;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import se.ledamot.domain.Lifecycle;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.store.jooq.tables.records.MatterRecord;

/**
 * The open matters not in the trash, found through the (kind, status) index: one range of it per kind and status
 * its lifecycle keeps open, joined by UNION ALL. "Open" depends on the pair (a decided referral still has to be
 * answered, a decided motion is closed), and H2 evaluated the OR of every pair ({@link RegisterStore#open()}) on
 * every row of the matter table; for each pair alone it reads only that index range (EXPLAIN: MATTER_BY_KIND_STATUS
 * with KIND = and STATUS =). A few thousand of 100 000 matters are open, so this reads those and no others.
 */
final class OpenMatters {
    private OpenMatters() {
    }

    /** The open matters' outlines (without body and answer) a further condition selects, newest first. */
    static List<Matter> outlines(DSLContext dsl, Condition narrowing) {
        List<MatterRecord> rows = new ArrayList<>(fetch(dsl, MatterStore.columns(false), Lifecycle::isOpen, narrowing)
                .into(MATTER));
        // The register's order (a union cannot be ordered by a table's column on every engine).
        rows.sort(Comparator.comparing(MatterRecord::getSubmitted, Comparator.nullsFirst(Comparator.reverseOrder()))
                .thenComparing(MatterRecord::getId, Comparator.reverseOrder()));
        return MatterStore.withChildren(dsl, rows);
    }

    /** Some columns of the matters not in the trash whose kind and status a test passes, and a condition. */
    static Result<Record> fetch(DSLContext dsl, List<Field<?>> columns, BiPredicate<Lifecycle, Status> keep,
            Condition narrowing) {
        Select<Record> union = null;
        for (MatterKind kind : MatterKind.values()) {
            Lifecycle life = Lifecycle.of(kind);
            for (Status status : life.statuses()) {
                if (keep.test(life, status)) {
                    SelectConditionStep<Record> one = dsl.select(columns).from(MATTER)
                            .where(MATTER.KIND.eq(kind.code()).and(MATTER.STATUS.eq(status.code())))
                            .and(MATTER.TRASHED_AT.isNull()).and(narrowing);
                    union = union == null ? one : union.unionAll(one);
                }
            }
        }
        return dsl.fetch(union);
    }
}
