package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.service.Keyring;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.TestServer;

/** The everyday commands with {@code --server}: a member works on what the secretariat registered on the server. */
class ServerClientCommandTest extends CommandLineTest {
    private static final String MEMBER = "cli_anna";
    @RegisterExtension
    final TypedPassword password = new TypedPassword();

    private TestServer server;
    private String url;

    @BeforeEach
    void serverWithAMatterFromAnotherClient() {
        server = new TestServer().enrol(MEMBER, "S", ServerRole.MEMBER, "Anna");
        server.registered(Matter.newMatter(MatterKind.MOTION, "Motion om nattbussar").build());
        url = server.url(MEMBER);
    }

    @AfterEach
    void drop() {
        server.close();
    }

    @Test
    void listOnTheServerShowsWhatAnotherClientAddedWithThePasswordFromStdin() {
        assertThat(run("list", "--server", url)).as(err).isZero();
        assertThat(out).contains("Motion om nattbussar");
        // Nothing was made in the data folder: the command worked on the server alone.
        assertThat(data.resolve("ledamot.mv.db")).doesNotExist();
    }

    @Test
    void searchAndReindexOnTheServerWorkAndLeaveTheDataFolderAlone() {
        assertThat(run("search", "nattbuss", "--server", url)).as(err).isZero();
        assertThat(out).contains("«nattbussar»");
        assertThat(run("reindex", "--server", url)).as(err).isZero();
        assertThat(out).contains("1 ärenden");
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void thePasswordKeptInTheKeyringIsUsedFirst() {
        password.type("");
        ServerPasswords.keyring = () -> new Keyring() {
            @Override
            public java.util.Optional<char[]> lookup(String name) {
                return name.equals(MEMBER + "@127.0.0.1:" + server.pg.port() + "/" + server.database)
                        ? java.util.Optional.of(TestPostgres.PASSWORD.toCharArray())
                        : java.util.Optional.empty();
            }

            @Override
            public boolean store(String server, char[] password) {
                return false;
            }

            @Override
            public boolean available() {
                return true;
            }
        };
        assertThat(run("list", "--json", "--server", url)).as(err).isZero();
        assertThat(out).contains("\"Motion om nattbussar\"");
    }

    @Test
    void aWrongPasswordIsSaidInSwedish() {
        password.type("fel-lösen\n");
        assertThat(run("list", "--server", url)).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Inloggningen som " + MEMBER).contains("godtogs inte").doesNotContain("Exception").doesNotContain("FATAL");
        assertThat(out).doesNotContain("nattbussar");
    }

    @Test
    void anUnreachableServerIsSaidInSwedish() throws Exception {
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThat(run("list", "--server", "postgresql://" + MEMBER + "@127.0.0.1:" + closed + "/" + server.database))
                .isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Servern 127.0.0.1:" + closed + " svarar inte").doesNotContain("Exception");
    }

    @Test
    void theTopCommandOpensTheWindowOnTheServerAndAWrongAddressIsSaidFirst() {
        assertThat(run("--server", url)).as(err).isZero();
        assertThat(windowOpened).isTrue();
        assertThat(windowServer.url()).isEqualTo(url);

        windowOpened = false;
        assertThat(run("--server", "http://127.0.0.1/" + server.database)).isEqualTo(Cli.REFUSED);
        assertThat(windowOpened).isFalse();
        assertThat(err).contains("går inte att läsa").doesNotContain("Exception");
    }
}
