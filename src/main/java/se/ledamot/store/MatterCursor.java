package se.ledamot.store;

import java.sql.Clob;
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
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;

/**
 * The matters as {@link MatterStore#listOutlines()} lists them (without body and answer, in the same order: newest
 * submission first), for {@code list --json} at any size (issue 15), and the open matters' outlines by a query of
 * their own ({@link OpenMatters}).
 *
 * <p>Plain JDBC on one read transaction. The whole register ({@link #outlines}) is one query per part of the order
 * (matters without a day, then the dated ones), each read backwards through index V16 (trashed_at, submitted, id),
 * which is the register's order, so H2 sorts nothing and, executing lazily, hands each row over as it reads it; each
 * matter's children come with its row as arrays (a lookup in the child table's key per matter). Nothing is held:
 * each outline is handed over and forgotten. (Before, every outline was read by id, held and sorted here: at 100 000
 * matters the sort's live outlines kept the collector copying ~0.8 s of CPU.) The open matters' outlines are read by
 * id with each child table walked beside them in the order of its key, and sorted here.
 */
public final class MatterCursor {
    /**
     * The outline's columns in the order {@link #read} takes them (without body and answer), and whether the matter
     * is in the trash. All are in index V28, so the open matters' outlines come from it alone ({@link OpenMatters}).
     * SQL, not jOOQ's fields: naming these loaded jOOQ's table model for commands that never use it (issue 15).
     */
    static final String COLUMNS = "id, kind, number, title, submitted, place, addressee_name, addressee_party,"
            + " addressee_role, responsible_body, status, decision, reply_by, trashed_at";
    /** {@link #COLUMNS} and the children of each (columns 15 to 19), of the matters {@code WHERE} selects. */
    private static final String OUTLINES = "SELECT " + COLUMNS
            + ", (SELECT ARRAY_AGG(name ORDER BY position) FROM matter_author c WHERE c.matter_id = m.id)"
            + ", (SELECT ARRAY_AGG(party ORDER BY position) FROM matter_author c WHERE c.matter_id = m.id)"
            + ", (SELECT ARRAY_AGG(text ORDER BY position) FROM matter_proposal c WHERE c.matter_id = m.id)"
            + ", (SELECT ARRAY_AGG(text ORDER BY position) FROM matter_question c WHERE c.matter_id = m.id)"
            + ", (SELECT ARRAY_AGG(tag ORDER BY tag) FROM matter_tag c WHERE c.matter_id = m.id)"
            + " FROM matter m WHERE trashed_at IS NULL AND submitted IS ";
    /**
     * The register's order in two parts, each the backward order of index V16 (H2 reads an index backwards, but then
     * with matters without a day last, and the register shows them first).
     */
    private static final String UNDATED = OUTLINES + "NULL ORDER BY trashed_at DESC, submitted DESC, id DESC";
    private static final String DATED = OUTLINES + "NOT NULL ORDER BY trashed_at DESC, submitted DESC, id DESC";
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
        dsl.connection(c -> {
            boolean autoCommit = c.getAutoCommit();
            boolean h2 = dsl.dialect().family() == SQLDialect.H2;
            c.setAutoCommit(false);
            try {
                lazy(c, h2, true);
                stream(c, UNDATED, each);
                stream(c, DATED, each);
            } finally {
                lazy(c, h2, false);
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        });
    }

    /**
     * H2 otherwise runs a query to its end and keeps its rows before handing over the first (PostgreSQL's driver keeps
     * them too, outside a transaction or without a fetch size; this one is only ever used on a laptop's file).
     */
    private static void lazy(Connection c, boolean h2, boolean on) throws SQLException {
        if (h2) {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION " + on);
            }
        }
    }

    private static void stream(Connection c, String query, Consumer<Matter> each) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(query); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                each.accept(outline(r, people(r.getArray(15), r.getArray(16)), texts(r.getArray(17)),
                        texts(r.getArray(18)), texts(r.getArray(19))));
            }
        }
    }

    private static List<Person> people(java.sql.Array names, java.sql.Array parties) throws SQLException {
        if (names == null) {
            return List.of();
        }
        Object[] name = (Object[]) names.getArray();
        Object[] party = (Object[]) parties.getArray();
        List<Person> out = new ArrayList<>(name.length);
        for (int i = 0; i < name.length; i++) {
            out.add(new Person((String) name[i], (String) party[i]));
        }
        return out;
    }

    /** Texts, also of CLOB columns (att-satser, questions), which H2 hands over in an array as CLOBs. */
    private static List<String> texts(java.sql.Array texts) throws SQLException {
        if (texts == null) {
            return List.of();
        }
        Object[] text = (Object[]) texts.getArray();
        List<String> out = new ArrayList<>(text.length);
        for (Object t : text) {
            out.add(t instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : (String) t);
        }
        return out;
    }

    /**
     * The outlines a query selects, in register order: a query of {@link #COLUMNS}, by id. Their children are those
     * of the ids a second query selects (an IN list: H2 looks each up in the child table's key), or none (null: the
     * outlines then have none). All of one moment: one transaction.
     */
    List<Matter> of(String matters, String childrenOf) {
        List<Matter> outlines = dsl.connectionResult(c -> {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                return read(c, matters, childrenOf == null ? null : idIn(c, childrenOf));
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
        StringBuilder where = new StringBuilder(" WHERE matter_id IN (");
        int n = 0;
        try (PreparedStatement s = c.prepareStatement(ids); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                where.append(n++ == 0 ? "" : ",").append(r.getLong(1));
            }
        }
        return n == 0 ? " WHERE FALSE" : where.append(')').toString();
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
                out.add(outline(r, authorsOf, proposalsOf, questionsOf, tagsOf));
            }
        }
        return out;
    }

    /** The outline at the result's row of {@link #COLUMNS}, with its children. */
    private static Matter outline(ResultSet r, List<Person> authors, List<String> proposals, List<String> questions,
            List<String> tags) throws SQLException {
        return new Matter(r.getLong(1), MatterKind.fromCode(r.getString(2)).orElse(MatterKind.OTHER), r.getString(3),
                r.getString(4), "", r.getObject(5, LocalDate.class), r.getString(6), authors,
                new Addressee(r.getString(7), r.getString(8), r.getString(9)), r.getString(10), proposals, questions,
                "", Status.fromCode(r.getString(11)).orElseThrow(), Decision.fromCode(r.getString(12)).orElse(null),
                r.getObject(13, LocalDate.class), new LinkedHashSet<>(tags));
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
