package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.shell.Screen;

/**
 * The buttons under the meetings list are whole at 1280x800 (the walk saw "Sp…", "Ta b…"), and stay whole, with the
 * divider where it was, after the window was made smaller and then restored.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class MeetingButtonsFitTest {
    private static final String PLACE = "Stadshuset, Fullmäktigesalen";

    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private void seed(Ledamot app) {
        app.meetings().add(new Meeting(null, "KF", LocalDate.parse("2027-01-25"), LocalTime.of(18, 0),
                PLACE, MeetingStatus.PLANNED));
    }

    @Test
    void theMeetingButtonsAreWholeBeforeAndAfterTheWindowWasSmaller(FxRobot robot) {
        size(robot, 1280, 800);
        robot.interact(() -> window.shell().show(MeetingsScreen.ID));
        // The screen is made when first shown: its table is waited for, as a user waits for it. The folder is new
        // (no matters), so the samples are stored meanwhile, their meeting too: the seeded one is chosen by its place.
        waitUntil(() -> seeded(robot) >= 0, () -> "screen " + window.shell().currentScreen().map(Screen::id)
                .orElse("none") + ", meetings table " + robot.lookup("#meetings-table").tryQuery()
                        .map(t -> ((TableView<?>) t).getItems().size() + " rows").orElse("not in the window"));
        TableView<?> meetings = robot.lookup("#meetings-table").queryTableView();
        robot.interact(() -> meetings.getSelectionModel().select(seeded(robot)));
        // A meeting made here has no imported kallelse: no button greyed out without a word of why (walked).
        assertThat(onFx(() -> robot.lookup("#meeting-kallelse").queryButton().isVisible())).isFalse();
        assertThat(cut(robot)).isEmpty();
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        double before = onFx(() -> split.getDividerPositions()[0]);

        size(robot, 1000, 650);
        size(robot, 1280, 800);

        assertThat(cut(robot)).isEmpty();
        assertThat(onFx(() -> split.getDividerPositions()[0])).isCloseTo(before, org.assertj.core.data.Offset.offset(0.01));
    }

    /** The row of the seeded meeting in Sammanträden's table, or -1 while it is not there. */
    private static int seeded(FxRobot robot) {
        List<?> rows = robot.lookup("#meetings-table").queryTableView().getItems();
        return rows.indexOf(rows.stream().filter(m -> PLACE.equals(((Meeting) m).place())).findFirst().orElse(null));
    }

    private void size(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            window.shell().stage().setWidth(width);
            window.shell().stage().setHeight(height);
            window.shell().stage().getScene().getRoot().layout();
        });
    }

    /** The meeting form's buttons narrower than they need to show their words. */
    private List<String> cut(FxRobot robot) {
        return onFx(() -> Stream.of("#meeting-new", "#meeting-save", "#meeting-delete", "#meeting-kallelse")
                .map(id -> robot.lookup(id).queryAs(Button.class))
                .filter(b -> b.isVisible() && b.getWidth() + 0.5 < b.prefWidth(-1))
                .map(b -> b.getText() + " " + Math.round(b.getWidth()) + " < " + Math.round(b.prefWidth(-1)))
                .toList());
    }
}
