package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.meeting.Position;
import se.ledamot.service.Ledamot;
import se.ledamot.service.ServerClients;
import se.ledamot.store.PositionStore;
import se.ledamot.store.ServerRole;
import se.ledamot.store.online.TwoLogins;
import se.ledamot.ui.ManualDebouncer;
import se.ledamot.ui.RecordingDialogService;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.ConnectionState;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.CurrentThreadTaskExecutor;

/**
 * A window working on the server follows what others save (issue 16.4): the change number it starts from is read
 * when the window is made, before any screen reads, so a save by another member in the first moments is not taken
 * for the starting point and missed (the land run of the fourteenth round: a quick window never showed it). A move
 * made only by this window's own saves is passed over (they are on screen already), but not one by her other window,
 * nor one of hers that took over another's change made since the window last looked. The tests below ask the server
 * themselves ({@code ask}), and count the screens' reads by the window's revision they follow.
 */
class ServerChangesFollowedTest {
    private final TwoLogins logins = new TwoLogins("follow_anna", "follow_bo", "S", ServerRole.MEMBER);
    private final long item = logins.itemOnAnAgenda("Motion om fler parkbänkar");
    private final Preferences node = TestContext.testPreferences();
    private final Ledamot anna = ServerClients.online(logins.server.url("follow_anna"));
    /** What the watch hands to the FX thread: here run by the test, one at a time. */
    private final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final AppContext context = new AppContext(anna, new RecordingDialogService(),
            new CurrentThreadTaskExecutor(), ManualDebouncer::new, new WriterPreferences(node));

    @AfterEach
    void close() throws Exception {
        anna.close();
        logins.close();
        node.removeNode();
    }

    @Test
    void aSaveByAnotherMemberRightAfterTheWindowOpenedHasTheScreensReadAgain() throws Exception {
        try (ConnectionViewModel watch = new ConnectionViewModel(context, new ConnectionState("server"), () -> { },
                fx::add)) {
            // Bo saves at once: before the watch first asks the server (every two seconds).
            PositionStore bo = new PositionStore(logins.second.dsl(), Clock.systemUTC(), "S");
            Position copy = bo.get(item);
            assertThat(bo.save(copy, copy.withSpeaker("Bo Berg")).conflicts()).isEmpty();

            Runnable told = fx.poll(15, TimeUnit.SECONDS);
            assertThat(told).as("the screens told to read again").isNotNull();
            told.run();
            assertThat(context.mattersRevision().get()).isEqualTo(1);
            assertThat(watch.lost()).isFalse();
        }
    }

    /** A watch that asks the server only when the test says so. */
    private ConnectionViewModel askedByTheTest() {
        return new ConnectionViewModel(context, new ConnectionState("server"), () -> { }, fx::add, Duration.ofDays(1));
    }

    /** Runs on the "FX thread" what the watch handed it; returns how often the screens have been told to read again. */
    private long readsAgain() {
        for (Runnable told = fx.poll(); told != null; told = fx.poll()) {
            told.run();
        }
        return context.mattersRevision().get();
    }

    private void boSaves(String speaker) {
        PositionStore bo = new PositionStore(logins.second.dsl(), Clock.systemUTC(), "S");
        Position copy = bo.get(item);
        assertThat(bo.save(copy, copy.withSpeaker(speaker)).conflicts()).isEmpty();
    }

    @Test
    void herOwnSaveIsNotReadBackButAnotherMembersIs() {
        try (ConnectionViewModel watch = askedByTheTest()) {
            Position copy = anna.positions().get(item, "S");
            assertThat(anna.positions().save("S", copy, copy.withArguments("Fler bänkar i parken")).conflicts())
                    .isEmpty();
            watch.ask();
            assertThat(readsAgain()).as("reads after her own save").isZero();

            boSaves("Bo Berg");
            watch.ask();
            assertThat(readsAgain()).as("reads after Bo's save").isEqualTo(1);
            watch.ask();
            assertThat(readsAgain()).as("nothing moved since").isEqualTo(1);
        }
    }

    @Test
    void aSaveFromHerOtherWindowIsReadAgain() {
        try (ConnectionViewModel watch = askedByTheTest();
                Ledamot otherWindow = ServerClients.online(logins.server.url("follow_anna"))) {
            Position copy = otherWindow.positions().get(item, "S");
            assertThat(otherWindow.positions().save("S", copy, copy.withNotes("Fråga Bo")).conflicts()).isEmpty();
            watch.ask();
            assertThat(readsAgain()).as("reads after her other window's save").isEqualTo(1);
        }
    }

    @Test
    void herSaveThatTookOverAnotherMembersChangeMadeSinceIsReadAgain() {
        try (ConnectionViewModel watch = askedByTheTest()) {
            // She has the position on screen; Bo saves it; she saves it before the window looked (one row per thing
            // in the change sequence: hers now stands for both), then once more.
            Position copy = anna.positions().get(item, "S");
            boSaves("Bo Berg");
            Position mine = copy.withArguments("Fler bänkar i parken");
            assertThat(anna.positions().save("S", copy, mine).conflicts()).isEmpty();
            Position stored = anna.positions().get(item, "S");
            assertThat(stored.speaker()).as("Bo's field came in by the merge").isEqualTo("Bo Berg");
            assertThat(anna.positions().save("S", stored, stored.withNotes("Fråga Bo")).conflicts()).isEmpty();

            watch.ask();
            assertThat(readsAgain()).as("reads after her saves over Bo's").isEqualTo(1);

            Position again = anna.positions().get(item, "S");
            assertThat(anna.positions().save("S", again, again.withNotes("Frågat Bo")).conflicts()).isEmpty();
            watch.ask();
            assertThat(readsAgain()).as("her next save alone is not read back").isEqualTo(1);
        }
    }
}
