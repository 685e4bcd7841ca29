package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.dashboard.DashboardScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * Walked as a secretary on the samples: Sammanträden seen at 1280x800, the window narrowed to 1000x650 on another
 * screen, and Sammanträden again kept its wide width, the agenda reaching past the window's edge (opened at 1000x650
 * it was right). The free-text item's field took the row's width as its own, and the row then kept that width as its
 * least: it could widen, never narrow again.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class AgendaNarrowedAwayWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder);

    @Test
    void narrowedWhileAwayTheAgendaIsInsideTheWindowWhenBack(FxRobot robot) throws Exception {
        MainWindow shell = window.shell();
        waitUntil(() -> shell.context().mattersRevision().get() > 0 && shell.context().tasks().isIdle());
        robot.interact(() -> shell.show(MeetingsScreen.ID));
        ListView<?> agenda = robot.lookup("#agenda-list").queryListView();
        waitUntil(() -> agenda.getItems().size() > 3 && shell.context().tasks().isIdle());

        robot.interact(() -> shell.show(DashboardScreen.ID));
        robot.interact(() -> {
            shell.stage().setWidth(1000);
            shell.stage().setHeight(650);
        });
        robot.interact(() -> shell.show(MeetingsScreen.ID));
        waitUntil(() -> shell.context().tasks().isIdle());
        robot.interact(() -> shell.stage().getScene().getRoot().layout());
        WindowDriver.screenshot(robot, shell.stage().getScene(), "agenda-narrowed-away-1000x650.png");

        double sceneWidth = onFx(() -> shell.stage().getScene().getWidth());
        assertThat(onFx(() -> bounds(agenda).getMaxX())).as("the agenda's right edge in a window %s wide", sceneWidth)
                .isLessThanOrEqualTo(sceneWidth);
        ScrollPane scroll = robot.lookup("#agenda-scroll").queryAs(ScrollPane.class);
        assertThat(onFx(() -> ((Region) scroll.getContent()).getWidth())).as("the builder's width, in its pane")
                .isLessThanOrEqualTo(onFx(() -> scroll.getViewportBounds().getWidth()));
        ListView<?> pending = robot.lookup("#pending-list").queryListView();
        assertThat(onFx(() -> bounds(pending).getMinY() >= bounds(agenda).getMaxY()))
                .as("the pending matters under the agenda, as when opened at 1000x650").isTrue();
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }
}
