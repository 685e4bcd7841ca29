package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestServer;

/**
 * The sample matters are a new data folder's, never a shared server's (walked in the window: the first start on a
 * fresh server said "Servern … tillåter inte det här för din inloggning" to the secretary and to every member, at
 * every start, because the window tried to put the samples and group V's sample positions into the council's
 * database).
 */
class SamplesOnServerTest {
    private static final String MEMBER = "samples_anna_s";
    private static final String SECRETARY = "samples_karin_ks";

    private TestServer server;

    @BeforeEach
    void aFreshServerWithAMemberAndTheSecretary() {
        server = new TestServer().enrol(MEMBER, "S", ServerRole.MEMBER, "Anna")
                .enrol(SECRETARY, null, ServerRole.COUNCIL_SECRETARY, "Karin");
    }

    @AfterEach
    void drop() {
        server.close();
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
        return ServerClients.online(server.url(login));
    }
}
