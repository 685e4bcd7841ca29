package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MinutesNote;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Ledamot;
import se.ledamot.service.PaperService;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;

/**
 * Issue 16.5 in the real window (1280×800, on a data folder), Protokoll's paragraph of a motion: she takes the note out
 * of its record where another secretary reworded it meanwhile, or types the decision's wording where another stored
 * another, and chooses later ("Välj senare"); she closes the window (the question names the item as kept; the story
 * window answers yes) and starts again. Opening Protokoll asks again with both sides, and her choice is stored and no
 * longer kept. (A note added beside the other's rewording is no conflict: lines added on both sides all stay.)
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class RecordKeptWindowTest {
    private static final Person ANNA = new Person("Anna Ek", "S");
    private static final String THEIRS = "Vi vill se en plan i vår.";

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed);

    private long meeting;
    private long item;

    private void seed(Ledamot app) {
        meeting = StoryWindow.plannedMeeting(app);
        long matter = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen").build()).id();
        item = app.meetings().addMatters(meeting, List.of(matter)).getFirst().id();
        app.papers().saveItemMinutes(ItemMinutes.empty(item).withNote(new MinutesNote(List.of(ANNA),
                "Vi vill se en plan.")));
    }

    /**
     * Protokoll on the meeting, its Paragrafer, the motion chosen; waits until its record shows the note as read and
     * nothing is on its way, so her copy is what was stored before the other's save.
     */
    private void onTheMotion(FxRobot robot) {
        window.open(robot);
        window.minutesOf(robot, meeting);
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "minutesTabItems".equals(t.getId())).findFirst().orElseThrow()));
        ListView<EntryRow> entries = robot.lookup("#minutesItems").queryListView();
        waitUntil(() -> entries.getItems().stream().anyMatch(r -> r.item() != null && r.item().id() == item));
        robot.interact(() -> entries.getSelectionModel().select(entries.getItems().stream()
                .filter(r -> r.item() != null && r.item().id() == item).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#minutesItemTitle").queryLabeled().getText().contains("simhallen")
                && robot.lookup("#minutesNotes").queryListView().getItems().size() == 1);
        window.settled();
    }

    @Test
    void theItemsRecordPutAsideIsAskedAgainAfterARestart(FxRobot robot) throws Exception {
        onTheMotion(robot);
        ListView<MinutesNote> notes = robot.lookup("#minutesNotes").queryListView();

        // The other secretary's save, from the copy as stored: certainly a change of theirs that hers will meet.
        PaperService papers = papers();
        ItemMinutes copy = papers.itemMinutes(item);
        assertThat(papers.saveItemMinutes(copy, copy.withoutNote(0).withNote(new MinutesNote(List.of(ANNA), THEIRS)))
                .conflicts()).as("the other's save").isEmpty();
        // She takes the note out of the record (Delete on it in the list), the other's rewording unseen.
        WindowDriver.reveal(robot, notes);
        robot.clickOn(robot.lookup("#minutesNotes .list-cell").match((ListCell<?> c) -> !c.isEmpty())
                .queryAs(ListCell.class));
        waitUntil(() -> notes.getSelectionModel().getSelectedIndex() == 0);
        robot.type(KeyCode.DELETE);
        window.putAsideAndRestart(robot, "simhallen", MinutesScreen.ID);
        assertThat(papers().itemMinutes(item).notes()).as("nothing written over").extracting(MinutesNote::text)
                .containsExactly(THEIRS);

        Window again = WindowDriver.conflictView(robot);
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText())
                .as("her record: no note").isEqualTo(Localization.get("ui.sync.conflicts.empty"));
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText())
                .isEqualTo("Anna Ek (S): " + THEIRS);
        window.snapshot(robot, "put-aside-record-after-restart");
        WindowDriver.screenshot(robot, again.getScene(), "put-aside-record-view-after-restart.png");
        robot.clickOn("#conflict-choose-mine");

        waitForStore(() -> papers().itemMinutes(item).notes().isEmpty());
        var services = window.shell().context().services();
        waitForStore(() -> services.putAside().waiting().isEmpty());
    }

    @Test
    void theDecisionsWordingPutAsideIsAskedAgainAfterARestart(FxRobot robot) throws Exception {
        onTheMotion(robot);

        // The other secretary's wording, from the item as stored: certainly a change of theirs that hers will meet.
        var meetings = window.shell().context().services().meetings();
        AgendaItem copy = meetings.item(item).orElseThrow();
        assertThat(meetings.saveItem(copy, copy.withDecision(null, "Motionen avslås.")).conflicts())
                .as("the other's save").isEmpty();
        TextArea wording = robot.lookup("#decisionText").queryAs(TextArea.class);
        WindowDriver.reveal(robot, wording);
        robot.clickOn(wording).write("Motionen bifalls.");
        robot.clickOn("#saveDecision");
        window.putAsideAndRestart(robot, "simhallen", MinutesScreen.ID);

        Window again = WindowDriver.conflictView(robot);
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).isEqualTo("Motionen bifalls.");
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).isEqualTo("Motionen avslås.");
        WindowDriver.screenshot(robot, again.getScene(), "put-aside-wording-view-after-restart.png");
        robot.clickOn("#conflict-choose-mine");

        var now = window.shell().context().services();
        waitForStore(() -> "Motionen bifalls.".equals(now.meetings().item(item).orElseThrow().decisionText()));
        waitForStore(() -> now.putAside().waiting().isEmpty());
    }

    /** The papers, through the window open now. */
    private PaperService papers() {
        return window.shell().context().services().papers();
    }
}
