package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import org.testfx.util.WaitForAsyncUtils;
import se.ledamot.WindowTest;
import se.ledamot.ui.StoryWindow;

/**
 * Protokoll's meeting form at 1000x650 scrolls: the field the cursor moves to (Tab, or a field chosen from the
 * keyboard) is brought whole into view, as the editor's and Inställningar's forms do. Only *Spara protokollet* did so
 * (walk25b): Tab to a field below the edge left her typing where she could not see, and back up to a line half hidden
 * under the tabs.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class ProtokollFollowsFocusTest {
    @TempDir
    Path folder;

    private long meeting;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, app -> meeting = StoryWindow.plannedMeeting(app));

    @Test
    void theFieldWithTheCursorIsWholeInView(FxRobot robot) {
        window.open(robot);
        robot.interact(() -> {
            Stage stage = window.shell().stage();
            stage.setWidth(1000);
            stage.setHeight(650);
        });
        window.minutesOf(robot, meeting);
        // The form's foot (below the attendance at this size), then its head again.
        for (String id : List.of("#attendeeFor", "#minutesOpened", "#addAttendee", "#minutesAdjusted")) {
            Node field = robot.lookup(id).query();
            robot.interact(field::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(outOfView(field)).as(id).isEqualTo("");
        }
    }

    /** How the node stands out of its scroll pane's view ("" when it is whole in it). */
    private static String outOfView(Node node) {
        return onFx(() -> {
            Parent p = node.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            ScrollPane scroll = (ScrollPane) p;
            Bounds view = scroll.localToScene(scroll.getLayoutBounds());
            Bounds b = node.localToScene(node.getBoundsInLocal());
            return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5 ? ""
                    : "%.0f-%.0f in a view of %.0f-%.0f".formatted(b.getMinY(), b.getMaxY(), view.getMinY(),
                            view.getMaxY());
        });
    }
}
