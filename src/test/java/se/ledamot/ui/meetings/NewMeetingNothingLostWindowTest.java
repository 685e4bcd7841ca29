package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.shell.FieldLimits;

/**
 * Meetings34, in the real window at 1280×800: a new meeting typed (Nytt sammanträde, its fields filled, Spara not
 * pressed) is stored as she leaves Sammanträden or closes the window (flush did nothing without a meeting chosen:
 * it was lost); one that cannot be stored (a wrong day) is said, and there, framed in red, when she is back.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class NewMeetingNothingLostWindowTest {
    private static final LocalDate DAY = LocalDate.parse("2026-12-21");

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"));

    @Test
    void aNewMeetingTypedIsStoredWhenSheLeavesTheScreen(FxRobot robot) throws Exception {
        typedNew(robot, DAY.toString());
        window.show(robot, "dashboard");
        window.settled();
        window.snapshot(robot, "meetings34-new-left");
        assertThat(ours()).as("stored on leaving").hasValueSatisfying(m -> assertThat(m.place())
                .isEqualTo("Folkets hus"));
        window.show(robot, MeetingsScreen.ID);
        window.settled();
        window.snapshot(robot, "meetings34-new-back");
        assertThat(robot.lookup("#meeting-place").queryTextInputControl().getText()).isEqualTo("Folkets hus");
        assertThat(window.shell().context().services().meetings().list().stream()
                .filter(m -> m.date().equals(DAY))).as("stored once").hasSize(1);
    }

    @Test
    void aNewMeetingTypedIsStoredWhenSheClosesTheWindow(FxRobot robot) throws Exception {
        typedNew(robot, DAY.toString());
        window.close(robot);
        assertThat(window.dialogs.asked).as("nothing to ask").isEmpty();
        window.open(robot);
        assertThat(ours()).hasValueSatisfying(m -> assertThat(m.place()).isEqualTo("Folkets hus"));
        assertThat(window.shell().context().services().meetings().list().stream()
                .filter(m -> m.date().equals(DAY))).as("stored once").hasSize(1);
    }

    @Test
    void aNewMeetingWithAWrongDayIsSaidAndThereFramedWhenSheIsBack(FxRobot robot) throws Exception {
        typedNew(robot, "31/2");
        window.dialogs.notifications.clear();
        window.show(robot, "dashboard");
        window.settled();
        assertThat(window.dialogs.notifications).containsExactly("Det nya sammanträdet sparades inte: ”31/2” är"
                + " inget giltigt datum. Skriv datum som 2026-12-14.");
        window.show(robot, MeetingsScreen.ID);
        window.settled();
        window.snapshot(robot, "meetings34-new-wrong-day-back");
        TextField date = robot.lookup("#meeting-date").queryAs(TextField.class);
        assertThat(date.getText()).isEqualTo("31/2");
        assertThat(FieldLimits.isOver(date)).as("the day framed in red").isTrue();
        assertThat(robot.lookup("#meeting-place").queryTextInputControl().getText()).isEqualTo("Folkets hus");
        window.dialogs.confirmAnswer = false;
        window.close(robot);
        assertThat(window.dialogs.asked).as("the close question").singleElement().asString()
                .startsWith("Några ändringar kunde inte sparas i databasen.");
    }

    /** A new meeting typed, then another meeting chosen in the list: the new one is stored, her choice stays. */
    @Test
    void aNewMeetingTypedIsStoredWhenSheChoosesAnotherMeeting(FxRobot robot) {
        typedNew(robot, DAY.toString());
        Meeting sample = window.plannedMeeting().orElseThrow();
        MeetingRows.click(robot, window, sample);
        window.settled();
        waitUntil(() -> ours().isPresent(), window.dialogs::lastNotification);
        assertThat(ours().orElseThrow().place()).isEqualTo("Folkets hus");
        TableView<Meeting> meetings = robot.lookup("#meetings-table").queryTableView();
        assertThat(meetings.getSelectionModel().getSelectedItem().id()).isEqualTo(sample.id());
        assertThat(robot.lookup("#meeting-date").queryTextInputControl().getText())
                .isEqualTo(sample.date().toString());
    }

    private void typedNew(FxRobot robot, String day) {
        window.open(robot);
        waitUntil(() -> window.plannedMeeting().isPresent());
        window.show(robot, MeetingsScreen.ID);
        window.settled();
        robot.clickOn("#meeting-new");
        robot.clickOn("#meeting-date").write(day);
        robot.clickOn("#meeting-time").write("18.00");
        robot.clickOn("#meeting-place").write("Folkets hus");
        window.settled();
    }

    private Optional<Meeting> ours() {
        return window.shell().context().services().meetings().list().stream().filter(m -> m.date().equals(DAY))
                .findFirst();
    }
}
