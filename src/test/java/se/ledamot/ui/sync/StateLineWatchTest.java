package se.ledamot.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.service.ServerClients;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestServer;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.shell.ConnectionState;

/**
 * Walked in the window: Anna wrote an answer (Svar) and the group's arguments (Partigrupp) on the train; the status
 * bar went on saying "allt är synkat" and no background sync came after the change, until she opened the window
 * again ("Offline – 2 ändringar väntar"), because only a change of matters told the window. A 2 s poll of the state
 * followed; now the application tells of every change recorded to be sent, whichever screen made it, and the status
 * bar and the background sync hear of it at once.
 */
class StateLineWatchTest {
    private static final String LOGIN = "watch_anna";

    @TempDir
    Path folder;

    private TestServer server;
    private TestContext app;
    private final ConnectionState state = new ConnectionState(null);
    private SyncViewModel sync;
    private long interpellation;

    @BeforeEach
    void aLaptopWithACopyOfTheServer() {
        server = new TestServer().enrol(LOGIN, "S", ServerRole.MEMBER, "Anna");
        server.registered(Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation om skolskjutsarna").build());
        ServerClients.copied(folder, TestContext.CLOCK, server.url(LOGIN), LOGIN);
        app = new TestContext(folder);
        interpellation = app.services.matters().list().getFirst().id();
        sync = new SyncViewModel(app.context, null, list -> { });
        // The FX thread is the test's: the news is handed on at once.
        sync.showStateIn(state, Runnable::run);
    }

    @AfterEach
    void end() throws Exception {
        app.close();
        server.close();
    }

    @Test
    void anAnswerWrittenHereIsSaidWaitingAtOnceAndCountsAsAChange() {
        List<String> changes = new ArrayList<>();
        sync.onChangeHere(() -> changes.add("change"));
        app.services.matters().list();
        assertThat(changes).isEmpty();

        app.services.answers().autosave(interpellation, "Ordförande, tack för frågan.", Set.of());

        assertThat(state.get().text()).endsWith("1 ändring väntar på att skickas");
        assertThat(changes).containsExactly("change");
        sync.stopListening();
        app.services.answers().autosave(interpellation, "Ordförande, tack för frågan. Svaret följer.", Set.of());
        assertThat(changes).containsExactly("change");
        assertThat(state.get().text()).endsWith("1 ändring väntar på att skickas");
    }

    /**
     * Walked: at the start, before the first background sync had ended, a copy's status bar said "Offline – inget
     * väntar" although the server answered. Until a sync in this window has tried, it says only what is true: a copy
     * of the server, and what waits here.
     */
    @Test
    void beforeASyncHasEndedTheStateLineSaysNeitherOfflineNorConnected() {
        assertThat(state.get().text()).isEqualTo("Kopia av " + LOGIN + "@127.0.0.1:" + server.pg.port() + "/"
                + server.database + " på datorn – inget väntar på att skickas");
        sync.contact(false);
        assertThat(state.get().text()).startsWith("Offline – inget väntar");
    }
}
