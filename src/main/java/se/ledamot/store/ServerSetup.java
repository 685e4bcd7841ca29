package se.ledamot.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.ledamot.domain.Limit;
import se.ledamot.domain.meeting.Position;

/**
 * The administrator's side of a shared server: preparing an empty PostgreSQL database (or upgrading a prepared one)
 * with the schema, the roles and the rules of who sees what, and putting logins into party groups and roles. Runs as
 * a login that owns the database and may create roles.
 */
public final class ServerSetup {
    private ServerSetup() {
    }

    /**
     * What {@link #init} did: how many migrations ran, the schema version now, and whether only Ledamot's users may
     * connect to the database (false when the login may not change that; the administrator then does it by hand).
     */
    public record Prepared(ServerAddress address, int migrationsRun, String version, boolean connectLimited) {
    }

    /** Brings the database to this program's schema; running it again on an up-to-date database changes nothing. */
    public static Prepared init(ServerAddress address, char[] password) {
        DataSource ds = ServerDatabase.dataSource(address, password);
        int run;
        try {
            run = ServerSchema.migrate(ds);
        } catch (FlywayException e) {
            throw translate(e, address);
        }
        boolean limited = limitConnect(ds, address);
        ServerSchema.requireCurrent(ds, address);
        String version = ServerSchema.flyway(ds).info().current().getVersion().getVersion();
        return new Prepared(address, run, version, limited);
    }

    /**
     * Refuses, before any connection, a group code or a name the tables cannot hold. A code is never cut: the first
     * 20 letters of a longer code would be another group's.
     */
    public static void checkEnrolment(String group, String name) {
        if (group != null && !group.isBlank()) {
            Position.groupCode(group);
        }
        Limit.NAME.check(name);
    }

    /** Puts an existing login in a party group with a role (or moves it), as {@code CALL ledamot_enrol} does. */
    public static void enrol(ServerAddress address, char[] password, String login, String group, ServerRole role,
            String name) {
        checkEnrolment(group, name);
        if (role != ServerRole.COUNCIL_SECRETARY && (group == null || group.isBlank())) {
            throw new StoreException("server.user.groupNeeded", null, login, role.code());
        }
        run(address, password, dsl -> dsl.execute("CALL public.ledamot_enrol(?, ?, ?, ?)", login,
                group == null ? "" : group, role.code(), name == null ? "" : name), login);
    }

    /** Takes a login out of Ledamot; its group's rows stay with the group. */
    public static void remove(ServerAddress address, char[] password, String login) {
        run(address, password, dsl -> dsl.execute("CALL public.ledamot_remove(?)", login), login);
    }

    private static void run(ServerAddress address, char[] password, java.util.function.Consumer<DSLContext> work,
            String login) {
        DataSource ds = ServerDatabase.dataSource(address, password);
        ServerSchema.requireCurrent(ds, address);
        try {
            work.accept(Engine.POSTGRESQL.dsl(ds));
        } catch (org.jooq.exception.DataAccessException e) {
            SQLException sql = e.getCause(SQLException.class);
            if (sql != null && "42704".equals(sql.getSQLState())) {
                throw new StoreException("server.user.noLogin", e, login);
            }
            throw sql != null ? ServerDatabase.translate(sql, address) : e;
        }
    }

    private static boolean limitConnect(DataSource ds, ServerAddress address) {
        try (Connection c = ds.getConnection()) {
            DSLContext dsl = DSL.using(c, Engine.POSTGRESQL.dialect());
            dsl.execute("REVOKE CONNECT ON DATABASE {0} FROM PUBLIC", DSL.name(address.database()));
            dsl.execute("GRANT CONNECT ON DATABASE {0} TO ledamot_member", DSL.name(address.database()));
            return true;
        } catch (org.jooq.exception.DataAccessException e) {
            SQLException sql = e.getCause(SQLException.class);
            if (sql != null && "42501".equals(sql.getSQLState())) {
                return false;
            }
            throw sql != null ? ServerDatabase.translate(sql, address) : e;
        } catch (SQLException e) {
            throw ServerDatabase.translate(e, address);
        }
    }

    private static StoreException translate(FlywayException e, ServerAddress address) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return ServerDatabase.translate(sql, address);
            }
        }
        String text = String.valueOf(e.getMessage());
        if (text.contains("non-empty schema")) {
            return new StoreException("server.init.notEmpty", e, address);
        }
        return new StoreException("server.init.failed", e, address);
    }
}
