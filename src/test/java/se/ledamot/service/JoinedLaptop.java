package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.ledamot.domain.Matter;
import se.ledamot.store.MatterStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.TestServer;

/**
 * A council secretary's laptop joined to an empty server: before each test a new database on the tests' real
 * PostgreSQL with one login enrolled, and the program on the test's data folder synced with it once; after the test
 * both closed.
 *
 * <pre>
 * &#64;TempDir
 * Path folder;
 *
 * &#64;RegisterExtension
 * final JoinedLaptop laptop = new JoinedLaptop(() -&gt; folder, "svc_karin");
 * </pre>
 */
final class JoinedLaptop implements BeforeEachCallback, AfterEachCallback {
    private final Supplier<Path> folder;
    private final String login;
    private final Clock clock;
    private TestServer server;
    private Ledamot app;

    /** @param folder the test's own temporary folder, the laptop's data folder */
    JoinedLaptop(Supplier<Path> folder, String login) {
        this(folder, login, Clock.systemUTC());
    }

    /** With the program on {@code clock} (a test that moves time). */
    JoinedLaptop(Supplier<Path> folder, String login, Clock clock) {
        this.folder = folder;
        this.login = login;
        this.clock = clock;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server = new TestServer().enrol(login, null, ServerRole.COUNCIL_SECRETARY, "Karin");
        app = Ledamot.open(folder.get(), clock);
        assertThat(sync().joined()).isTrue();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        app.close();
        server.close();
    }

    TestServer server() {
        return server;
    }

    /** The program on the laptop's data folder. */
    Ledamot app() {
        return app;
    }

    /** One sync with the server, to its end. */
    SyncService.Summary sync() {
        return sync(SyncService.Progress.NONE);
    }

    /** One sync with the server, told how it goes and asked whether it is cancelled. */
    SyncService.Summary sync(SyncService.Progress progress) {
        return app.replica().orElseThrow().sync(ServerAdministration.server(server.url(login), login),
                TestPostgres.PASSWORD::toCharArray, progress);
    }

    /** The matters on the server, as its administrator reads them. */
    List<Matter> mattersOnServer() {
        try (OpenDatabase d = server.admin()) {
            return new MatterStore(d.dsl(), Clock.systemUTC()).list();
        }
    }
}
