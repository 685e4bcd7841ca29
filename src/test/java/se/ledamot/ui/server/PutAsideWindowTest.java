package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;
import static se.ledamot.ui.server.WordingConflict.MINE;
import static se.ledamot.ui.server.WordingConflict.THEIRS;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.store.jooq.Tables;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.minutes.MinutesScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * Issue 16.5, a choice put aside survives the window (real window, 1280×800, on a real PostgreSQL server): Karin
 * stores a decision's wording Lars changed meanwhile and chooses later ("Välj senare"); she closes the window and
 * answers yes to closing (the question says her wording is kept). Signed in again, a notice says it waits, beside
 * the search's notice; Protokoll says a choice waits and asks again with her wording, the item
 * shows it, naming Lars as the one who saved the other side, and her choice is stored. On the server it is her own
 * row: Lars cannot see it.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class PutAsideWindowTest {
    private static final String KARIN = "putasidewin_karin";
    private static final String LARS = "putasidewin_lars";

    @RegisterExtension
    final OnlineWindow online = new OnlineWindow();

    private WordingConflict scene;

    @BeforeEach
    void serverWithTwoItems() {
        scene = new WordingConflict(online, KARIN, LARS);
    }

    @Test
    void aWordingPutAsideIsAskedAgainAfterTheWindowWasClosed(FxRobot robot) throws Exception {
        MainWindow shell = scene.openMinutesItem(robot, online);
        scene.larsStoresHisWording();
        Window view = WordingConflict.storeMinutesWording(robot);
        robot.clickOn("#conflict-later");
        waitUntil(() -> !view.isShowing());

        // She closes the window and says yes to closing without choosing.
        Platform.runLater(shell::requestClose);
        DialogPane asked = WindowDriver.closeQuestion(robot);
        // The question says her wording is kept (it was: "Om du stänger nu går de förlorade").
        assertThat(((Label) asked.getContent()).getText()).contains("simhallen").contains("finns kvar")
                .doesNotContain("går de förlorade");
        OnlineWindow.snapshot(robot, asked.getScene().getWindow(), "put-aside-close-question");
        robot.interact(() -> WindowDriver.button(asked, ButtonBar.ButtonData.YES).fire());
        waitUntil(() -> !shell.stage().isShowing());
        assertThat(scene.storedItem().decisionText()).isEqualTo(THEIRS);
        assertThat(scene.logins.second.dsl().fetchCount(Tables.PUT_ASIDE)).as("Lars sees none of hers").isZero();
        assertThat(scene.logins.first.dsl().fetchCount(Tables.PUT_ASIDE)).as("kept on the server as hers")
                .isEqualTo(1);

        // Signed in again: told that a choice waits; Protokoll asks again with her wording, and the item shows it.
        MainWindow again = online.connect(scene.logins, KARIN);
        robot.interact(() -> {
            online.stage().setWidth(1280);
            online.stage().setHeight(800);
        });
        // The notice of the choice waiting is said at the start (once beside the search's notice that a server had
        // no search, which it now has: nothing else is said).
        NotificationPane notices = robot.lookup(n -> n instanceof NotificationPane).queryAs(NotificationPane.class);
        waitUntil(() -> notices.isShowing() && notices.getText().contains("Välj senare"));
        assertThat(notices.getText()).contains("simhallen").doesNotContain("Sökningen");
        WindowDriver.waitUntilStill(notices.lookup(".notification-bar > .pane"));
        OnlineWindow.snapshot(robot, again.stage(), "put-aside-notices-on-start");
        robot.interact(() -> again.show(MinutesScreen.ID));
        Window view2 = WindowDriver.conflictView(robot);
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).isEqualTo(MINE);
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).isEqualTo(THEIRS);
        // Asked again after the restart, it still says who saved the other side (Lars, enrolled without a name).
        assertThat(robot.lookup("#conflict-theirs-label").queryAs(Label.class).getText())
                .startsWith("Sparat av " + LARS + " ").contains(" kl. ");
        OnlineWindow.snapshot(robot, again.stage(), "put-aside-asked-on-opening");
        OnlineWindow.snapshot(robot, view2, "put-aside-view-on-opening");
        robot.clickOn("#conflict-later");
        waitUntil(() -> !view2.isShowing());
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        scene.openMinutesItem(robot, 0);
        waitUntil(() -> view2.isShowing());
        TextArea wording2 = robot.lookup("#decisionText").queryAs(TextArea.class);
        waitUntil(() -> MINE.equals(wording2.getText()));
        assertThat(robot.lookup("#minutesError").queryAs(Label.class).getText()).contains("inte sparat");
        OnlineWindow.snapshot(robot, again.stage(), "put-aside-asked-again");

        scene.chooseMine(robot, view2);
        waitForStore(() -> scene.logins.first.dsl().fetchCount(Tables.PUT_ASIDE) == 0);
    }
}
