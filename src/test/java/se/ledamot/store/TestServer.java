package se.ledamot.store;

import java.time.Clock;
import se.ledamot.domain.Matter;

/**
 * A council's server for one test: a fresh database of the tests' real PostgreSQL ({@link TestPostgres}), the people
 * enrolled in it, each with a login of the test password, and the address each signs in with. Dropped on close.
 */
public final class TestServer implements AutoCloseable {
    public final TestPostgres pg = TestPostgres.get();
    public final String database;

    /** A fresh database made from the prepared template. */
    public TestServer() {
        database = pg.newDatabase();
    }

    /** A database already made (a benchmark's restored council); dropped on close like a fresh one. */
    public TestServer(String database) {
        this.database = database;
    }

    /**
     * Makes the login and enrols it, as the administrator does.
     *
     * @param group the party group's code, or null for the secretariat
     */
    public TestServer enrol(String login, String group, ServerRole role, String name) {
        pg.createLogin(login);
        ServerSetup.enrol(pg.address(database, TestPostgres.ADMIN), TestPostgres.PASSWORD.toCharArray(), login, group,
                role, name);
        return this;
    }

    /** Signed in as this login. */
    public OpenDatabase signIn(String login) {
        return ServerDatabase.open(pg.address(database, login), TestPostgres.PASSWORD.toCharArray());
    }

    /** Signed in as the administrator, who sets things up and stands for the secretariat's clients. */
    public OpenDatabase admin() {
        return signIn(TestPostgres.ADMIN);
    }

    /** Registered on the server by the secretariat, as another client would: as stored. */
    public Matter registered(Matter matter) {
        try (OpenDatabase secretariat = admin()) {
            return new MatterStore(secretariat.dsl(), Clock.systemUTC()).add(matter);
        }
    }

    /** The server's address as a user types it for this login: {@code postgresql://login@127.0.0.1:port/database}. */
    public String url(String login) {
        return url(login, pg.port());
    }

    /** The address through another port of 127.0.0.1: a {@link NetworkCut} in between. */
    public String url(String login, int port) {
        return "postgresql://" + login + "@127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        pg.dropDatabase(database);
    }
}
