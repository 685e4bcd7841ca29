package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The everyday commands with {@code --server}: a member works on what the secretariat registered on the server. */
class ServerClientCommandTest extends CommandLineTest {
    private static final String MEMBER = "cli_anna";
    private TestPostgres pg;
    private String database;
    private String url;
    private String typed;

    @BeforeEach
    void serverWithAMatterFromAnotherClient() {
        pg = TestPostgres.get();
        database = pg.newDatabase();
        pg.createLogin(MEMBER);
        char[] admin = TestPostgres.PASSWORD.toCharArray();
        ServerSetup.enrol(pg.address(database, TestPostgres.ADMIN), admin, MEMBER, "S", ServerRole.MEMBER, "Anna");
        try (OpenDatabase secretariat = ServerDatabase.open(pg.address(database, TestPostgres.ADMIN),
                TestPostgres.PASSWORD.toCharArray())) {
            new MatterStore(secretariat.dsl(), Clock.systemUTC())
                    .add(Matter.newMatter(MatterKind.MOTION, "Motion om nattbussar").build());
        }
        url = "postgresql://" + MEMBER + "@127.0.0.1:" + pg.port() + "/" + database;
        typed = TestPostgres.PASSWORD + "\n";
        ServerCommand.environment = name -> null;
        ServerPasswords.keyring = () -> Keyring.NONE;
        ServerPasswords.stdin = () -> new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        ServerCommand.environment = System::getenv;
        ServerPasswords.keyring = Keyring::system;
        ServerPasswords.stdin = () -> System.in;
        pg.dropDatabase(database);
    }

    @Test
    void listOnTheServerShowsWhatAnotherClientAddedWithThePasswordFromStdin() {
        assertThat(run("list", "--server", url)).as(err).isZero();
        assertThat(out).contains("Motion om nattbussar");
        // Nothing was made in the data folder: the command worked on the server alone.
        assertThat(data.resolve("ledamot.mv.db")).doesNotExist();
    }

    @Test
    void thePasswordKeptInTheKeyringIsUsedFirst() {
        typed = "";
        ServerPasswords.keyring = () -> new Keyring() {
            @Override
            public java.util.Optional<char[]> lookup(String server) {
                return server.equals(MEMBER + "@127.0.0.1:" + pg.port() + "/" + database)
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
        typed = "fel-lösen\n";
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
        assertThat(run("list", "--server", "postgresql://" + MEMBER + "@127.0.0.1:" + closed + "/" + database))
                .isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Servern 127.0.0.1:" + closed + " svarar inte").doesNotContain("Exception");
    }
}
