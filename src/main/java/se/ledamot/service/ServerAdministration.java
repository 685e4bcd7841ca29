package se.ledamot.service;

import se.ledamot.domain.DomainException;
import se.ledamot.store.ServerAddress;
import se.ledamot.store.ServerRole;
import se.ledamot.store.ServerSetup;

/**
 * The administrator's work on a shared PostgreSQL server ({@code ledamot server …}): prepare or upgrade its database,
 * put a login in a party group with a role, take one out. It needs no data folder, so it is not one of
 * {@link Ledamot}'s services but stands beside them.
 */
public final class ServerAdministration {
    private ServerAdministration() {
    }

    /** A server and the login to use there, as written: {@code postgresql://user@host:port/database}. */
    public static final class Server {
        private final ServerAddress address;

        private Server(ServerAddress address) {
            this.address = address;
        }

        ServerAddress address() {
            return address;
        }

        public String host() {
            return address.host();
        }

        public int port() {
            return address.port();
        }

        public String database() {
            return address.database();
        }

        public String user() {
            return address.user();
        }

        /** The address to remember and give back to {@link #server(String, String)}: never with a password. */
        public String url() {
            return address.url();
        }

        /** {@code anna@host/database}: the port only when it is not the usual one. */
        public String shortName() {
            return address.shortName();
        }

        /** The same server and login as typed in the window's fields, keeping this address's driver options. */
        public Server with(String host, int port, String database, String user) {
            return new Server(new ServerAddress(host, port, database, user, address.options()));
        }

        /**
         * {@code user@host:port/database}: the name the keyring keeps its password under and a replica knows its
         * server by. Shown to a person, a server is its {@link #shortName()}, in the window and the command line alike.
         */
        @Override
        public String toString() {
            return address.toString();
        }
    }

    /** What preparing the database did: the schema version now, how many migrations ran, whether CONNECT was limited. */
    public record Prepared(int migrationsRun, String version, boolean connectLimited) {
    }

    /** Reads a server's address; the login defaults to {@code defaultUser}. A wrong address is refused in words. */
    public static Server server(String url, String defaultUser) {
        return new Server(ServerAddress.parse(url, defaultUser));
    }

    /** A server typed in the window's fields; an incomplete one is refused in words. */
    public static Server server(String host, int port, String database, String user) {
        try {
            return new Server(new ServerAddress(host.strip(), port, database.strip(), user.strip(), ""));
        } catch (IllegalArgumentException e) {
            throw new DomainException("server.url.invalid", host + ":" + port + "/" + database);
        }
    }

    /** Prepares or upgrades the server's database. */
    public static Prepared init(Server server, char[] password) {
        ServerSetup.Prepared done = ServerSetup.init(server.address, password);
        return new Prepared(done.migrationsRun(), done.version(), done.connectLimited());
    }

    /** The code of a role as typed ("member", "group-secretary", …), or a refusal that names it. */
    public static String role(String typed) {
        return ServerRole.fromCode(typed).map(ServerRole::code)
                .orElseThrow(() -> new DomainException("server.option.role.unknown", typed));
    }

    /** Refuses a group code or name that cannot be stored, before connecting. */
    public static void checkEnrolment(String group, String name) {
        ServerSetup.checkEnrolment(group, name);
    }

    /** Puts a login in a party group (or none) with a role given by its {@link #role code}. */
    public static void enrol(Server server, char[] password, String login, String group, String role, String name) {
        ServerSetup.enrol(server.address, password, login, group, ServerRole.fromCode(role).orElseThrow(), name);
    }

    /** Takes a login out of Ledamot. */
    public static void remove(Server server, char[] password, String login) {
        ServerSetup.remove(server.address, password, login);
    }
}
