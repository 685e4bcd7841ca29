package se.ledamot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
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
        Flyway flyway = flyway(dataSource);
        int before = flyway.info().applied().length;
        try {
            return flyway.migrate().migrationsExecuted;
        } catch (FlywayException e) {
            if (!tooWideForOutlineIndex(e)) {
                throw e;
            }
            stepOverOutlineIndex(dataSource, flyway);
            flyway.migrate();
            return flyway.info().applied().length - before;
        }
    }

    /**
     * V28's index holds a matter's whole outline, for H2; PostgreSQL refuses an index entry over about 2.7 kB (SQL state
     * 54000). On a server that already holds a matter that wide V28 cannot be built, and V28_1 would drop it at once
     * for a narrow one. V28 is then stood in for: V8's (kind, status) index goes as V28 has it, a narrow index under
     * V28's name is built for V28_1 to drop, and V28 is recorded as applied with its own checksum, in one transaction.
     * A migration file cannot do this: V28 is shared, and changing it would change its checksum on every laptop.
     */
    private static void stepOverOutlineIndex(DataSource dataSource, Flyway flyway) {
        MigrationInfo v28 = Arrays.stream(flyway.info().pending())
                .filter(i -> i.getVersion() != null && "28".equals(i.getVersion().getVersion())).findFirst()
                .orElseThrow();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("DROP INDEX IF EXISTS public.matter_by_kind_status");
            s.execute("CREATE INDEX matter_outline_by_kind_status ON public.matter (kind, status)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO public.flyway_schema_history (installed_rank, "
                    + "version, description, type, script, checksum, installed_by, execution_time, success) "
                    + "SELECT COALESCE(MAX(installed_rank), 0) + 1, ?, ?, 'SQL', ?, ?, current_user, 0, TRUE "
                    + "FROM public.flyway_schema_history")) {
                p.setString(1, v28.getVersion().getVersion());
                p.setString(2, v28.getDescription());
                p.setString(3, v28.getScript());
                p.setObject(4, v28.getChecksum());
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new FlywayException("V28 could not be stood in for: " + e.getMessage(), e);
        }
    }

    /** Whether a migration failed because a matter's outline is too wide for V28's index. */
    private static boolean tooWideForOutlineIndex(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException q && "54000".equals(q.getSQLState()) && q.getMessage() != null
                    && q.getMessage().contains("matter_outline_by_kind_status")) {
                return true;
            }
        }
        return false;
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
