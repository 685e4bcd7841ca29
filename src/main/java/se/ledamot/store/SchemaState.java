package se.ledamot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.h2.api.ErrorCode;

/**
 * Where a database stands against the migrations bundled with this program, read from Flyway's history with one
 * query and without Flyway (which costs most of a start-up to load).
 */
record SchemaState(Set<Integer> applied, boolean anyFailed, int newest, String newestBy) {
    /** Who applies migrations, as Flyway records it: a later version can then say which Ledamot made a database. */
    static final String APPLIED_BY = "Ledamot " + appVersion();

    static String appVersion() {
        String v = SchemaState.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static SchemaState read(Connection c) throws SQLException {
        Set<Integer> applied = new HashSet<>();
        boolean failed = false;
        int newest = 0;
        String newestBy = null;
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT \"version\", \"success\","
                + " \"installed_by\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            while (rows.next()) {
                int version = parse(rows.getString(1));
                failed |= !rows.getBoolean(2);
                applied.add(version);
                if (version > newest) {
                    newest = version;
                    newestBy = rows.getString(3);
                }
            }
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1
                    && e.getErrorCode() != ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1) {
                throw e;
            }
        }
        return new SchemaState(applied, failed, newest, newestBy);
    }

    /** Exactly the bundled migrations, all successful: nothing to do. */
    boolean upToDate(Optional<Set<Integer>> bundled) {
        return !anyFailed && bundled.isPresent() && applied.equals(bundled.get());
    }

    /** A migration this program does not have was applied: a newer Ledamot made or upgraded the database. */
    boolean newerThan(Optional<Set<Integer>> bundled) {
        return bundled.isPresent() && newest > bundled.get().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** "Ledamot 1.3.0" when that version recorded itself, else the schema version. */
    String madeBy() {
        return newestBy != null && newestBy.startsWith("Ledamot ") ? newestBy : "V" + newest;
    }

    private static int parse(String version) {
        try {
            return Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
