package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledamot.store.ServerRole;
import se.ledamot.store.ServerSetup;
import se.ledamot.store.TestPostgres;

/**
 * The sample matters are a new data folder's, never a shared server's (walked in the window: the first start on a
 * fresh server said "Servern … tillåter inte det här för din inloggning" to the secretary and to every member, at
 * every start, because the window tried to put the samples and group V's sample positions into the council's
 * database).
 */
class SamplesOnServerTest {
    private static final String MEMBER = "samples_anna_s";
    private static final String SECRETARY = "samples_karin_ks";

    private TestPostgres pg;
    private String database;

    @BeforeEach
    void server() {
        pg = TestPostgres.get();
        database = pg.newDatabase();
        char[] pw = TestPostgres.PASSWORD.toCharArray();
        pg.createLogin(MEMBER);
        pg.createLogin(SECRETARY);
        ServerSetup.enrol(pg.address(database, TestPostgres.ADMIN), pw, MEMBER, "S", ServerRole.MEMBER, "Anna");
        ServerSetup.enrol(pg.address(database, TestPostgres.ADMIN), pw, SECRETARY, null,
                ServerRole.COUNCIL_SECRETARY, "Karin");
    }

    @AfterEach
    void drop() {
        pg.dropDatabase(database);
    }

    @Test
    void theSecretaryOnAFreshServerGetsNoSamplesAndNoRefusal() {
        try (Ledamot app = open(SECRETARY)) {
            assertThat(app.samples().loadIfNew()).isEmpty();
            assertThat(app.matters().list()).isEmpty();
        }
    }

    @Test
    void aMemberIsNotRefusedAtEveryStart() {
        try (Ledamot app = open(MEMBER)) {
            assertThat(app.samples().loadIfNew()).isEmpty();
            assertThat(app.samples().loadIfNew()).isEmpty();
        }
    }

    private Ledamot open(String login) {
        return Ledamot.openServer(ServerAdministration.server("postgresql://" + login + "@127.0.0.1:" + pg.port()
                + "/" + database, "nobody"), () -> TestPostgres.PASSWORD.toCharArray());
    }
}
