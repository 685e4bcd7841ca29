package se.ledamot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.jooq.ConnectionCallable;
import org.jooq.DSLContext;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;

/**
 * The matters as {@link MatterStore#list()} lists them, without body and answer (in the same order: newest submission
 * first), for {@code list --json} at any size (issue 15).
 *
 * <p>Plain JDBC on one read transaction. At 100 000 matters the jOOQ version spent half its CPU in H2 sorting the
 * four child tables, joined to the matters, into the register's order, and most of the rest mapping records. Now the
 * matters and each child table are read in the order of their primary keys — by matter id, which needs neither a
 * join nor a sort and lets H2 hand rows over as it reads them — and walked side by side; only the finished outlines
 * are sorted, here.
 */
public final class MatterCursor {
    /**
     * The outline's columns in the order {@link #read} takes them (without body and answer), and whether the matter
     * is in the trash. All are in index V28, so the open matters' outlines come from it alone ({@link OpenMatters}).
     * SQL, not jOOQ's fields: naming these loaded jOOQ's table model for commands that never use it (issue 15).
     */
    static final String COLUMNS = "id, kind, number, title, submitted, place, addressee_name, addressee_party,"
            + " addressee_role, responsible_body, status, decision, reply_by, trashed_at";
    /**
     * Every matter: the trash is tested here, since "WHERE trashed_at IS NULL" makes H2 look up every row through
     * the trash's index instead of reading the table.
     */
    private static final String MATTERS = "SELECT " + COLUMNS + " FROM matter ORDER BY id";
    /**
     * Newest submission first, matters without a day before all, then the newest id. Written out: the composed
     * comparators (nullsFirst, reverseOrder, thenComparing) were a twentieth of {@code list --json}'s CPU.
     */
    private static final Comparator<Matter> REGISTER_ORDER = (a, b) -> {
        LocalDate x = a.submitted();
        LocalDate y = b.submitted();
        if (x != y) {
            if (x == null || y == null) {
                return x == null ? -1 : 1;
            }
            int byDay = y.compareTo(x);
            if (byDay != 0) {
                return byDay;
            }
        }
        return Long.compare(b.id(), a.id());
    };

    private final DSLContext dsl;

    MatterCursor(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every matter not in the trash, without body and answer, handed over one at a time, in register order. */
    public void outlines(Consumer<Matter> each) {
        of(MATTERS, "").forEach(each);
    }

    /**
     * The outlines a query selects, in register order: a query of {@link #COLUMNS}, by id. Their children are those
     * of every matter (""), of the ids a second query selects (an IN list: H2 looks each up in the child table's
     * key), or none (null: the outlines then have none). All of one moment: one transaction.
     */
    List<Matter> of(String matters, String childrenOf) {
        return of(matters, c -> childrenOf == null || childrenOf.isEmpty() ? childrenOf : idIn(c, childrenOf));
    }

    /** As {@link #of(String, String)}, the children those of these ids, in hand: no query to find them. */
    List<Matter> of(String matters, long[] childrenOf) {
        return of(matters, c -> idIn(LongStream.of(childrenOf)));
    }

    /**
     * The outlines a query selects, their children those the WHERE clause {@code children} makes on the connection
     * selects (null: none).
     */
    private List<Matter> of(String matters, ConnectionCallable<String> children) {
        List<Matter> outlines = dsl.connectionResult(c -> {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                return read(c, matters, children.run(c));
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        });
        outlines.sort(REGISTER_ORDER);
        return outlines;
    }

    /** " WHERE matter_id IN (...)" of the ids a query selects. */
    private static String idIn(Connection c, String ids) throws SQLException {
        LongStream.Builder found = LongStream.builder();
        try (PreparedStatement s = c.prepareStatement(ids); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                found.add(r.getLong(1));
            }
        }
        return idIn(found.build());
    }

    /** " WHERE matter_id IN (...)" of these ids; none, " WHERE FALSE". */
    private static String idIn(LongStream ids) {
        String in = ids.mapToObj(Long::toString).collect(Collectors.joining(","));
        return in.isEmpty() ? " WHERE FALSE" : " WHERE matter_id IN (" + in + ")";
    }

    private static List<Matter> read(Connection c, String matters, String children) throws SQLException {
        List<Matter> out = new ArrayList<>();
        try (Children<Person> authors = new Children<>(c, "SELECT matter_id, name, party FROM matter_author",
                children, "position", r -> new Person(r.getString(2), r.getString(3)));
                Children<String> proposals = new Children<>(c, "SELECT matter_id, text FROM matter_proposal",
                        children, "position", r -> r.getString(2));
                Children<String> questions = new Children<>(c, "SELECT matter_id, text FROM matter_question",
                        children, "position", r -> r.getString(2));
                Children<String> tags = new Children<>(c, "SELECT matter_id, tag FROM matter_tag", children, "tag",
                        r -> r.getString(2));
                PreparedStatement s = c.prepareStatement(matters); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long id = r.getLong(1);
                List<Person> authorsOf = authors.of(id);
                List<String> proposalsOf = proposals.of(id);
                List<String> questionsOf = questions.of(id);
                List<String> tagsOf = tags.of(id);
                if (r.getObject(14) != null) {
                    continue;
                }
                out.add(new Matter(id, MatterKind.fromCode(r.getString(2)).orElse(MatterKind.OTHER), r.getString(3),
                        r.getString(4), "", r.getObject(5, LocalDate.class), r.getString(6), authorsOf,
                        new Addressee(r.getString(7), r.getString(8), r.getString(9)), r.getString(10), proposalsOf,
                        questionsOf, "", Status.fromCode(r.getString(11)).orElseThrow(),
                        Decision.fromCode(r.getString(12)).orElse(null), r.getObject(13, LocalDate.class),
                        new LinkedHashSet<>(tagsOf)));
            }
        }
        return out;
    }

    /** One child table's rows in matter id order, taken matter by matter; none when not read. */
    private static final class Children<T> implements AutoCloseable {
        private final PreparedStatement statement;
        private final ResultSet rows;
        private final PlainReads.Row<T> child;
        /** The matter id of the row the result is at; past the last row, none. */
        private long at;

        /** The rows {@code select} finds where {@code where} says (null: none read), by matter and then {@code order}. */
        Children(Connection c, String select, String where, String order, PlainReads.Row<T> child) throws SQLException {
            this.child = child;
            if (where == null) {
                statement = null;
                rows = null;
                at = Long.MAX_VALUE;
                return;
            }
            this.statement = c.prepareStatement(select + where + " ORDER BY matter_id, " + order);
            this.rows = statement.executeQuery();
            next();
        }

        /** The children of the matter the walk is at; those of the matters before it were taken already. */
        List<T> of(long id) throws SQLException {
            while (at < id) {
                next();
            }
            List<T> out = null;
            while (at == id) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(child.of(rows));
                next();
            }
            return out == null ? List.of() : out;
        }

        private void next() throws SQLException {
            at = rows.next() ? rows.getLong(1) : Long.MAX_VALUE;
        }

        @Override
        public void close() throws SQLException {
            if (statement != null) {
                try (statement) {
                    rows.close();
                }
            }
        }
    }
}
