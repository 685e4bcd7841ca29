package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.geometry.Bounds;
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
import se.ledamot.ui.look.CutOffText;
import se.ledamot.ui.look.ScreenTour;

/**
 * The walk at 1000x650 (a small laptop, or a window beside another): Svar's heading and due line wrapped onto
 * two lines each, and the questions' heading was drawn over the due line; the answer itself got a column of
 * three words a line beside the list. The due line now lies above the text, and the text has room to be written in.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class AnswerNarrowWindowTest {
    /** About 40 characters a line; the walk saw a column of three words a line (170 px). */
    private static final double WRITABLE_WIDTH = 280;

    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder);

    @Test
    void theDueLineIsAboveTheTextAndTheTextHasRoomAt1000x650(FxRobot robot) throws Exception {
        ScreenTour.waitForSamples(window.shell());
        robot.interact(() -> {
            window.shell().stage().setWidth(1000);
            window.shell().stage().setHeight(650);
            window.shell().show(AnswerScreen.ID);
        });
        ListView<?> list = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        Node due = robot.lookup("#answerDue").query();
        waitUntil(() -> onFx(() -> due.isVisible() && !((javafx.scene.control.Label) due).getText().isEmpty()));
        robot.interact(() -> window.shell().stage().getScene().getRoot().layout());
        WindowDriver.screenshot(robot, window.shell().stage().getScene(), "answer-1000x650.png");
        Node text = robot.lookup("#answerText").query();
        Node questions = robot.lookup("#answerQuestionsTitle").query();
        Bounds dueBounds = onFx(() -> due.localToScene(due.getBoundsInLocal()));
        Bounds textBounds = onFx(() -> text.localToScene(text.getLayoutBounds()));
        Bounds questionBounds = onFx(() -> questions.localToScene(questions.getLayoutBounds()));
        assertThat(dueBounds.getMaxY()).as("the due line's foot against the text's top")
                .isLessThanOrEqualTo(textBounds.getMinY() + 0.5);
        assertThat(dueBounds.getMaxY()).as("the due line's foot against the questions' heading")
                .isLessThanOrEqualTo(questionBounds.getMinY() + 0.5);
        assertThat(textBounds.getWidth()).isGreaterThanOrEqualTo(WRITABLE_WIDTH);
        // The answer is the widest thing on the screen: it was ~280 px beside a side panel of 290 (narrow17).
        Node side = robot.lookup("#answerSide").query();
        assertThat(textBounds.getWidth()).as("the answer against the side panel and the list")
                .isGreaterThan(onFx(() -> side.getLayoutBounds().getWidth()))
                .isGreaterThan(onFx(() -> list.getLayoutBounds().getWidth()));
        assertThat(onFx(() -> CutOffText.in(window.shell().stage().getScene().getRoot()))).isEmpty();
    }
}
