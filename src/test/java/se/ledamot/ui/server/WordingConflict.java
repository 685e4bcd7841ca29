package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.time.Clock;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.ServerRole;
import se.ledamot.store.online.TwoLogins;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.minutes.EntryRow;
import se.ledamot.ui.minutes.MinutesScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * Issue 16.5's scene on the server, shared by the window tests of a decision's wording put aside: Karin and Lars, two
 * council secretaries, two motions on an agenda ("simhallen", "parken"), and Lars storing his wording on the first
 * item over Karin's copy. Made in a test's {@code @BeforeEach} from its {@link OnlineWindow}.
 */
final class WordingConflict {
    static final String THEIRS = "Kommunfullmäktige beslutar att bifalla motionen.";
    static final String MINE = "Kommunfullmäktige beslutar att bifalla motionen i sin helhet.";

    final String karin;
    final TwoLogins logins;
    final List<AgendaItem> agenda;

    /** @param karin the first login, whose window the test drives; {@code lars} stores over her copy */
    WordingConflict(OnlineWindow online, String karin, String lars) {
        this.karin = karin;
        logins = online.logins(karin, lars, null, ServerRole.COUNCIL_SECRETARY);
        agenda = logins.motionsOnAnAgenda("Motion om simhallen", "Motion om parken");
    }

    /** Lars stores his wording of the first item's decision (Karin's window still has the copy before it). */
    void larsStoresHisWording() {
        AgendaItem copy = storedItem();
        assertThat(new AgendaStore(logins.second.dsl(), Clock.systemUTC())
                .saveItem(copy, copy.withDecision(null, THEIRS)).conflicts()).isEmpty();
    }

    /** The first item as the server has it. */
    AgendaItem storedItem() {
        return new AgendaStore(logins.second.dsl(), Clock.systemUTC()).item(agenda.getFirst().id()).orElseThrow();
    }

    /** Karin's window at 1280×800 on Protokoll's items, the first item open. */
    MainWindow openMinutesItem(FxRobot robot, OnlineWindow online) throws Exception {
        MainWindow shell = online.connectShowing(robot, logins, karin, MinutesScreen.ID);
        waitUntil(() -> robot.lookup("#minutesMeeting").queryComboBox().getValue() != null);
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        openMinutesItem(robot, 0);
        return shell;
    }

    /** Opens the agenda's item {@code index} in Protokoll's items and waits until its record is shown. */
    void openMinutesItem(FxRobot robot, int index) {
        ListView<EntryRow> items = robot.lookup("#minutesItems").queryListView();
        waitUntil(() -> items.getItems().stream().filter(r -> r.item() != null).count() == 2);
        long id = agenda.get(index).id();
        robot.interact(() -> items.getSelectionModel().select(items.getItems().stream()
                .filter(r -> r.item() != null && r.item().id() == id).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#minutesItemTitle").queryAs(Label.class).getText()
                .contains(index == 0 ? "simhallen" : "parken"));
    }

    /** Karin stores her wording in Protokoll's open item, typed over her stale copy; returns the conflict view. */
    static Window storeMinutesWording(FxRobot robot) {
        TextArea wording = robot.lookup("#decisionText").queryAs(TextArea.class);
        robot.interact(() -> wording.setText(MINE));
        WindowDriver.reveal(robot, robot.lookup("#saveDecision").query());
        robot.clickOn("#saveDecision");
        return WindowDriver.conflictView(robot);
    }

    /**
     * The choice put aside again, Karin closes the window: it asks again (her wording "finns kvar"), she answers no,
     * and the window stays open with the conflict view.
     */
    static void closingAsksAgain(FxRobot robot, MainWindow shell, Window view) {
        robot.clickOn("#conflict-later");
        waitUntil(() -> !view.isShowing());
        Platform.runLater(shell::requestClose);
        DialogPane asked = WindowDriver.closeQuestion(robot);
        assertThat(asked.getContentText() + ((Label) asked.getContent()).getText()).contains("finns kvar");
        assertThat(view.isShowing()).isTrue();
        Window dialog = asked.getScene().getWindow();
        robot.interact(() -> WindowDriver.button(asked, ButtonBar.ButtonData.NO).fire());
        waitUntil(() -> !dialog.isShowing());
        assertThat(shell.stage().isShowing()).isTrue();
    }

    /** Karin chooses her wording in the conflict view; waits until the server has it. */
    void chooseMine(FxRobot robot, Window view) {
        // Xvfb has no window manager to keep the view over its owner once the question is gone: raised as a user would.
        robot.interact(() -> ((Stage) view).toFront());
        robot.clickOn("#conflict-choose-mine");
        WindowDriver.waitForStore(() -> MINE.equals(storedItem().decisionText()));
    }
}
