package se.ledamot.ui.debate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.service.DebateItem;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;

/**
 * What she types on Debatt — a speaker's notes, the decision's wording before it is taken — is not lost when she
 * chooses another speaker or item (walk36: both were).
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class DebateTypedKeptWindowTest {
    private static final Speaker ANNA_EK = new Speaker(new Person("Anna Ek", "S"), SpeechKind.SPEECH, 3, "");
    private static final Speaker BO_HOLM = new Speaker(new Person("Bo Holm", "M"), SpeechKind.SPEECH, 3, "");

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed);

    private long item;
    private long another;

    private void seed(Ledamot app) {
        item = MotionOnTheAgenda.seed(app);
        app.debates().saveSpeakers(item, app.debates().open(item).speakers().add(ANNA_EK).add(BO_HOLM));
        long motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar")
                .submitted(LocalDate.parse("2026-11-02")).status(Status.PREPARED).build()).id();
        another = app.meetings().addMatters(app.meetings().item(item).orElseThrow().meetingId(), List.of(motion))
                .getFirst().id();
    }

    @Test
    void notesTypedOnAfterSparaStay(FxRobot robot) {
        TableView<Speaker> speakers = opened(robot);
        TextArea notes = robot.lookup("#speechText").queryAs(TextArea.class);
        Button save = robot.lookup("#saveSpeechText").queryButton();
        robot.interact(() -> speakers.getSelectionModel().select(0));
        robot.clickOn(notes).write("Svarar på");
        robot.interact(() -> {
            save.fire();
            notes.appendText(" Bo Holms replik");
        });
        window.settled();
        assertThat(notes.getText()).as("her typing after Spara").isEqualTo("Svarar på Bo Holms replik");
    }

    @Test
    void notesTypedWithoutSparaStayWhenAnotherSpeakerIsChosen(FxRobot robot) throws Exception {
        TableView<Speaker> speakers = opened(robot);
        TextArea notes = robot.lookup("#speechText").queryAs(TextArea.class);
        robot.interact(() -> speakers.getSelectionModel().select(0));
        robot.clickOn(notes).write("Svarar på repliken");
        robot.interact(() -> speakers.getSelectionModel().select(1));
        window.settled();
        robot.interact(() -> speakers.getSelectionModel().select(0));
        window.settled();
        assertThat(notes.getText()).isEqualTo("Svarar på repliken");
        window.snapshot(robot, "debate36-notes-kept");
        waitForStore(() -> storedNotes(0).equals("Svarar på repliken"));
    }

    @Test
    void notesStoredAsTypingPausesLeaveTheSpeakerChosenAndTheTypingOn(FxRobot robot) {
        TableView<Speaker> speakers = opened(robot);
        TextArea notes = robot.lookup("#speechText").queryAs(TextArea.class);
        robot.interact(() -> speakers.getSelectionModel().select(1));
        robot.clickOn(notes).write("Replik");
        waitForStore(() -> storedNotes(1).equals("Replik"));
        window.settled();
        robot.write(" till Anna Ek");
        assertThat(speakers.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(notes.getText()).isEqualTo("Replik till Anna Ek");
        robot.interact(() -> window.shell().show(se.ledamot.ui.dashboard.DashboardScreen.ID));
        waitForStore(() -> storedNotes(1).equals("Replik till Anna Ek"));
    }

    @Test
    void aWordingTypedBeforeTheDecisionIsThereBackOnTheItem(FxRobot robot) {
        opened(robot);
        TextField wording = robot.lookup("#decisionWording").queryAs(TextField.class);
        robot.clickOn(wording).write("Kommunfullmäktige bifaller motionen.");
        ListView<DebateItem> items = robot.lookup("#debateItems").queryListView();
        choose(robot, items, another);
        waitUntil(() -> wording.getText().isEmpty());
        choose(robot, items, item);
        waitUntil(() -> "Kommunfullmäktige bifaller motionen.".equals(wording.getText()));
        assertThat(window.shell().context().services().debates().open(item).item().decisionText())
                .isEqualTo("Kommunfullmäktige bifaller motionen.");
    }

    /** The wording was stored only on leaving the item: typed and the window gone (a crash), it was lost. */
    @Test
    void aWordingTypedIsStoredWhenTypingPausesWhileTheItemStaysOpen(FxRobot robot) {
        opened(robot);
        TextField wording = robot.lookup("#decisionWording").queryAs(TextField.class);
        robot.clickOn(wording).write("Kommunfullmäktige bifaller motionen.");
        waitForStore(() -> "Kommunfullmäktige bifaller motionen.".equals(
                window.shell().context().services().debates().open(item).item().decisionText()));
        window.settled();
        robot.write(" Kostnaderna ryms i budgeten.");
        assertThat(wording.getText()).as("her typing on after the store")
                .isEqualTo("Kommunfullmäktige bifaller motionen. Kostnaderna ryms i budgeten.");
        waitForStore(() -> "Kommunfullmäktige bifaller motionen. Kostnaderna ryms i budgeten.".equals(
                window.shell().context().services().debates().open(item).item().decisionText()));
        assertThat(window.shell().context().services().debates().open(item).decision()).as("no decision taken")
                .isEmpty();
    }

    /** The decision chosen and a reason for återremiss were reset by choosing another item before "Fatta beslut". */
    @Test
    void aDecisionChosenAndItsReasonAreThereBackOnTheItem(FxRobot robot) throws Exception {
        opened(robot);
        ComboBox<Decision> decision = robot.lookup("#decision").queryComboBox();
        TextField reason = robot.lookup("#referralReason").queryAs(TextField.class);
        robot.interact(() -> decision.setValue(Decision.REFERRED_BACK));
        robot.clickOn(reason).write("Kostnaderna behöver utredas");
        ListView<DebateItem> items = robot.lookup("#debateItems").queryListView();
        choose(robot, items, another);
        waitUntil(() -> decision.getValue() == null && reason.getText().isEmpty());
        robot.interact(() -> window.shell().show(se.ledamot.ui.dashboard.DashboardScreen.ID));
        window.settled();
        robot.interact(() -> window.shell().show(DebateScreen.ID));
        window.settled();
        choose(robot, items, item);
        waitUntil(() -> decision.getValue() == Decision.REFERRED_BACK);
        assertThat(reason.getText()).isEqualTo("Kostnaderna behöver utredas");
        window.snapshot(robot, "debate-decision-kept");

        // Kept only in the window: closing says so, by the item's name, and "No" leaves it as it was.
        window.dialogs.confirmAnswer = false;
        robot.interact(window.shell()::requestClose);
        assertThat(window.dialogs.asked.getLast()).contains("Debatt för § 5  Motion om simhallen")
                .contains("går förlorat");
        assertThat(window.shell().stage().isShowing()).isTrue();
        assertThat(decision.getValue()).isEqualTo(Decision.REFERRED_BACK);
        assertThat(reason.getText()).isEqualTo("Kostnaderna behöver utredas");
    }

    private void choose(FxRobot robot, ListView<DebateItem> items, long id) {
        robot.interact(() -> items.getSelectionModel().select(items.getItems().stream()
                .filter(r -> r.item().id() == id).findFirst().orElseThrow()));
        window.settled();
    }

    private String storedNotes(int index) {
        return window.shell().context().services().debates().open(item).speakers().speakers().get(index).text();
    }

    private TableView<Speaker> opened(FxRobot robot) {
        window.open(robot);
        MotionOnTheAgenda.open(window, robot, item);
        TableView<Speaker> speakers = robot.lookup("#speakers").queryTableView();
        waitUntil(() -> speakers.getItems().equals(List.of(ANNA_EK, BO_HOLM)));
        window.settled();
        return speakers;
    }
}
