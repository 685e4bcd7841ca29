package se.ledamot.ui.debate;

import static se.ledamot.ui.WindowDriver.waitUntil;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import org.testfx.api.FxRobot;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.DebateItem;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;

/** The two-window debate tests' council: one prepared motion on a planned KF's agenda, and Debatt opened on it. */
final class MotionOnTheAgenda {
    private MotionOnTheAgenda() {
    }

    /** Stores the motion and the meeting; the motion's agenda item's id. */
    static long seed(Ledamot app) {
        long motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen")
                .submitted(LocalDate.parse("2026-11-01")).status(Status.PREPARED).build()).id();
        Meeting kf = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        return app.meetings().addMatters(kf.id(), List.of(motion)).getFirst().id();
    }

    /** Debatt with the meeting chosen and the item selected (not yet settled: callers wait for what they need). */
    static void open(StoryWindow window, FxRobot robot, long item) {
        window.show(robot, DebateScreen.ID);
        ComboBox<Meeting> meetings = robot.lookup("#debateMeetings").queryComboBox();
        waitUntil(() -> !meetings.getItems().isEmpty());
        robot.interact(() -> meetings.setValue(meetings.getItems().getFirst()));
        ListView<DebateItem> items = robot.lookup("#debateItems").queryListView();
        waitUntil(() -> items.getItems().stream().anyMatch(r -> r.item().id() == item));
        robot.interact(() -> items.getSelectionModel().select(items.getItems().stream()
                .filter(r -> r.item().id() == item).findFirst().orElseThrow()));
    }
}
