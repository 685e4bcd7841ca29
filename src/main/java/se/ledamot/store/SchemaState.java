package se.ledamot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.h2.api.ErrorCode;

/**
 * Where a database stands against the migrations bundled with this program, read from Flyway's history with one
 * query and without Flyway (which costs most of a start-up to load).
 */
record SchemaState(Set<String> applied, boolean anyFailed, String newest, String newestBy) {
    /** Flyway's version order: "9.1" after "9", "10" after "9.1". */
    static final Comparator<String> ORDER = (a, b) -> {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(part(x, i), part(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    /** Who applies migrations, as Flyway records it: a later version can then say which Ledamot made a database. */
    static final String APPLIED_BY = "Ledamot " + appVersion();

    static String appVersion() {
        String v = SchemaState.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static SchemaState read(Connection c) throws SQLException {
        Set<String> applied = new HashSet<>();
        boolean failed = false;
        String newest = "0";
        String newestBy = null;
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT \"version\", \"success\","
                + " \"installed_by\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            while (rows.next()) {
                String version = rows.getString(1).strip();
                failed |= !rows.getBoolean(2);
                applied.add(version);
                if (ORDER.compare(version, newest) > 0) {
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
    boolean upToDate(Optional<Set<String>> bundled) {
        return !anyFailed && bundled.isPresent() && applied.equals(bundled.get());
    }

    /** A migration this program does not have was applied: a newer Ledamot made or upgraded the database. */
    boolean newerThan(Optional<Set<String>> bundled) {
        return bundled.isPresent() && ORDER.compare(newest, bundled.get().stream().max(ORDER).orElse("0")) > 0;
    }

    /**
     * Why a database this program must not open is refused ({@code key}: "store.newer", "backup.newer"), in words
     * that make sense: the data version it has (the newest migration applied) against the newest this program
     * knows, and the Ledamot that made it when that recorded itself and is another version than this one. A build of
     * the same version number with newer migrations (a later build before the number was raised) gets the key with
     * "Data" added, naming only the data versions: "Ledamot 1.0.0 … än den här (Ledamot 1.0.0)" said nothing.
     */
    StoreException refusal(String key, Path where, Optional<Set<String>> bundled) {
        String ours = bundled.flatMap(b -> b.stream().max(ORDER)).orElse("0");
        boolean anotherVersion = newestBy != null && newestBy.startsWith("Ledamot ") && !newestBy.equals(APPLIED_BY);
        return anotherVersion ? new StoreException(key, null, where, newestBy, APPLIED_BY, newest, ours)
                : new StoreException(key + "Data", null, where, newest, ours, APPLIED_BY);
    }

    private static long part(String[] parts, int i) {
        try {
            return i < parts.length ? Long.parseLong(parts[i]) : 0;
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
