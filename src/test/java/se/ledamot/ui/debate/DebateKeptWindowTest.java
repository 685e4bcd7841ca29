package se.ledamot.ui.debate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Decision;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.WindowDriver;

/**
 * Issue 16.5 in the real window (1280×800, on a data folder): on Debatt she takes the decision with her wording where
 * another secretary stored one in Protokoll meanwhile, and chooses later ("Välj senare"); she closes the window (the
 * question says her wording is kept; the story window answers yes) and starts again. Opening Debatt asks again with her wording, and her choice is
 * stored and no longer kept.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class DebateKeptWindowTest {
    private static final String THEIRS = "Kommunfullmäktige beslutar att bifalla motionen.";
    private static final String MINE = "Kommunfullmäktige beslutar att bifalla motionen i sin helhet.";

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed);

    private long item;

    private void seed(Ledamot app) {
        item = MotionOnTheAgenda.seed(app);
    }

    @Test
    void aWordingPutAsideIsAskedAgainAfterARestart(FxRobot robot) throws Exception {
        window.open(robot);
        openTheItem(robot);
        var meetings = window.shell().context().services().meetings();
        AgendaItem copy = meetings.item(item).orElseThrow();
        meetings.saveItem(copy, copy.withDecision(null, THEIRS));
        robot.clickOn("#decisionWording").write(MINE);
        ComboBox<Decision> decision = robot.lookup("#decision").queryComboBox();
        robot.interact(() -> decision.setValue(Decision.APPROVED));
        robot.clickOn("#decide");
        Window view = WindowDriver.conflictView(robot);
        robot.clickOn("#conflict-later");
        waitUntil(() -> !view.isShowing());

        // The story window's questions are answered yes and kept in its dialogs.
        window.close(robot);
        waitUntil(() -> !window.shell().stage().isShowing());
        assertThat(window.dialogs.asked.getLast()).contains("simhallen").contains("finns kvar");
        assertThat(stored().decisionText()).isEqualTo(THEIRS);

        window.open(robot);
        window.show(robot, DebateScreen.ID);
        Window again = WindowDriver.conflictView(robot);
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).isEqualTo(MINE);
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).isEqualTo(THEIRS);
        WindowDriver.screenshot(robot, again.getScene(), "put-aside-debate-view-after-restart.png");
        window.snapshot(robot, "put-aside-debate-after-restart");

        robot.clickOn("#conflict-choose-mine");
        var services = window.shell().context().services();
        waitForStore(() -> MINE.equals(services.meetings().item(item).orElseThrow().decisionText()));
        waitForStore(() -> services.putAside().waiting().isEmpty());
    }

    /** Debatt with the meeting and its item chosen, as a person does. */
    private void openTheItem(FxRobot robot) {
        MotionOnTheAgenda.open(window, robot, item);
        window.settled();
    }

    /** The item as stored, read with the window closed. */
    private AgendaItem stored() {
        try (Ledamot other = Ledamot.open(folder, TestContext.CLOCK)) {
            return other.meetings().item(item).orElseThrow();
        }
    }
}
