package se.ledamot.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.service.Ledamot;
import se.ledamot.service.ServerClients;
import se.ledamot.service.ServerAdministration;
import se.ledamot.service.SyncService;
import se.ledamot.store.MatterStore;
import se.ledamot.store.NetworkCut;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.TestServer;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.shell.ConnectionState;

/**
 * The laptop's copy synced by itself (issue 16.4), on a real PostgreSQL server behind a network the test can cut; the
 * timer is turned by hand (no sleeps) and the work runs on the test's thread. A change here is sent a while after it
 * is made, the server's changes come on the regular turn, a cut network only leaves "Offline – 1 ändring väntar" (no
 * dialog) and the next turn after it heals sends it, and a conflict is said in a notice, never a window while typing.
 */
class BackgroundSyncViewModelTest {
    private static final String LOGIN = "bg_anna";

    @TempDir
    Path folder;

    private TestServer server;
    private NetworkCut network;
    private TestContext app;
    private final ManualTimer timer = new ManualTimer();
    private final ConnectionState state = new ConnectionState(null);
    private BackgroundSyncViewModel background;
    private SyncViewModel sync;

    /** A turn the view model asked for: when, and what to run. */
    private static final class ManualTimer implements BackgroundSyncViewModel.Timer {
        private final List<Object[]> waiting = new ArrayList<>();

        @Override
        public Runnable schedule(Duration delay, Runnable action) {
            Object[] turn = {delay, action};
            waiting.add(turn);
            return () -> waiting.remove(turn);
        }

        /** The one turn waiting: its delay. */
        Duration next() {
            assertThat(waiting).hasSize(1);
            return (Duration) waiting.getFirst()[0];
        }

        /** Its time has come. */
        void fire() {
            next();
            ((Runnable) waiting.removeFirst()[1]).run();
        }
    }

    @BeforeEach
    void aLaptopWithACopyOfTheServer() throws Exception {
        server = new TestServer().enrol(LOGIN, "S", ServerRole.MEMBER, "Anna");
        server.registered(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar")
                .body("Första stycket.\nAndra stycket.\nTredje stycket.").build());
        network = NetworkCut.to(server.pg.port());
        ServerClients.copied(folder, TestContext.CLOCK, server.url(LOGIN, network.port()), LOGIN);
        app = new TestContext(folder);
        sync = new SyncViewModel(app.context, null, list -> {
            throw new AssertionError("no conflict window opens by itself");
        });
        sync.showStateIn(state, Runnable::run);
        background = new BackgroundSyncViewModel(app.context, sync, timer,
                asked -> Optional.of(TestPostgres.PASSWORD.toCharArray()));
        background.start();
    }

    @AfterEach
    void end() throws Exception {
        app.close();
        network.close();
        server.close();
    }

    private Matter onServer() {
        try (OpenDatabase s = server.admin()) {
            return new MatterStore(s.dsl(), Clock.systemUTC()).list().getFirst();
        }
    }

    private void secretariatChanges(java.util.function.UnaryOperator<Matter> change) {
        try (OpenDatabase s = server.admin()) {
            MatterStore store = new MatterStore(s.dsl(), Clock.systemUTC());
            store.save(change.apply(store.list().getFirst()));
        }
    }

    private Matter here() {
        return app.services.matters().list().getFirst();
    }

    /** As the editor does: saved here, the window told. */
    private void annaChanges(java.util.function.UnaryOperator<Matter> change) {
        app.services.matters().save(change.apply(here()));
        app.context.mattersChanged();
    }

    private int waiting() {
        return app.services.replica().orElseThrow().status().orElseThrow().waiting();
    }

    @Test
    void aChangeIsSentAWhileAfterItAndTheServersChangesComeOnTheRegularTurn() {
        assertThat(timer.next()).isEqualTo(BackgroundSyncViewModel.AFTER_CHANGE);
        timer.fire();
        assertThat(timer.next()).isEqualTo(BackgroundSyncViewModel.EVERY);

        annaChanges(m -> m.toBuilder().title("Motion om cykelvägar i Ale").build());
        assertThat(timer.next()).isEqualTo(BackgroundSyncViewModel.AFTER_CHANGE);
        // The last turn reached the server: in contact, the change goes with the next one.
        assertThat(state.get().text()).startsWith("Ansluten till ").endsWith(
                " – 1 ändring skickas vid nästa synkning (kopia på datorn)");
        timer.fire();
        assertThat(onServer().title()).isEqualTo("Motion om cykelvägar i Ale");
        assertThat(waiting()).isZero();
        assertThat(timer.next()).isEqualTo(BackgroundSyncViewModel.EVERY);

        secretariatChanges(m -> m.toBuilder().place("Nödinge").build());
        timer.fire();
        assertThat(here().place()).isEqualTo("Nödinge");
        // What the sync brought is no change of Anna's: the next turn is the regular one, not a quick one.
        assertThat(timer.next()).isEqualTo(BackgroundSyncViewModel.EVERY);
        assertThat(app.dialogs.notifications).isEmpty();
        assertThat(app.dialogs.errors).isEmpty();
    }

    @Test
    void aCutNetworkLeavesTheChangeWaitingWithoutADialogAndTheNextTurnSendsIt() {
        timer.fire();
        annaChanges(m -> m.toBuilder().body("Skrivet på tåget.").build());
        network.cut();
        timer.fire();
        assertThat(waiting()).isEqualTo(1);
        assertThat(state.get().text()).startsWith("Offline – 1 ändring väntar");
        assertThat(app.dialogs.notifications).isEmpty();
        assertThat(app.dialogs.errors).isEmpty();
        assertThat(timer.next()).isEqualTo(BackgroundSyncViewModel.EVERY);

        network.mend();
        timer.fire();
        assertThat(onServer().body()).isEqualTo("Skrivet på tåget.");
        assertThat(waiting()).isZero();
        // Right after a sync that reached the server the status bar says so, not "Offline – inget väntar".
        assertThat(state.get().text()).startsWith("Ansluten till ").endsWith(" – allt är synkat (kopia på datorn)");
        assertThat(state.get().kind()).isEqualTo(ConnectionState.Kind.CONNECTED);
    }

    @Test
    void aConflictIsSaidInANoticeAndWaitsForTheMenu() {
        timer.fire();
        secretariatChanges(m -> m.toBuilder().body("Första stycket.\nAndra stycket.\nTredje, sekretariatets.")
                .build());
        annaChanges(m -> m.toBuilder().body("Första stycket.\nAndra stycket.\nTredje, Annas.").build());
        timer.fire();
        assertThat(app.dialogs.notifications).containsExactly(
                "1 ändring krockar med serverns. Välj vad som ska gälla under Arkiv → Synkronisera…");
        assertThat(here().body()).endsWith("Tredje, Annas.");
        assertThat(onServer().body()).endsWith("Tredje, sekretariatets.");
        assertThat(app.services.replica().orElseThrow().status().orElseThrow().conflicts()).isEqualTo(1);
        // The next turns bring nothing new: the conflict was said, it is not said again every five minutes.
        timer.fire();
        timer.fire();
        assertThat(app.dialogs.notifications).hasSize(1);

        // Hers kept: nothing here changes, so no screen reads again; the choice waits to be sent, and goes soon.
        List<Long> revisions = new ArrayList<>();
        app.context.mattersRevision().addListener((o, was, now) -> revisions.add(now.longValue()));
        List<String> chosen = new ArrayList<>();
        sync.choose(app.services.replica().orElseThrow().conflicts().getFirst(), Resolution.MINE, null,
                () -> chosen.add("after"), () -> chosen.add("failed"));
        assertThat(chosen).containsExactly("after");
        assertThat(revisions).isEmpty();
        assertThat(state.get().text()).endsWith(" – 1 ändring skickas vid nästa synkning (kopia på datorn)");
        assertThat(timer.next()).isEqualTo(BackgroundSyncViewModel.AFTER_CHANGE);
    }

    /** Issue 16: her own motion is not the secretariat's to receive from her; said once, kept here, not waiting. */
    @Test
    void aMotionSheRegistersHereIsSaidKeptHereOnceNotAConflict() {
        timer.fire();
        app.services.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelbanor").build());
        app.context.mattersChanged();
        timer.fire();
        assertThat(app.dialogs.notifications).containsExactly("1 sak i datamappen skickades inte till servern: "
                + "ärenden och sammanträden kan bara registreras av sekretariatet; de finns kvar på den här datorn.");
        assertThat(app.services.matters().list()).extracting(Matter::title).contains("Motion om cykelbanor");
        assertThat(waiting()).isZero();
        assertThat(state.get().text()).endsWith(" – allt är synkat (kopia på datorn)");
        timer.fire();
        assertThat(app.dialogs.notifications).hasSize(1);
        assertThat(app.dialogs.errors).isEmpty();
    }

    /**
     * Walked (Partigrupp): the positions were read again after every background sync, also one that brought nothing,
     * because each told the window that matters had changed. Only a sync that brought something tells it now.
     */
    @Test
    void onlyATurnThatBroughtSomethingHasTheScreensReadAgain() {
        List<Long> revisions = new ArrayList<>();
        app.context.mattersRevision().addListener((o, was, now) -> revisions.add(now.longValue()));
        timer.fire();
        app.services.matters().save(here().toBuilder().title("Motion om cykelvägar i Ale").build());
        assertThat(timer.next()).isEqualTo(BackgroundSyncViewModel.AFTER_CHANGE);
        timer.fire();
        assertThat(onServer().title()).isEqualTo("Motion om cykelvägar i Ale");
        network.cut();
        timer.fire();
        network.mend();
        assertThat(revisions).isEmpty();

        secretariatChanges(m -> m.toBuilder().place("Nödinge").build());
        timer.fire();
        assertThat(here().place()).isEqualTo("Nödinge");
        assertThat(revisions).hasSize(1);
    }

    /**
     * A folder's first sync started from the menu and cut short (the window closed, the network dropped) has joined
     * the server: the background goes on with it and brings the rest. A folder that never joined is not joined by the
     * background: which server and which login are the user's choice, made in Arkiv → Synkronisera….
     */
    @Test
    void aFirstSyncCutShortIsFinishedInTheBackgroundAndAFolderThatNeverJoinedIsLeftAlone(@TempDir Path second,
            @TempDir Path never) {
        try (Ledamot laptop = Ledamot.open(second, TestContext.CLOCK)) {
            SyncService.Summary cut = laptop.replica().orElseThrow().sync(ServerAdministration.server(
                    server.url(LOGIN, network.port()), LOGIN),
                    TestPostgres.PASSWORD::toCharArray, new SyncService.Progress() {
                        @Override
                        public void step(SyncService.Phase phase, long done, long total) {
                        }

                        @Override
                        public boolean cancelled() {
                            return true;
                        }
                    });
            assertThat(cut.joined()).isTrue();
            assertThat(cut.complete()).isFalse();
            assertThat(laptop.matters().list()).noneMatch(m -> m.title().equals("Motion om cykelvägar"));
        }
        for (Path f : List.of(second, never)) {
            try (TestContext other = new TestContext(f)) {
                ManualTimer turns = new ManualTimer();
                ConnectionState status = new ConnectionState(null);
                SyncViewModel sync = new SyncViewModel(other.context, null, list -> {
                    throw new AssertionError("no conflict window opens by itself");
                });
                sync.showStateIn(status, Runnable::run);
                new BackgroundSyncViewModel(other.context, sync, turns,
                        asked -> Optional.of(TestPostgres.PASSWORD.toCharArray())).start();
                turns.fire();
                assertThat(turns.next()).isEqualTo(BackgroundSyncViewModel.EVERY);
                assertThat(other.dialogs.notifications).isEmpty();
                assertThat(other.dialogs.errors).isEmpty();
                if (f == second) {
                    assertThat(other.services.matters().list()).anyMatch(m -> m.title().equals("Motion om cykelvägar"));
                    assertThat(other.services.replica().orElseThrow().status().orElseThrow().waiting()).isZero();
                    assertThat(status.get().text()).startsWith("Ansluten till ");
                } else {
                    assertThat(other.services.replica().orElseThrow().status()).isEmpty();
                    assertThat(status.get().kind()).isEqualTo(ConnectionState.Kind.LOCAL);
                }
            }
        }
    }
}
