package se.ledamot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Consumer;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
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
    /** Seconds a connection may take to be made, and to sign in, before the server counts as not answering. */
    static final int CONNECT_TIMEOUT = 5;
    static final int LOGIN_TIMEOUT = 10;
    /**
     * Seconds a statement may wait for the server's next byte before the connection counts as lost. A network that
     * goes silent (a laptop leaving the Wi-Fi, a dead VPN: no reset ever comes) is noticed in this time, not when
     * the operating system gives up minutes later. Long enough for any single statement or page the program sends
     * (pages are bounded); the administrator's one-off work ({@link #dataSource}) has no such limit.
     */
    public static final int SOCKET_TIMEOUT = 20;
    /**
     * Where set, the seconds that stand for the sign-in and statement waits above: only a test of a silent network sets
     * it, to see the same outcome without waiting a user's 20 s. The program never sets it.
     */
    public static final String TEST_WAIT = "ledamot.test.serverWait";
    /** Connections the pool keeps (H2's pool's default). */
    private static final int MOST_KEPT = 10;

    /** Server states of a connection that is gone (server shut down, crashed, not accepting); besides class 08. */
    private static final Set<String> GONE = Set.of("57P01", "57P02", "57P03");

    private final ServerAddress address;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Reachability reachability = new Reachability();

    private ServerDatabase(ServerAddress address, JdbcConnectionPool pool) {
        this.address = address;
        this.pool = pool;
        this.dsl = Engine.POSTGRESQL.dsl(pool);
        dsl.configuration().set(new Watched());
        dsl.configuration().set(ExecuteListener.onException(this::refused).onEnd(ctx -> {
            if (ctx.exception() == null && ctx.sqlException() == null) {
                reachability.reached(true);
            }
        }));
    }

    /**
     * A write the server's rules refuse (grants, row-level security) is said in words, not in SQL; so is a
     * connection lost on the way (the network, the server stopping), which also tells the window.
     */
    private void refused(ExecuteContext ctx) {
        SQLException sql = ctx.sqlException();
        if (sql != null && "42501".equals(sql.getSQLState())) {
            ctx.exception(new StoreException("server.denied", sql, address));
        } else if (!(ctx.exception() instanceof StoreException) && lost(sql != null ? sql : ctx.exception())) {
            reachability.reached(false);
            ctx.exception(new StoreException("server.lost", ctx.exception(), address.shortName()));
        }
    }

    private static boolean lost(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || GONE.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Connections from the pool; one that cannot be had (the server gone) is said in words and told. */
    private final class Watched implements ConnectionProvider {
        @Override
        public Connection acquire() {
            for (int tries = 1;; tries++) {
                try {
                    return pool.getConnection();
                } catch (SQLException e) {
                    // A kept connection that broke while the network was away is dropped by the pool as it fails:
                    // the next one is tried, so the first statement after the network is back goes through.
                    if (!"08003".equals(e.getSQLState()) || tries > MOST_KEPT) {
                        reachability.reached(false);
                        throw new StoreException("server.lost", e, address.shortName());
                    }
                }
            }
        }

        @Override
        public void release(Connection connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Given back to the pool, or dropped by it when broken: nothing to tell.
            }
        }
    }

    /**
     * Tells, from the thread that noticed, each time the server stops or starts answering: a statement that failed
     * because the connection is gone, then the next one that went through.
     */
    @Override
    public void onReachable(Consumer<Boolean> listener) {
        reachability.onChange(listener);
    }

    /** Asks the server for nothing, to see whether it answers (and tell {@link #onReachable} when it does again). */
    @Override
    public boolean answers() {
        try {
            dsl.selectOne().fetch();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Signs in and checks that the server's schema is the one this program knows. */
    public static ServerDatabase open(ServerAddress address, char[] password) {
        // H2's small generic pool, over the driver's pooled connections: no other pooling library is needed.
        PGConnectionPoolDataSource source = configure(new PGConnectionPoolDataSource(), address, password);
        source.setSocketTimeout(waitOr(SOCKET_TIMEOUT));
        // This window's own id, on every connection it makes: the server notes it with each change (V44_1), so the
        // window following others' saves can pass over its own. Random, never shown; dies with the window.
        source.setOptions("-c ledamot.window=" + java.util.UUID.randomUUID());
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
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
        ds.setConnectTimeout(CONNECT_TIMEOUT);
        ds.setLoginTimeout(waitOr(LOGIN_TIMEOUT));
        // A connection whose network went quiet is found out by the operating system, not left waiting for ever.
        ds.setTcpKeepAlive(true);
        return ds;
    }

    /** The seconds of a wait: the program's own, unless a test asked for fewer ({@link #TEST_WAIT}). */
    static int waitOr(int seconds) {
        return Integer.getInteger(TEST_WAIT, seconds);
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

    /** The database's own number on its server (a database made again under the same name has another). */
    public String databaseId() {
        return String.valueOf(dsl().fetchValue(
                "SELECT oid::bigint FROM pg_database WHERE datname = current_database()"));
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
