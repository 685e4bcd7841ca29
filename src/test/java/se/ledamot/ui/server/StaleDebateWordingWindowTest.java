package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.ServerRole;
import se.ledamot.store.online.TwoLogins;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.debate.DebateScreen;
import se.ledamot.ui.debate.DebateItemRow;
import se.ledamot.ui.debate.DebateViewModel;
import se.ledamot.ui.shell.MainWindow;

/**
 * Issue 16.5 in Debatt in the real window (1280×800) on a real PostgreSQL server: Karin records the decision on an
 * item with the wording she typed while Lars, another council secretary, stored another wording in Protokoll. She puts
 * the choice aside ("Välj senare") and goes on to the next item; back on the item, her wording is in the form (not
 * the stored one) and the choice is asked again; closing the window asks again too, and her choice is what is kept.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StaleDebateWordingWindowTest {
    private static final String KARIN = "staledebwin_karin";
    private static final String LARS = "staledebwin_lars";
    private static final String THEIRS = "Kommunfullmäktige beslutar att bifalla motionen.";
    private static final String MINE = "Kommunfullmäktige beslutar att bifalla motionen i sin helhet.";

    @TempDir
    Path temp;

    @RegisterExtension
    final OnlineWindow online = new OnlineWindow(() -> temp);

    private TwoLogins logins;
    private List<AgendaItem> agenda;

    @BeforeEach
    void serverWithTwoItems() {
        logins = online.logins(KARIN, LARS, null, ServerRole.COUNCIL_SECRETARY);
        agenda = logins.motionsOnAnAgenda("Motion om simhallen", "Motion om parken");
    }

    @Test
    void aWordingPutAsideIsShownAgainWhenSheComesBackAndClosingAsksAgain(FxRobot robot) throws Exception {
        MainWindow shell = online.connectShowing(robot, logins, KARIN, DebateScreen.ID);
        ComboBox<Meeting> meetings = robot.lookup("#debateMeetings").queryComboBox();
        waitUntil(() -> meetings.getItems().size() == 1);
        robot.interact(() -> meetings.setValue(meetings.getItems().getFirst()));
        ListView<DebateItemRow> items = robot.lookup("#debateItems").queryListView();
        waitUntil(() -> items.getItems().size() == 2);
        TextField wording = robot.lookup("#decisionWording").queryAs(TextField.class);
        open(robot, items, 0);

        // Lars stores his wording in Protokoll; Karin records the decision with hers, from her stale copy.
        AgendaItem copy = storedItem();
        assertThat(new AgendaStore(logins.second.dsl(), Clock.systemUTC())
                .saveItem(copy, copy.withDecision(null, THEIRS)).conflicts()).isEmpty();
        robot.clickOn("#decisionWording").write(MINE);
        robot.clickOn("#decision");
        waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .anyMatch(n -> n.isVisible() && "Bifall".equals(((ListCell<?>) n).getText())));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(n -> "Bifall".equals(((ListCell<?>) n).getText())).findFirst().orElseThrow());
        robot.clickOn("#decide");
        waitUntil(() -> robot.lookup("#conflict-later").tryQuery().filter(n -> n.getScene().getWindow().isShowing())
                .isPresent());
        Window view = robot.lookup("#conflict-later").query().getScene().getWindow();

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
        assertThat(storedItem().decisionText()).isEqualTo(THEIRS);
        OnlineWindow.snapshot(robot, shell.stage(), "stale-debate-wording-back");

        // Aside again, she closes the window: it asks again and does not close while she has not chosen.
        robot.clickOn("#conflict-later");
        waitUntil(() -> !view.isShowing());
        Platform.runLater(shell::requestClose);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().filter(n -> n.getScene().getWindow().isShowing())
                .isPresent());
        DialogPane asked = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(asked.getContentText() + ((Label) asked.getContent()).getText()).contains("finns kvar");
        assertThat(view.isShowing()).isTrue();
        Window dialog = asked.getScene().getWindow();
        robot.interact(() -> WindowDriver.button(asked, javafx.scene.control.ButtonBar.ButtonData.NO).fire());
        waitUntil(() -> !dialog.isShowing());
        assertThat(shell.stage().isShowing()).isTrue();

        // Xvfb has no window manager to keep the view over its owner once the question is gone: raised as a user would.
        robot.interact(() -> ((javafx.stage.Stage) view).toFront());
        robot.clickOn("#conflict-choose-mine");
        waitForStore(() -> MINE.equals(storedItem().decisionText()));
        waitUntil(() -> robot.lookup("#debateError").queryAs(Label.class).getText().isEmpty());
        assertThat(wording.getText()).isEqualTo(MINE);
    }

    private void open(FxRobot robot, ListView<DebateItemRow> items, int index) {
        robot.interact(() -> items.getSelectionModel().select(index));
        long id = agenda.get(index).id();
        ComboBox<?> decision = robot.lookup("#decision").queryComboBox();
        waitUntil(() -> robot.lookup(".screen-title").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().contains(items.getItems().get(index).matter()
                        .title())) && decision.getItems().size() > 0 && id == items.getSelectionModel()
                        .getSelectedItem().item().id());
    }

    private AgendaItem storedItem() {
        return new AgendaStore(logins.second.dsl(), Clock.systemUTC()).item(agenda.getFirst().id()).orElseThrow();
    }
}
