package se.ledamot.ui.debate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Decision;
import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.service.DebateService;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;

/**
 * Issue 16 on one laptop (a data folder, two windows), in the real window at 1280×800: she types the decision's
 * wording on Debatt and chooses Avslag while the other window records Bifall with its wording. Her recording is
 * refused; the line says what was recorded and that another window saved it, the conflict view shows both wordings,
 * and her wording stays in the form until she chooses; keeping the recorded one leaves it stored.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class DecisionTwoWindowsTest {
    private static final String THEIRS = "Kommunfullmäktige beslutar att bifalla motionen.";
    private static final String MINE = "Kommunfullmäktige beslutar att avslå motionen.";

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed);

    private long item;

    private void seed(Ledamot app) {
        item = MotionOnTheAgenda.seed(app);
    }

    @Test
    void herDecisionRefusedAsRecordedInTheOtherWindowKeepsHerWordingTillSheChooses(FxRobot robot) throws Exception {
        window.open(robot);
        openTheItem(robot);
        DebateService otherWindow = window.shell().context().services().debates();
        TextField wording = robot.lookup("#decisionWording").queryAs(TextField.class);

        robot.interact(() -> {
            wording.setText(MINE);
            robot.lookup("#decision").<Decision>queryComboBox().setValue(Decision.REJECTED);
            otherWindow.decide(otherWindow.open(item).item(), DebateDecision.of(Decision.APPROVED), THEIRS);
        });
        robot.clickOn("#decide");
        Window view = WindowDriver.conflictView(robot);

        assertThat(robot.lookup("#debateError").queryAs(Label.class).getText()).contains("Bifall")
                .contains("i ett annat fönster");
        assertThat(robot.lookup("#conflict-what").queryAs(Label.class).getText()).contains("(beslutat: Bifall)");
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).isEqualTo(THEIRS);
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).isEqualTo(MINE);
        assertThat(wording.getText()).isEqualTo(MINE);
        WindowDriver.screenshot(robot, view.getScene(), "decision-two-windows-conflict.png");
        window.snapshot(robot, "decision-two-windows");

        robot.clickOn("#conflict-choose-theirs");
        waitUntil(() -> !view.isShowing());
        waitUntil(() -> THEIRS.equals(wording.getText()));
        waitForStore(() -> THEIRS.equals(otherWindow.open(item).item().decisionText())
                && otherWindow.open(item).decision().orElseThrow().decision() == Decision.APPROVED);
        assertThat(robot.lookup("#decided").queryAs(Label.class).getText()).contains("Bifall");
    }

    private void openTheItem(FxRobot robot) {
        MotionOnTheAgenda.open(window, robot, item);
        waitUntil(() -> robot.lookup("#decide").tryQuery().isPresent());
        window.settled();
    }
}
