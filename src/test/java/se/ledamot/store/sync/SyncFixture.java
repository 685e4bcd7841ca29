package se.ledamot.store.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.ledamot.store.Database;
import se.ledamot.store.MovableClock;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerAddress;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestDatabases;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.TestServer;

/**
 * One server database of the test PostgreSQL with its people enrolled, and laptops that keep replicas of it: each
 * laptop an H2 data folder with its own clock, signing in as its own login.
 */
final class SyncFixture implements AutoCloseable {
    private final TestServer council;
    final TestPostgres pg;
    private final List<AutoCloseable> open = new ArrayList<>();

    /** A fresh server database made from the prepared template. */
    SyncFixture() {
        this(new TestServer());
    }

    /** A server database already made (a benchmark's restored council); dropped on close like a fresh one. */
    SyncFixture(String database) {
        this(new TestServer(database));
    }

    private SyncFixture(TestServer council) {
        this.council = council;
        pg = council.pg;
    }

    SyncFixture enrol(String login, String group, ServerRole role) {
        return enrol(login, group, role, login);
    }

    /** Enrolled with the name the conflict view says them by. */
    SyncFixture enrol(String login, String group, ServerRole role, String name) {
        council.enrol(login, group, role, name);
        return this;
    }

    ServerAddress address(String login) {
        return pg.address(council.database, login);
    }

    /** Signed in to the server as this login, as a laptop's sync does. */
    OpenDatabase server(String login) {
        return track(council.signIn(login));
    }

    /** A laptop: its data folder, joined to the server as this login. */
    Laptop laptop(Path folder, String login) {
        Laptop l = new Laptop(folder, login, new MovableClock("2026-11-22T08:00:00Z"), server(login));
        open.add(l.local);
        Replica.join(l.local.dsl(), address(login).toString(), ServerIdentity.of(l.server.dsl()), l.clock);
        return l;
    }

    private <T extends AutoCloseable> T track(T c) {
        open.add(c);
        return c;
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
        council.close();
    }

    /** A laptop with its replica, its clock and its connection to the server. */
    static final class Laptop {
        final String login;
        final MovableClock clock;
        final Database local;
        OpenDatabase server;

        Laptop(Path folder, String login, MovableClock clock, OpenDatabase server) {
            this.login = login;
            this.clock = clock;
            this.local = TestDatabases.local(folder);
            this.server = server;
        }

        SyncReport sync() {
            return new SyncEngine(local.dsl(), local::firstSyncCopy, server.dsl(), clock).sync(SyncListener.NONE);
        }

        Conflicts conflicts() {
            return new Conflicts(local.dsl());
        }
    }
}
