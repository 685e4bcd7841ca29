package se.ledamot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The embedded H2 database in one data folder, migrated to the newest schema when opened. AUTO_SERVER lets the
 * command line read and write the same file while the window has it open.
 */
public final class Database implements OpenDatabase {
    public static final String FILE_NAME = "ledamot";

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(Path folder, JdbcConnectionPool pool) {
        this.folder = folder;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    public static Database open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("store.folder.unwritable", e, folder);
        }
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME) + ";AUTO_SERVER=TRUE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            if (!isUpToDate(pool)) {
                // Out of order: the migration numbers were handed out to work done side by side (V8 came after V9),
                // and a database already at V9 must still get V8.
                Flyway.configure().dataSource(pool).locations("classpath:" + BundledMigrations.FOLDER).outOfOrder(true)
                        .load().migrate();
            }
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, folder);
        } catch (FlywayException e) {
            pool.dispose();
            throw e.getCause() instanceof SQLException sql ? translate(sql, folder)
                    : new StoreException("store.migration.failed", e, folder);
        }
        return new Database(folder, pool);
    }

    /**
     * Whether Flyway's history already lists exactly the bundled migrations, all successful: then opening skips Flyway,
     * which costs most of a start-up. Any doubt (no history, a failed or unknown version) leaves it to Flyway.
     */
    static boolean isUpToDate(DataSource dataSource) throws SQLException {
        Optional<Set<String>> bundled = BundledMigrations.versions();
        try (Connection c = dataSource.getConnection()) {
            if (bundled.isEmpty()) {
                return false;
            }
            Set<String> applied = new HashSet<>();
            try (Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery(
                            "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                while (rows.next()) {
                    if (!rows.getBoolean(2)) {
                        return false;
                    }
                    applied.add(rows.getString(1));
                }
            } catch (SQLException e) {
                if (e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1
                        || e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1) {
                    return false;
                }
                throw e;
            }
            return applied.equals(bundled.get());
        }
    }

    private static StoreException translate(SQLException e, Path folder) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreException("store.locked", e, folder);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 ->
                    new StoreException("store.corrupt", e, folder);
            default -> new StoreException("store.open.failed", e, folder, e.getMessage());
        };
    }

    @Override
    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public Engine engine() {
        return Engine.H2;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
