package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
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
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;

/**
 * Sammanträden in a council with years of meetings behind it (the walk at 100 000 matters, round 27): the screen
 * chose the next meeting and showed its agenda, but the list stood at the oldest meeting, twenty years back, the
 * chosen row far out of view. The chosen meeting is now in view, as when she clicks it.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class MeetingsOfManyYearsTest {
    private static final int HELD = 120;

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, app -> {
        LocalDate first = LocalDate.parse("2016-01-20");
        for (int i = 0; i < HELD; i++) {
            app.meetings().add(Meeting.planned(i % 2 == 0 ? "KF" : "KS", first.plusMonths(i))
                    .withStatus(MeetingStatus.HELD));
        }
        StoryWindow.plannedMeeting(app);
    });

    @Test
    void theNextMeetingChosenIsInViewNotTheOldest(FxRobot robot) {
        TableView<Meeting> table = openedOnThePlannedMeeting(robot);
        int chosen = onFx(() -> table.getSelectionModel().getSelectedIndex());
        assertThat(chosen).as("after the years held").isGreaterThanOrEqualTo(HELD);
        waitUntil(() -> WindowDriver.rowInView(table, chosen),
                () -> "rows in view: " + WindowDriver.rowsInView(table));
    }

    /**
     * A whole run: the list read again once the samples came (three meetings more above the chosen one) kept the
     * chosen row where it was, the list did not, and the chosen meeting stood below the edge (rows 108–121 of 124).
     */
    @Test
    void theChosenMeetingStaysInViewWhenMoreComeAboveIt(FxRobot robot) {
        TableView<Meeting> table = openedOnThePlannedMeeting(robot);
        Meeting chosen = onFx(() -> table.getSelectionModel().getSelectedItem());
        java.util.List<Meeting> added = new java.util.ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            added.add(window.shell().context().services().meetings().add(Meeting.planned("KS",
                    LocalDate.parse("2025-06-0" + i)).withStatus(MeetingStatus.HELD)));
        }

        window.show(robot, se.ledamot.ui.register.RegisterScreen.ID);
        window.show(robot, MeetingsScreen.ID);
        window.settled();

        waitUntil(() -> table.getItems().containsAll(added) && chosen.equals(table.getSelectionModel()
                .getSelectedItem()) && WindowDriver.rowInView(table, table.getSelectionModel().getSelectedIndex()),
                () -> "rows in view: " + WindowDriver.rowsInView(table) + ", chosen "
                        + table.getSelectionModel().getSelectedIndex() + " of " + table.getItems().size());
    }

    /** Sammanträden opened, its table (once the planned meeting is chosen). */
    private TableView<Meeting> openedOnThePlannedMeeting(FxRobot robot) {
        window.open(robot);
        window.show(robot, MeetingsScreen.ID);
        window.settled();
        TableView<Meeting> table = robot.lookup("#meetings-table").queryTableView();
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().status() == MeetingStatus.PLANNED);
        return table;
    }
}
