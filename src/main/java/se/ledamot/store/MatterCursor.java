package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.MATTER_AUTHOR;
import static se.ledamot.store.jooq.Tables.MATTER_PROPOSAL;
import static se.ledamot.store.jooq.Tables.MATTER_QUESTION;
import static se.ledamot.store.jooq.Tables.MATTER_TAG;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import se.ledamot.domain.Matter;
import se.ledamot.domain.Person;

/**
 * Matters read one at a time from database cursors, never the whole register in memory (issue 15: {@code list
 * --json} held 100 000 outlines, over a gigabyte): the matters and each child table sorted alike, the children
 * joined to their matters and walked beside them. Outlines only, as {@link MatterStore#listOutlines()}, in the same
 * order: newest submission first.
 */
public final class MatterCursor {
    private static final Condition NOT_TRASHED = MATTER.TRASHED_AT.isNull();

    private final DSLContext dsl;

    MatterCursor(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every matter not in the trash, without body and answer, handed over one at a time, in register order. */
    public void outlines(Consumer<Matter> each) {
        // One connection for the five cursors, held until the last matter is handed over.
        dsl.transaction(tx -> {
            DSLContext d = tx.dsl();
            List<Field<?>> columns = Arrays.stream(MATTER.fields())
                    .filter(f -> f != MATTER.BODY && f != MATTER.ANSWER).toList();
            try (Cursor<Record> matters = d.select(columns).from(MATTER).where(NOT_TRASHED).orderBy(order())
                    .fetchLazy();
                    Children<Person> authors = new Children<>(d, MATTER_AUTHOR, MATTER_AUTHOR.MATTER_ID,
                            MATTER_AUTHOR.POSITION, r -> new Person(r.get(MATTER_AUTHOR.NAME),
                                    r.get(MATTER_AUTHOR.PARTY)), MATTER_AUTHOR.NAME, MATTER_AUTHOR.PARTY);
                    Children<String> proposals = new Children<>(d, MATTER_PROPOSAL, MATTER_PROPOSAL.MATTER_ID,
                            MATTER_PROPOSAL.POSITION, r -> r.get(MATTER_PROPOSAL.TEXT), MATTER_PROPOSAL.TEXT);
                    Children<String> questions = new Children<>(d, MATTER_QUESTION, MATTER_QUESTION.MATTER_ID,
                            MATTER_QUESTION.POSITION, r -> r.get(MATTER_QUESTION.TEXT), MATTER_QUESTION.TEXT);
                    Children<String> tags = new Children<>(d, MATTER_TAG, MATTER_TAG.MATTER_ID, MATTER_TAG.TAG,
                            r -> r.get(MATTER_TAG.TAG), MATTER_TAG.TAG)) {
                for (Record row : matters) {
                    var r = row.into(MATTER);
                    long id = r.getId();
                    each.accept(MatterStore.matter(r, authors.of(id), proposals.of(id), questions.of(id),
                            tags.of(id)));
                }
            }
        });
    }

    /** The register's order, as {@link MatterStore} lists: the children are sorted by it too. */
    private static List<SortField<?>> order() {
        return List.of(MATTER.TRASHED_AT.desc().nullsLast(), MATTER.SUBMITTED.desc().nullsFirst(),
                MATTER.ID.desc());
    }

    /** One child table's rows in the matters' order, taken matter by matter. */
    private static final class Children<T> implements AutoCloseable {
        private final Cursor<Record> cursor;
        private final Iterator<Record> rows;
        private final Field<Long> matterId;
        private final Function<Record, T> value;
        private Record next;

        Children(DSLContext d, Table<?> table, Field<Long> matterId, Field<?> position, Function<Record, T> value,
                Field<?>... fields) {
            List<Field<?>> columns = new ArrayList<>(List.of(matterId));
            columns.addAll(List.of(fields));
            List<SortField<?>> sort = new ArrayList<>(order());
            sort.add(position.asc());
            this.cursor = d.select(columns).from(table).join(MATTER).on(MATTER.ID.eq(matterId)).where(NOT_TRASHED)
                    .orderBy(sort).fetchLazy();
            this.rows = cursor.iterator();
            this.matterId = matterId;
            this.value = value;
            this.next = rows.hasNext() ? rows.next() : null;
        }

        /** The children of the matter the walk is at; those of the matters before it were taken already. */
        List<T> of(long id) {
            List<T> out = new ArrayList<>();
            while (next != null && next.get(matterId) == id) {
                out.add(value.apply(next));
                next = rows.hasNext() ? rows.next() : null;
            }
            return out.isEmpty() ? List.of() : out;
        }

        @Override
        public void close() {
            cursor.close();
        }
    }
}
