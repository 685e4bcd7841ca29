package se.ledamot.store;

import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.ds.common.BaseDataSource;

/**
 * The shared database on a PostgreSQL server, opened as one signed-in user. Unlike the laptop's database it is never
 * migrated here: the server's administrator prepares and upgrades it ({@link ServerSetup}), and a program whose
 * schema differs from the server's is refused before it reads or writes anything. What the user may see and change
 * is decided by the server (row-level security and grants, db/postgresql), not by this program.
 */
public final class ServerDatabase implements OpenDatabase {
    private final ServerAddress address;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private ServerDatabase(ServerAddress address, JdbcConnectionPool pool) {
        this.address = address;
        this.pool = pool;
        this.dsl = Engine.POSTGRESQL.dsl(pool);
        // A write the server's rules refuse (grants, row-level security) is said in words, not in SQL.
        dsl.configuration().set(ExecuteListener.onException(ctx -> {
            SQLException sql = ctx.sqlException();
            if (sql != null && "42501".equals(sql.getSQLState())) {
                ctx.exception(new StoreException("server.denied", sql, address));
            }
        }));
    }

    /** Signs in and checks that the server's schema is the one this program knows. */
    public static ServerDatabase open(ServerAddress address, char[] password) {
        // H2's small generic pool, over the driver's pooled connections: no other pooling library is needed.
        JdbcConnectionPool pool = JdbcConnectionPool.create(configure(new PGConnectionPoolDataSource(), address,
                password));
        try {
            ServerSchema.requireCurrent(pool, address);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new ServerDatabase(address, pool);
    }

    /** Unpooled connections, for the administrator's one-off work. */
    static PGSimpleDataSource dataSource(ServerAddress address, char[] password) {
        return configure(new PGSimpleDataSource(), address, password);
    }

    private static <T extends BaseDataSource> T configure(T ds, ServerAddress address, char[] password) {
        ds.setURL(address.jdbcUrl());
        ds.setUser(address.user());
        if (password != null && password.length > 0) {
            ds.setPassword(new String(password));
        }
        ds.setApplicationName("Ledamot");
        ds.setConnectTimeout(10);
        return ds;
    }

    /** A server's refusal or failure in words: wrong password, no such database, not reachable, not allowed. */
    static StoreException translate(SQLException e, ServerAddress address) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "28P01", "28000" -> new StoreException("server.login.failed", e, address.user(), address);
            case "3D000" -> new StoreException("server.database.missing", e, address.database(), address);
            case "42501" -> new StoreException("server.denied", e, address);
            default -> state.startsWith("08") || state.isEmpty()
                    ? new StoreException("server.unreachable", e, address.host() + ":" + address.port())
                    : new StoreException("server.failed", e, address, state);
        };
    }

    public ServerAddress address() {
        return address;
    }

    @Override
    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public Engine engine() {
        return Engine.POSTGRESQL;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
