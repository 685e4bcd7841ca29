package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ListView;
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
 * The walk (round 20) at 1000x650: Jämför and Återställ of the saved versions were below the fold of Svar's side
 * panel, and she had to scroll to find them. The versions and their buttons are now in sight at 1000x650, and at
 * 1280x800 the sample interpellation's questions are still all in sight beside them. Nothing is cut off.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class VersionActionsInSightTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder);

    @Test
    void theVersionsButtonsAreInSightAt1000x650And1280x800(FxRobot robot) throws Exception {
        ScreenTour.waitForSamples(window.shell());
        robot.interact(() -> window.shell().show(AnswerScreen.ID));
        ListView<?> list = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#answerText").queryTextInputControl().getText().isEmpty());
        robot.clickOn("#cutVersion");
        ListView<?> versions = robot.lookup("#versions").queryListView();
        waitUntil(() -> !versions.getItems().isEmpty());
        robot.interact(() -> versions.getSelectionModel().select(0));

        for (int[] size : new int[][] {{1000, 650}, {1280, 800}}) {
            robot.interact(() -> {
                window.shell().stage().setWidth(size[0]);
                window.shell().stage().setHeight(size[1]);
            });
            robot.interact(() -> window.shell().stage().getScene().getRoot().layout());
            WindowDriver.screenshot(robot, window.shell().stage().getScene(),
                    "answer-versions-" + size[0] + "x" + size[1] + ".png");
            for (String id : new String[] {"#compare", "#restore", "#cutVersion"}) {
                Node button = robot.lookup(id).query();
                assertThat(onFx(() -> ComparisonInViewTest.seen(button))).as(id + " in sight at " + size[0] + "x"
                        + size[1]).isEqualTo(onFx(() -> button.getLayoutBounds().getHeight()));
            }
            assertThat(onFx(() -> ComparisonInViewTest.seen(versions))).as("the versions at " + size[0])
                    .isGreaterThanOrEqualTo(60);
            // Each version's row read "Version 1 · söndag 22 november kl. 10.00 · Sparad …", and "Sparat" above the
            // text "Spa…", at 1000x650 (walk20).
            assertThat(onFx(() -> se.ledamot.ui.look.CutOffText.in(window.shell().stage().getScene().getRoot())))
                    .as("cut off at " + size[0]).isEmpty();
        }
        // The sample interpellation asks three questions.
        Node lastQuestion = robot.lookup("#question-3").query();
        assertThat(onFx(() -> ComparisonInViewTest.seen(lastQuestion))).as("the last question at 1280x800")
                .isEqualTo(onFx(() -> lastQuestion.getLayoutBounds().getHeight()));
    }
}
