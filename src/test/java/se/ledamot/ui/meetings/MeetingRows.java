package se.ledamot.ui.meetings;

import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;

/** Sammanträden's list of meetings, driven with the mouse as the secretary does. */
final class MeetingRows {
    private MeetingRows() {
    }

    /**
     * Clicks the meeting's row until the table has it chosen (asked of the table: the row clicked may show another
     * meeting once the list is read again), then waits for the window to settle.
     */
    static void click(FxRobot robot, StoryWindow window, Meeting meeting) {
        Node row = robot.lookup("#meetings-table .table-row-cell").match(r -> r instanceof TableRow<?> t
                && t.getItem() instanceof Meeting m && m.id().equals(meeting.id())).query();
        TableView<?> table = robot.lookup("#meetings-table").queryTableView();
        WindowDriver.clickUntil(robot, row, () -> table.getSelectionModel().getSelectedItem() instanceof Meeting m
                && m.id().equals(meeting.id()));
        window.settled();
    }

    /**
     * Clicks the meeting's row once where the form of the meeting chosen cannot be stored (a day typed wrongly):
     * waits until the window has said so and the table has {@code stays} chosen again.
     */
    static void clickStaying(FxRobot robot, StoryWindow window, Meeting meeting, Meeting stays) {
        int said = window.dialogs.notifications.size();
        robot.clickOn(robot.lookup("#meetings-table .table-row-cell").match(r -> r instanceof TableRow<?> t
                && t.getItem() instanceof Meeting m && m.id().equals(meeting.id())).queryAs(Node.class));
        TableView<?> table = robot.lookup("#meetings-table").queryTableView();
        WindowDriver.waitUntil(() -> window.dialogs.notifications.size() > said
                && table.getSelectionModel().getSelectedItem() instanceof Meeting m && m.id().equals(stays.id()));
        window.settled();
    }

    /**
     * Someone else (another window on the shared server) puts the meeting in Folkets hus after her form was filled
     * (the row clicked); she types Biblioteket in Plats.
     */
    static void typedOverTheirs(FxRobot robot, StoryWindow window, Meeting meeting) {
        click(robot, window, meeting);
        se.ledamot.service.MeetingService meetings = window.shell().context().services().meetings();
        Meeting theirs = meetings.require(meeting.id());
        meetings.save(theirs, theirs.withPlace("Folkets hus"));
        robot.clickOn("#meeting-place").push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.A)
                .write("Biblioteket");
    }
}
