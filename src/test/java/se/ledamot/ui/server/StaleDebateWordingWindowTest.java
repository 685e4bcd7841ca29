package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;
import static se.ledamot.ui.server.WordingConflict.MINE;
import static se.ledamot.ui.server.WordingConflict.THEIRS;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.debate.DebateScreen;
import se.ledamot.service.DebateItem;
import se.ledamot.ui.debate.DebateViewModel;
import se.ledamot.ui.shell.MainWindow;

/**
 * Issue 16.5 in Debatt in the real window (1280×800) on a real PostgreSQL server: Karin records the decision on an
 * item with the wording she typed while Lars, another council secretary, stored another wording in Protokoll. She puts
 * the choice aside ("Välj senare") and goes on to the next item; back on the item, her wording is in the form (not
 * the stored one) and the choice is asked again; closing the window asks again too, and her choice is what is kept.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class StaleDebateWordingWindowTest {
    private static final String KARIN = "staledebwin_karin";
    private static final String LARS = "staledebwin_lars";

    @RegisterExtension
    final OnlineWindow online = new OnlineWindow();

    private WordingConflict scene;

    @BeforeEach
    void serverWithTwoItems() {
        scene = new WordingConflict(online, KARIN, LARS);
    }

    @Test
    void aWordingPutAsideIsShownAgainWhenSheComesBackAndClosingAsksAgain(FxRobot robot) throws Exception {
        MainWindow shell = online.connectShowing(robot, scene.logins, KARIN, DebateScreen.ID);
        ListView<DebateItem> items = DebateOnServer.items(robot, 2);
        TextField wording = robot.lookup("#decisionWording").queryAs(TextField.class);
        open(robot, items, 0);

        // Karin types her wording; Lars stores his in Protokoll; she records the decision with hers, from her stale
        // copy. (Typed after his save, the window could have shown his wording first, when his save was noticed
        // before she began: on a quiet machine it was, and no conflict was left to choose.)
        robot.clickOn("#decisionWording").write(MINE);
        waitUntil(() -> wording.getText().equals(MINE));
        scene.larsStoresHisWording();
        WindowDriver.choose(robot, robot.lookup("#decision").queryComboBox(), "Bifall");
        robot.clickOn("#decide");
        Window view = WindowDriver.conflictView(robot);

        // She puts the choice aside and goes on to the next item, then comes back: her wording is there.
        robot.clickOn("#conflict-later");
        waitUntil(() -> !view.isShowing());
        open(robot, items, 1);
        waitUntil(() -> wording.getText().isEmpty());
        open(robot, items, 0);
        waitUntil(() -> view.isShowing());
        assertThat(wording.getText()).isEqualTo(MINE);
        assertThat(robot.lookup("#debateError").queryAs(Label.class).getText()).contains("inte sparad");
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).isEqualTo(MINE);
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).isEqualTo(THEIRS);
        assertThat(scene.storedItem().decisionText()).isEqualTo(THEIRS);
        OnlineWindow.snapshot(robot, shell.stage(), "stale-debate-wording-back");

        // Aside again, she closes the window: it asks again and does not close while she has not chosen.
        WordingConflict.closingAsksAgain(robot, shell, view);
        scene.chooseMine(robot, view);
        waitUntil(() -> robot.lookup("#debateError").queryAs(Label.class).getText().isEmpty());
        assertThat(wording.getText()).isEqualTo(MINE);
    }

    private void open(FxRobot robot, ListView<DebateItem> items, int index) {
        DebateOnServer.open(robot, items, index, scene.agenda.get(index).id());
    }
}
