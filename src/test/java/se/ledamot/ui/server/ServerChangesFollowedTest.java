package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
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
 * for the starting point and missed (the land run of the fourteenth round: a quick window never showed it).
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
}
