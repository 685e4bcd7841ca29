package se.ledamot.ui.debate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import se.ledamot.domain.Status;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.service.DebateItem;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;

/**
 * Debatt at a live meeting, with the keyboard (a tester's walk as the secretary): Enter in the name field did not add
 * the speaker, the minutes proposed were 3 for every speech whatever the body's limits, "emma ramhult (v)" was stored
 * in lower case, and the Beslut box went blank (no prompt) once a decision was chosen and another item opened.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class DebateKeyboardWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed);

    private long item;
    private long another;

    private void seed(Ledamot app) {
        item = MotionOnTheAgenda.seed(app);
        long motion = app.matters().add(Matter.newMatter(MatterKind.REFERRAL, "Remiss om cykelplan")
                .submitted(LocalDate.parse("2026-11-02")).status(Status.PREPARED).build()).id();
        another = app.meetings().addMatters(app.meetings().item(item).orElseThrow().meetingId(), List.of(motion))
                .getFirst().id();
        Body council = app.bodies().list().stream().filter(b -> b.code().equals("KF")).findFirst().orElseThrow();
        app.papers().saveSettings(PaperSettings.empty().withBody(BodyPapers.defaults(council).withSeats(List.of(
                Seat.member("Emma Ramhult (V)"), Seat.member("Per Persson (M)")))));
    }

    @Test
    void enterAddsTheSpeakerWithTheMinutesOfHerSpeechAndStaysInTheName(FxRobot robot) throws Exception {
        TableView<Speaker> speakers = opened(robot);
        TextField name = robot.lookup("#speakerName").queryAs(TextField.class);
        Spinner<Integer> minutes = robot.lookup("#speechMinutes").queryAs(Spinner.class);
        robot.clickOn(name).write("Per Persson (M)").type(KeyCode.ENTER);
        waitUntil(() -> speakers.getItems().size() == 1);
        waitUntil(() -> name.getText().isEmpty() && name.isFocused());
        assertThat(speakers.getItems().getFirst().minutes()).as("a first anförande").isEqualTo(5);
        robot.write("emma ramhult (v)").type(KeyCode.ENTER);
        waitUntil(() -> speakers.getItems().size() == 2);
        robot.write("per persson");
        waitUntil(() -> minutes.getValue() == 3);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> speakers.getItems().size() == 3);
        assertThat(speakers.getItems()).extracting(s -> s.person().display() + " " + s.minutes())
                .containsExactly("Per Persson (M) 5", "Emma Ramhult (V) 5", "Per Persson (M) 3");
        waitForStore(() -> window.shell().context().services().debates().open(item).speakers().speakers().size() == 3);
        window.settled();
        window.snapshot(robot, "debate-keyboard-speakers");

        // The same refusals as the button's: said, nothing added, the name kept to be put right.
        robot.write("(V)").type(KeyCode.ENTER);
        Label error = robot.lookup("#debateError").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(speakers.getItems()).hasSize(3);
        assertThat(name.getText()).isEqualTo("(V)");
        assertThat(name.isFocused()).isTrue();
    }

    @Test
    void theDecisionBoxKeepsItsPromptWhenEmptiedByAnItemOfAnotherKind(FxRobot robot) throws Exception {
        opened(robot);
        ComboBox<Decision> decision = robot.lookup("#decision").queryComboBox();
        se.ledamot.ui.WindowDriver.choose(robot, decision, se.ledamot.l10n.Localization.decision(Decision.APPROVED));
        ListView<DebateItem> items = robot.lookup("#debateItems").queryListView();
        robot.interact(() -> items.getSelectionModel().select(items.getItems().stream()
                .filter(r -> r.item().id() == another).findFirst().orElseThrow()));
        waitUntil(() -> decision.getValue() == null);
        window.settled();
        // The cell the box shows itself in (before the fix, the skin's own: blank once emptied).
        window.snapshot(robot, "debate-decision-prompt");
        assertThat(shownIn(decision)).isEqualTo(decision.getPromptText()).isNotBlank();
    }

    /**
     * The text of the cell the box shows itself in (before the fix, the skin's own), read as drawn: the skin's
     * getDisplayNode() would set it anew.
     */
    private static String shownIn(ComboBox<?> box) {
        return onFx(() -> box.getChildrenUnmodifiable().stream().filter(ListCell.class::isInstance)
                .map(c -> String.valueOf(((ListCell<?>) c).getText())).findFirst().orElse("(no cell)"));
    }

    private TableView<Speaker> opened(FxRobot robot) {
        window.open(robot);
        MotionOnTheAgenda.open(window, robot, item);
        TableView<Speaker> speakers = robot.lookup("#speakers").queryTableView();
        Label limits = robot.lookup("#debateLimits").queryAs(Label.class);
        waitUntil(() -> !limits.getText().isEmpty());
        window.settled();
        return speakers;
    }
}
