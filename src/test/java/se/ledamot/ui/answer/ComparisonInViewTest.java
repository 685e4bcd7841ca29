package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.look.ScreenTour;

/**
 * The walk (round 19) at 1280x800: Jämför drew the comparison under the versions, below the fold of the side panel,
 * so she had to scroll to see what she asked for. It now takes the answer's place, and Esc brings the answer back as
 * it was.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class ComparisonInViewTest {
    /** Some lines of the comparison, seen without scrolling. */
    private static final double SEEN = 200;

    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder);

    @Test
    void theComparisonIsWhereSheLooksAndEscBringsTheAnswerBack(FxRobot robot) throws Exception {
        ScreenTour.waitForSamples(window.shell());
        robot.interact(() -> {
            window.shell().stage().setWidth(1280);
            window.shell().stage().setHeight(800);
            window.shell().show(AnswerScreen.ID);
        });
        ListView<?> list = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#answerText").queryTextInputControl().getText().isEmpty());
        robot.clickOn("#cutVersion");
        robot.clickOn("#answerText").press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL)
                .write(" Vi räknar med att vara klara till sommaren.");
        robot.clickOn("#cutVersion");
        ListView<?> versions = robot.lookup("#versions").queryListView();
        waitUntil(() -> versions.getItems().size() >= 2);
        robot.interact(() -> versions.getSelectionModel().selectIndices(0, 1));
        String typed = robot.lookup("#answerText").queryTextInputControl().getText();
        robot.clickOn("#compare");
        TextFlow diff = robot.lookup("#diff").queryAs(TextFlow.class);
        waitUntil(() -> !diff.getChildren().isEmpty());
        robot.interact(() -> window.shell().stage().getScene().getRoot().layout());
        WindowDriver.screenshot(robot, window.shell().stage().getScene(), "answer-compare-1280x800.png");
        assertThat(onFx(() -> seen(diff))).as("the comparison's height in view at 1280x800").isGreaterThan(SEEN);

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#answerText").query().isVisible());
        assertThat(robot.lookup("#answerText").queryTextInputControl().getText()).isEqualTo(typed);
        assertThat(onFx(() -> seen(robot.lookup("#answerText").query()))).isGreaterThan(SEEN);
    }

    /** How much of a node's height is drawn in the window: inside the scene and every scroll pane around it. */
    static double seen(Node node) {
        if (!node.isVisible() || node.getScene() == null) {
            return 0;
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        double top = Math.max(0, b.getMinY());
        double bottom = Math.min(node.getScene().getHeight(), b.getMaxY());
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return 0;
            }
            if (p instanceof ScrollPane scroll) {
                Bounds view = scroll.localToScene(scroll.getLayoutBounds());
                top = Math.max(top, view.getMinY());
                bottom = Math.min(bottom, view.getMaxY());
            }
        }
        return Math.max(0, bottom - top);
    }
}
