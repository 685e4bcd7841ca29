package se.ledamot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The H2 indexes a bulk load drops before it and makes again after it, each in one pass instead of a page written
 * per row: the plain ones (not those that serve a constraint) and the unique ones on a uid alone. Read from
 * {@code SCRIPT}, whose {@code CREATE} lines make them again as they were. A first sync's copy and the generator of
 * a new folder load this way, both in a file nobody else reads until it is whole.
 */
public final class LoadIndexes {
    /** How {@code SCRIPT} writes an index on the uid alone (a thing's key everywhere; see References#whole). */
    private static final String UID_KEY = "(\"UID\" NULLS FIRST)";

    private final Set<String> constraints;

    private LoadIndexes(Set<String> constraints) {
        this.constraints = constraints;
    }

    /** The database's constraints' indexes, which stay. */
    static LoadIndexes in(Statement s) throws SQLException {
        Set<String> constraints = new HashSet<>();
        try (ResultSet r = s.executeQuery(
                "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE INDEX_NAME IS NOT NULL")) {
            while (r.next()) {
                constraints.add(r.getString(1));
            }
        }
        return new LoadIndexes(constraints);
    }

    /** The {@code CREATE} statements of the indexes a load drops, as {@code SCRIPT} writes them. */
    public static List<String> remade(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            LoadIndexes indexes = in(s);
            List<String> remade = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
                while (r.next()) {
                    if (indexes.dropped(r.getString(1))) {
                        remade.add(r.getString(1));
                    }
                }
            }
            return remade;
        }
    }

    /** Whether a line of {@code SCRIPT} makes an index a load drops. */
    boolean dropped(String line) {
        if (line.startsWith("CREATE INDEX ") || line.startsWith("CREATE UNIQUE") && line.contains(UID_KEY)) {
            String name = name(line);
            return !constraints.contains(name.substring(name.lastIndexOf(".\"") + 2, name.length() - 1));
        }
        return false;
    }

    /** The statement that drops the index a {@code CREATE} line of {@code SCRIPT} makes. */
    public static String drop(String line) {
        return "DROP INDEX IF EXISTS " + name(line);
    }

    /** The index a {@code CREATE [UNIQUE …] INDEX} line of {@code SCRIPT} makes, as the script names it. */
    private static String name(String line) {
        return line.substring(line.indexOf(" INDEX ") + " INDEX ".length(), line.indexOf(" ON "));
    }
}
