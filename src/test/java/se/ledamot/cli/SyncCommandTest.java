package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.service.Keyring;
import se.ledamot.store.MatterStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.ServerSetup;
import se.ledamot.store.TestPostgres;

/**
 * {@code ledamot sync}: a secretary's laptop joins the shared server, gets what was registered there, sends what it
 * registers offline, and a sync with nothing new changes nothing.
 */
class SyncCommandTest extends CommandLineTest {
    private static final String MEMBER = "cli_sync_karin";
    private TestPostgres pg;
    private String database;
    private String url;

    @BeforeEach
    void serverWithAMatterRegistered() {
        pg = TestPostgres.get();
        database = pg.newDatabase();
        pg.createLogin(MEMBER);
        ServerSetup.enrol(pg.address(database, TestPostgres.ADMIN), TestPostgres.PASSWORD.toCharArray(), MEMBER, null,
                ServerRole.COUNCIL_SECRETARY, "Karin");
        new MatterStore(secretariat().dsl(), Clock.systemUTC())
                .add(Matter.newMatter(MatterKind.MOTION, "Motion om nattbussar").number("KS 2026/40").build());
        url = "postgresql://" + MEMBER + "@127.0.0.1:" + pg.port() + "/" + database;
        ServerCommand.environment = name -> null;
        ServerPasswords.keyring = () -> Keyring.NONE;
        ServerPasswords.stdin = () -> new ByteArrayInputStream((TestPostgres.PASSWORD + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private OpenDatabase open;

    private OpenDatabase secretariat() {
        if (open == null) {
            open = ServerDatabase.open(pg.address(database, TestPostgres.ADMIN), TestPostgres.PASSWORD.toCharArray());
        }
        return open;
    }

    @AfterEach
    void restore() {
        ServerCommand.environment = System::getenv;
        ServerPasswords.keyring = Keyring::system;
        ServerPasswords.stdin = () -> System.in;
        open.close();
        pg.dropDatabase(database);
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
        assertThat(new MatterStore(secretariat().dsl(), Clock.systemUTC()).list())
                .extracting(Matter::title).contains("Motion om cykelbanor", "Motion om nattbussar");

        assertThat(run("sync", "--json")).as(err).isZero();
        JsonNode again = json.readTree(out);
        assertThat(again.get("joined").asBoolean()).isFalse();
        assertThat(again.get("pushed").asInt()).isZero();
        assertThat(again.get("pulled").asInt()).isZero();
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
                + pg.port() + "/" + database + ": ").contains(" hämtad").contains("Här fanns inget eget som skulle skickas.");
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
        ServerPasswords.stdin = () -> new ByteArrayInputStream("fel\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run("sync", "--server", url)).isNotZero();
        assertThat(err).contains("godtogs inte").doesNotContain("Exception");
        // Not joined: the next sync still asks for the server.
        assertThat(run("sync")).isNotZero();
        assertThat(err).contains("har inte synkats med någon server");
    }
}
