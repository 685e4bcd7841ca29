package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
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
import se.ledamot.store.AgendaStore;
import se.ledamot.store.ServerRole;
import se.ledamot.store.online.TwoLogins;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.minutes.MinutesScreen;
import se.ledamot.ui.minutes.EntryRow;
import se.ledamot.ui.shell.MainWindow;

/**
 * Issue 16.5 in Protokoll's item record in the real window (1280×800) on a real PostgreSQL server, as Debatt does it
 * (StaleDebateWordingWindowTest): Karin stores the decision's wording she typed while Lars, another council secretary,
 * stored another. She puts the choice aside ("Välj senare") and goes to the next item; back on the item, her wording
 * is in the form (not the stored one), a line says it is not saved and the choice is asked again; closing the window
 * asks again too, and her choice is what is kept.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StaleMinutesWordingWindowTest {
    private static final String KARIN = "staleminwin_karin";
    private static final String LARS = "staleminwin_lars";
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
        MainWindow shell = online.connectShowing(robot, logins, KARIN, MinutesScreen.ID);
        waitUntil(() -> robot.lookup("#minutesMeeting").queryComboBox().getValue() != null);
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ListView<EntryRow> items = robot.lookup("#minutesItems").queryListView();
        waitUntil(() -> items.getItems().stream().filter(r -> r.item() != null).count() == 2);
        TextArea wording = robot.lookup("#decisionText").queryAs(TextArea.class);
        open(robot, items, 0);

        // Lars stores his wording; Karin stores hers, typed over her stale copy.
        AgendaItem copy = storedItem();
        assertThat(new AgendaStore(logins.second.dsl(), Clock.systemUTC())
                .saveItem(copy, copy.withDecision(null, THEIRS)).conflicts()).isEmpty();
        robot.interact(() -> wording.setText(MINE));
        WindowDriver.reveal(robot, robot.lookup("#saveDecision").query());
        robot.clickOn("#saveDecision");
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
        waitUntil(() -> MINE.equals(wording.getText()));
        assertThat(robot.lookup("#minutesError").queryAs(Label.class).getText()).contains("inte sparat");
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).isEqualTo(MINE);
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).isEqualTo(THEIRS);
        assertThat(storedItem().decisionText()).isEqualTo(THEIRS);
        OnlineWindow.snapshot(robot, shell.stage(), "stale-minutes-wording-back");

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
        assertThat(storedItem().decisionText()).as("nothing stored while she has not chosen").isEqualTo(THEIRS);

        // Xvfb has no window manager to keep the view over its owner once the question is gone: raised as a user would.
        robot.interact(() -> ((Stage) view).toFront());
        robot.clickOn("#conflict-choose-mine");
        waitForStore(() -> MINE.equals(storedItem().decisionText()));
        waitUntil(() -> robot.lookup("#minutesError").queryAs(Label.class).getText().isEmpty());
        assertThat(wording.getText()).isEqualTo(MINE);
    }

    private void open(FxRobot robot, ListView<EntryRow> items, int index) {
        long id = agenda.get(index).id();
        robot.interact(() -> items.getSelectionModel().select(items.getItems().stream()
                .filter(r -> r.item() != null && r.item().id() == id).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#minutesItemTitle").queryAs(Label.class).getText()
                .contains(index == 0 ? "simhallen" : "parken"));
    }

    private AgendaItem storedItem() {
        return new AgendaStore(logins.second.dsl(), Clock.systemUTC()).item(agenda.getFirst().id()).orElseThrow();
    }
}
