package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import se.ledamot.ui.answer.AnswerScreen;

/**
 * Round 21's walk on a new data folder's samples, at 1280x800 and 1000x650: the councillor on the train answers her
 * interpellation offline; the party group goes through the next meeting. Pictures in target/walk21-*.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class Walk21StoriesTest {
    /** Between the figures (words, speaking time) and Versioner: a section's spacing, not an empty band. */
    private static final double MOST_GAP = 24;

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"));

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            window.shell().stage().setWidth(width);
            window.shell().stage().setHeight(height);
        });
        window.settled();
    }

    private ListView<?> answerOpened(FxRobot robot) {
        window.show(robot, AnswerScreen.ID);
        ListView<?> list = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> !list.getItems().isEmpty() && list.getSelectionModel().getSelectedItem() != null);
        window.settled();
        return list;
    }

    private static Bounds inScene(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.localToScene(node.getBoundsInLocal());
    }

    /** Walk21: at 1280x800 the questions' box grew and left ~140 px empty under the figures; the versions take it. */
    @Test
    void svarHasNoEmptyBandUnderItsFigures(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.shell().context().services().matters().list().size() >= 4);
        answerOpened(robot);
        window.snapshot(robot, "walk21-00-svar-1280");
        double gap = inScene(robot, "#answerVersionsTitle").getMinY() - inScene(robot, "#answerFigures").getMaxY();
        assertThat(gap).as("the band between the figures and Versioner").isLessThan(MOST_GAP);
        resize(robot, 1000, 650);
        window.snapshot(robot, "walk21-00-svar-1000");
        // Short, the versions' buttons stay in view (walk20's fix kept).
        Bounds finish = inScene(robot, "#finish");
        assertThat(finish.getMaxY()).isLessThanOrEqualTo(window.shell().stage().getScene().getHeight());
    }
}
