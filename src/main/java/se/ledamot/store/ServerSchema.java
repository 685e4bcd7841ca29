package se.ledamot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * The schema on a PostgreSQL server: the shared migrations (db/migration) and the server's own (db/postgresql: the
 * names CLOB and BLOB before V1, row-level security after V9 as V9.1). Flyway keeps them in one history, in order.
 */
final class ServerSchema {
    private static final String[] LOCATIONS = {
        "classpath:" + BundledMigrations.FOLDER, "classpath:" + BundledMigrations.SERVER_FOLDER};

    private ServerSchema() {
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations(LOCATIONS).schemas("public").outOfOrder(true).load();
    }

    /** Brings the server to the newest schema; the administrator's step. Returns how many migrations ran. */
    static int migrate(DataSource dataSource) {
        return flyway(dataSource).migrate().migrationsExecuted;
    }

    /**
     * Refuses a server whose schema is not exactly this program's: never prepared, older (the administrator runs
     * {@code ledamot server init} again), newer (this program needs updating) or left half-migrated.
     */
    static void requireCurrent(DataSource dataSource, ServerAddress address) {
        Set<String> applied = new HashSet<>();
        boolean failed = false;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery(
                    "SELECT version, success FROM public.flyway_schema_history WHERE version IS NOT NULL")) {
                while (rows.next()) {
                    applied.add(rows.getString(1));
                    failed |= !rows.getBoolean(2);
                }
            }
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                throw new StoreException("server.schema.none", e, address);
            }
            throw ServerDatabase.translate(e, address);
        }
        if (failed) {
            throw new StoreException("server.schema.failed", null, address);
        }
        Optional<Set<String>> bundled = BundledMigrations.serverVersions();
        boolean older;
        boolean newer;
        if (bundled.isPresent()) {
            older = !applied.containsAll(bundled.get());
            newer = !bundled.get().containsAll(applied);
        } else {
            MigrationInfoService info = flyway(dataSource).info();
            older = info.pending().length > 0;
            newer = Arrays.stream(info.applied()).anyMatch(i -> i.getState() == MigrationState.FUTURE_SUCCESS);
        }
        if (applied.isEmpty()) {
            throw new StoreException("server.schema.none", null, address);
        } else if (newer) {
            throw new StoreException("server.schema.newer", null, address);
        } else if (older) {
            throw new StoreException("server.schema.older", null, address);
        }
    }
}
