package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;
import static se.ledamot.ui.server.WordingConflict.MINE;
import static se.ledamot.ui.server.WordingConflict.THEIRS;

import java.time.Clock;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Decision;
import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.DebateStore;
import se.ledamot.service.DebateItem;
import se.ledamot.ui.debate.DebateScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * Issue 16 in Debatt's decision form on a real PostgreSQL server (1280×800): Karin, a council secretary, has an item
 * open while Lars, another, records its decision on another client; the decision and its wording come into her form
 * within the window's poll. On the next item she types a wording and Lars stores his: after the poll her wording
 * stays, and recording the decision meets his in the conflict view, never over it.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class DebateDecisionFollowsWindowTest {
    @RegisterExtension
    final OnlineWindow online = new OnlineWindow();

    private WordingConflict scene;

    @BeforeEach
    void serverWithTwoItems() {
        scene = new WordingConflict(online, "debdecfollow_karin", "debdecfollow_lars");
    }

    @Test
    void larsDecisionComesInAndHerTypedWordingStaysAndMeetsHis(FxRobot robot) throws Exception {
        MainWindow shell = online.connectShowing(robot, scene.logins, scene.karin, DebateScreen.ID);
        ListView<DebateItem> items = DebateOnServer.items(robot, 2);
        TextField wording = robot.lookup("#decisionWording").queryAs(TextField.class);
        Label decided = robot.lookup("#decided").queryAs(Label.class);
        open(robot, items, 0);

        // Nothing typed: Lars records the decision with his wording, and both come into her form.
        larsDecides(0, THEIRS);
        waitUntil(() -> decided.getText().contains("Bifall"));
        assertThat(wording.getText()).isEqualTo(THEIRS);
        assertThat(robot.lookup("#decide").query().isDisabled()).isTrue();

        // The next item: she types a wording, Lars stores his; after the poll hers stays.
        open(robot, items, 1);
        robot.interact(() -> wording.setText(MINE));
        long before = shell.context().mattersRevision().get();
        larsStoresWording(1, THEIRS);
        waitUntil(() -> shell.context().mattersRevision().get() > before);
        robot.interact(() -> { });
        assertThat(wording.getText()).isEqualTo(MINE);
        assertThat(decided.getText()).isEmpty();
        OnlineWindow.snapshot(robot, shell.stage(), "debate-decision-follows-others");

        // Recording the decision meets his wording in the conflict view; his stays stored till she chooses.
        robot.interact(() -> robot.lookup("#decision").<Decision>queryComboBox().setValue(Decision.APPROVED));
        robot.clickOn("#decide");
        waitUntil(() -> robot.lookup("#conflict-choose-mine").tryQuery().filter(n -> n.getScene().getWindow()
                .isShowing()).isPresent());
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).isEqualTo(THEIRS);
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).isEqualTo(MINE);
        assertThat(item(1).decisionText()).isEqualTo(THEIRS);
        assertThat(wording.getText()).isEqualTo(MINE);
    }

    @Test
    void herWordingRefusedAsDecidedMeanwhileMeetsHisWithWhoAndWhenAndIsKeptTillSheChooses(FxRobot robot)
            throws Exception {
        MainWindow shell = online.connectShowing(robot, scene.logins, scene.karin, DebateScreen.ID);
        ListView<DebateItem> items = DebateOnServer.items(robot, 2);
        TextField wording = robot.lookup("#decisionWording").queryAs(TextField.class);
        open(robot, items, 1);

        // She types a wording and chooses Avslag; Lars records Bifall with his wording meanwhile.
        robot.interact(() -> wording.setText(MINE));
        robot.interact(() -> robot.lookup("#decision").<Decision>queryComboBox().setValue(Decision.REJECTED));
        long before = shell.context().mattersRevision().get();
        larsDecides(1, THEIRS);
        waitUntil(() -> shell.context().mattersRevision().get() > before);
        robot.interact(() -> { });
        robot.clickOn("#decide");

        // Refused: the line says what was recorded, by whom and when; the view shows his wording beside hers.
        waitUntil(() -> robot.lookup("#conflict-choose-mine").tryQuery().filter(n -> n.getScene().getWindow()
                .isShowing()).isPresent());
        String said = robot.lookup("#debateError").queryAs(Label.class).getText();
        assertThat(said).contains("Bifall").contains("debdecfollow_lars").contains(" kl. ");
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).isEqualTo(THEIRS);
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).isEqualTo(MINE);
        OnlineWindow.snapshot(robot, robot.lookup("#conflict-choose-mine").query().getScene().getWindow(),
                "debate-decision-refused-conflict");
        assertThat(item(1).decisionText()).isEqualTo(THEIRS);
        assertThat(wording.getText()).isEqualTo(MINE);

        // She keeps her wording: it replaces his (the minutes are not justerade), and Lars's decision stands.
        robot.clickOn("#conflict-choose-mine");
        waitUntil(() -> MINE.equals(item(1).decisionText()));
        assertThat(item(1).decision()).isEqualTo(Decision.APPROVED);
        waitUntil(() -> robot.lookup("#decided").queryAs(Label.class).getText().contains("Bifall"));
        assertThat(wording.getText()).isEqualTo(MINE);
        OnlineWindow.snapshot(robot, shell.stage(), "debate-decision-refused-chosen");
    }

    private void larsDecides(int index, String text) {
        new DebateStore(scene.logins.second.dsl(), Clock.systemUTC()).decide(item(index),
                DebateDecision.of(Decision.APPROVED), text);
    }

    private void larsStoresWording(int index, String text) {
        AgendaItem copy = item(index);
        assertThat(new AgendaStore(scene.logins.second.dsl(), Clock.systemUTC())
                .saveItem(copy, copy.withDecision(null, text)).conflicts()).isEmpty();
    }

    private AgendaItem item(int index) {
        return new AgendaStore(scene.logins.second.dsl(), Clock.systemUTC()).item(scene.agenda.get(index).id())
                .orElseThrow();
    }

    private void open(FxRobot robot, ListView<DebateItem> items, int index) {
        DebateOnServer.open(robot, items, index, scene.agenda.get(index).id());
    }
}
