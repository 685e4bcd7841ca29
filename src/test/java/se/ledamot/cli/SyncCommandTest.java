package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.store.MatterStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestServer;

/**
 * {@code ledamot sync}: a secretary's laptop joins the shared server, gets what was registered there, sends what it
 * registers offline, and a sync with nothing new changes nothing.
 */
class SyncCommandTest extends CommandLineTest {
    private static final String MEMBER = "cli_sync_karin";
    @RegisterExtension
    final TypedPassword password = new TypedPassword();

    private TestServer server;
    private String url;

    @BeforeEach
    void serverWithAMatterRegistered() {
        server = new TestServer().enrol(MEMBER, null, ServerRole.COUNCIL_SECRETARY, "Karin");
        server.registered(Matter.newMatter(MatterKind.MOTION, "Motion om nattbussar").number("KS 2026/40").build());
        url = server.url(MEMBER);
    }

    @AfterEach
    void drop() {
        server.close();
    }

    @Test
    void theFirstSyncJoinsAndBringsTheServersMattersThenSendsWhatIsAddedHere() throws Exception {
        assertThat(run("sync", "--server", url, "--json")).as(err).isZero();
        JsonNode first = json.readTree(out);
        assertThat(first.get("joined").asBoolean()).isTrue();
        assertThat(first.get("pulled").asInt()).isPositive();
        assertThat(first.get("conflicts").asInt()).isZero();
        assertThat(first.get("complete").asBoolean()).isTrue();
        assertThat(err).contains("Synkar med " + MEMBER + "@127.0.0.1").contains("Hämtar en första kopia");

        assertThat(run("list")).as(err).isZero();
        assertThat(out).contains("Motion om nattbussar");

        assertThat(run("add", "--kind", "motion", "--title", "Motion om cykelbanor")).as(err).isZero();
        // Later syncs need no address: the folder remembers its server.
        assertThat(run("sync")).as(err).isZero();
        assertThat(out).contains("Synkningen är klar: 1 sak skickad");
        try (OpenDatabase secretariat = server.admin()) {
            assertThat(new MatterStore(secretariat.dsl(), Clock.systemUTC()).list())
                    .extracting(Matter::title).contains("Motion om cykelbanor", "Motion om nattbussar");
        }

        assertThat(run("sync", "--json")).as(err).isZero();
        JsonNode again = json.readTree(out);
        assertThat(again.get("joined").asBoolean()).isFalse();
        assertThat(again.get("pushed").asInt()).isZero();
        assertThat(again.get("pulled").asInt()).isZero();
    }

    /**
     * Walked (README's commands in order): a member's folder with the samples and the README's kallelse imported had
     * its first sync end in one conflict "not allowed" on the meeting's kallelse file, though the meeting she added
     * herself stays on her laptop, "neither a conflict nor waiting" — and so does the kallelse kept with it.
     */
    @Test
    void theKallelseOfAMeetingAMemberImportedStaysHereWithItNeitherAConflictNorWaiting() throws Exception {
        String anna = "cli_sync_anna";
        server.enrol(anna, "S", ServerRole.MEMBER, "Anna");
        assertThat(run("samples")).as(err).isZero();
        assertThat(run("import", KallelseImportTest.SAMPLE.toString())).as(err).isZero();

        assertThat(run("sync", "--server", server.url(anna), "--json")).as(err).isZero();
        JsonNode first = json.readTree(out);
        assertThat(first.get("conflicts").asInt()).isZero();
        assertThat(first.get("kept").asInt()).isPositive();
        assertThat(first.get("complete").asBoolean()).isTrue();
        assertThat(run("sync", "--json")).as(err).isZero();
        JsonNode again = json.readTree(out);
        assertThat(again.get("conflicts").asInt()).isZero();
        assertThat(again.get("pushed").asInt()).isZero();
        assertThat(again.get("complete").asBoolean()).isTrue();
        try (OpenDatabase secretariat = server.admin()) {
            assertThat(secretariat.dsl().fetchCount(se.ledamot.store.jooq.Tables.MEETING_FILE)).isZero();
        }
    }

    /**
     * Walked: a new folder's first {@code ledamot sync} printed "Skickar ändringar: 0 av 2 … 2 av 2" and then "inget
     * skickat", which told a person nothing of what had happened: the folder got its first copy of the server, and
     * she had nothing of her own to send. The server is named as the window names it.
     */
    @Test
    void aNewFolderIsToldItGotItsFirstCopyAndHadNothingOfItsOwnToSend() {
        assertThat(run("sync", "--server", url)).as(err).isZero();

        assertThat(out).startsWith("Datamappen har nu en egen kopia av det du får se på " + MEMBER + "@127.0.0.1:"
                + server.pg.port() + "/" + server.database + ": ").contains(" hämtad")
                .contains("Här fanns inget eget som skulle skickas.");
        assertThat(err).contains("Hämtar en första kopia av det du får se på servern")
                .doesNotContain("Skickar ändringar");
        assertThat(run("sync")).as(err).isZero();
        assertThat(out).contains("Synkningen är klar: inget eget att skicka, inget nytt att hämta.");
    }

    @Test
    void aFolderThatNeverSyncedNeedsTheServerSaidInSwedish() {
        assertThat(run("sync")).isNotZero();
        assertThat(err).contains("har inte synkats med någon server").contains("--server")
                .doesNotContain("Exception");
    }

    @Test
    void aWrongPasswordChangesNothingInTheFolder() {
        password.type("fel\n");
        assertThat(run("sync", "--server", url)).isNotZero();
        assertThat(err).contains("godtogs inte").doesNotContain("Exception");
        // Not joined: the next sync still asks for the server.
        assertThat(run("sync")).isNotZero();
        assertThat(err).contains("har inte synkats med någon server");
    }
}
