package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.dashboard.DashboardScreen;
import se.ledamot.ui.look.CutOffText;
import se.ledamot.ui.shell.MainWindow;

/**
 * Walk23: at 1280x800 Sammanträden showed four and a half rows of the agenda, the list the secretary works in, under
 * the item's texts and the suggestion. The agenda now has the column's height above the item's texts, which stay in
 * sight; the suggestion is under the pending matters.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class AgendaRoomWindowTest {
    private static final LocalDate DAY = LocalDate.parse("2027-01-25");
    /** The placeholder's lines, the list's border and a little air: more is an empty list's height. */
    private static final double AIR = 24;
    /** Rows in view at 1280x800 with a dozen items of two lines each: the walk saw four and a half. */
    private static final int ROWS_IN_VIEW = 6;

    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private void seed(Ledamot app) {
        long meeting = app.meetings().add(Meeting.planned("KF", DAY)).id();
        List<Long> matters = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            matters.add(app.matters().add(Matter.newMatter(MatterKind.MOTION, "Gatubelysning " + i)
                    .submitted(LocalDate.parse("2026-09-01")).status(Status.PREPARED).build()).id());
        }
        app.meetings().addMatters(meeting, matters);
    }

    @Test
    void theAgendaHasTheRoomOfTheScreenAt1280x800(FxRobot robot) throws Exception {
        MainWindow shell = window.shell();
        WindowDriver.openMeetingOn(robot, shell, DAY);
        ListView<?> agenda = robot.lookup("#agenda-list").queryListView();
        waitUntil(() -> agenda.getItems().size() >= 12);
        WindowDriver.screenshot(robot, shell.stage().getScene(), "agenda-room-1280x800.png");
        assertThat(rowsInView(robot, agenda)).as("rows of the agenda in view").isGreaterThanOrEqualTo(ROWS_IN_VIEW);
        Node save = robot.lookup("#agenda-item-save").query();
        assertThat(onFx(() -> save.localToScene(save.getLayoutBounds()).getMaxY()))
                .as("the item's Spara punkten in sight").isLessThanOrEqualTo(onFx(() -> statusTop(shell)));

        // Away and back: the agenda keeps its room.
        robot.interact(() -> shell.show(DashboardScreen.ID));
        robot.interact(() -> shell.show(MeetingsScreen.ID));
        waitUntil(() -> agenda.getItems().size() >= 12);
        assertThat(rowsInView(robot, agenda)).as("rows in view after Översikt").isGreaterThanOrEqualTo(ROWS_IN_VIEW);
    }

    /**
     * Walk24, Sammanträden at 1280x800 and 1000x650: with every prepared matter on the agenda, the list of pending matters
     * stayed as tall as a full one, empty but for its placeholder. Empty, it is as high as its placeholder; the room is the
     * agenda's (under it, at 1000x650) and the suggestion's (beside it). The free-text item's field shows its whole
     * example (it read "Punkt utan ärende, t.ex. Avsäg").
     */
    @Test
    void anEmptyPendingListGivesWayAndTheFreeTextExampleIsWhole(FxRobot robot) throws Exception {
        MainWindow shell = window.shell();
        for (double[] size : new double[][] {{1280, 800}, {1000, 650}}) {
            WindowDriver.openMeetingOn(robot, shell, DAY, size[0], size[1]);
            ListView<?> agenda = robot.lookup("#agenda-list").queryListView();
            ListView<?> pending = robot.lookup("#pending-list").queryListView();
            waitUntil(() -> agenda.getItems().size() >= 12 && pending.getItems().isEmpty());
            robot.interact(() -> shell.stage().getScene().getRoot().layout());
            WindowDriver.screenshot(robot, shell.stage().getScene(), "agenda-column-" + (int) size[0] + ".png");
            Label placeholder = (Label) pending.getPlaceholder();
            double needed = onFx(() -> placeholder.prefHeight(pending.getWidth()) + AIR);
            assertThat(onFx(pending::getHeight)).as("the empty list's height at %sx%s, its placeholder's %s px",
                    size[0], size[1], Math.round(needed - AIR)).isLessThanOrEqualTo(needed);
            TextField free = robot.lookup("#agenda-text").queryAs(TextField.class);
            double[] example = onFx(() -> {
                Text words = new Text(free.getPromptText());
                words.setFont(free.getFont());
                return new double[] {words.getLayoutBounds().getWidth(),
                        free.getWidth() - free.snappedLeftInset() - free.snappedRightInset()};
            });
            assertThat(example[1]).as("room for \"%s\" at %sx%s", free.getPromptText(), size[0], size[1])
                    .isGreaterThanOrEqualTo(example[0]);
            Node scene = shell.stage().getScene().getRoot();
            assertThat(onFx(() -> CutOffText.in(scene.lookup("#agenda-scroll")))).as("at %sx%s", size[0], size[1])
                    .isEmpty();
        }
    }

    /** Where the status bar begins: what lies under it is out of sight. */
    private static double statusTop(MainWindow shell) {
        Node status = shell.stage().getScene().lookup(".status-bar");
        return status == null ? shell.stage().getScene().getHeight()
                : status.localToScene(status.getLayoutBounds()).getMinY();
    }

    /** The rows wholly inside the list's window on the screen. */
    private static long rowsInView(FxRobot robot, ListView<?> list) {
        robot.interact(() -> list.getScene().getRoot().layout());
        return onFx(() -> {
            Bounds room = list.localToScene(list.getLayoutBounds());
            Bounds screen = new javafx.geometry.BoundingBox(0, 0, list.getScene().getWidth(),
                    list.getScene().getHeight());
            return list.lookupAll(".list-cell").stream()
                    .filter(n -> n instanceof ListCell<?> c && c.getItem() != null && c.isVisible())
                    .map(n -> n.localToScene(n.getLayoutBounds()))
                    .filter(b -> b.getMinY() >= room.getMinY() - 0.5 && b.getMaxY() <= room.getMaxY() + 0.5
                            && b.getMaxY() <= screen.getMaxY() + 0.5)
                    .count();
        });
    }
}
