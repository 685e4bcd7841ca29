package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.look.CutOffText;
import se.ledamot.ui.shell.MainWindow;

/**
 * Walk24, Sammanträden at 1280x800 and 1000x650: with every prepared matter on the agenda, the list of pending matters
 * stayed as tall as a full one, empty but for its placeholder. Empty, it is as high as its placeholder; the room is the
 * agenda's (under it, at 1000x650) and the suggestion's (beside it). The free-text item's field shows its whole
 * example (it read "Punkt utan ärende, t.ex. Avsäg").
 */
@WindowTest
@ExtendWith(ApplicationExtension.class)
class AgendaColumnWindowTest {
    private static final LocalDate DAY = LocalDate.parse("2027-01-25");
    /** The placeholder's lines, the list's border and a little air: more is an empty list's height. */
    private static final double AIR = 24;

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
    void anEmptyPendingListGivesWayAndTheFreeTextExampleIsWhole(FxRobot robot) throws Exception {
        MainWindow shell = window.shell();
        for (double[] size : new double[][] {{1280, 800}, {1000, 650}}) {
            robot.interact(() -> {
                shell.stage().setWidth(size[0]);
                shell.stage().setHeight(size[1]);
                shell.show(MeetingsScreen.ID);
            });
            @SuppressWarnings("unchecked")
            TableView<Meeting> meetings = (TableView<Meeting>) shell.stage().getScene().lookup("#meetings-table");
            waitUntil(() -> meetings.getItems().stream().anyMatch(m -> m.date().equals(DAY)));
            robot.interact(() -> meetings.getSelectionModel().select(meetings.getItems().stream()
                    .filter(m -> m.date().equals(DAY)).findFirst().orElseThrow()));
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
}
