package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.WindowDriver;

/**
 * "Text a user typed is never lost, not on a crash": the secretary types the meeting's place and time in
 * Sammanträden and clicks nothing; once her typing pauses they are on disk, read by a second, fresh open of the data
 * folder as after a crash (they were stored only on Spara, another meeting, leaving the screen or closing).
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class MeetingFormPauseWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"), this::seed)
            .withScreens(MeetingsScreen::install);

    private long meetingId;

    /** A matter written: the folder is not new, so no sample data. */
    private void seed(Ledamot app) {
        app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen")
                .submitted(LocalDate.parse("2026-11-01")).status(Status.PREPARED).build());
        meetingId = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")).withPlace("Stadshuset"))
                .id();
    }

    @Test
    void thePlaceAndTimeTypedAreOnDiskOnceTypingPausesWithoutLeavingTheMeeting(FxRobot robot) throws Exception {
        window.open(robot);
        window.show(robot, MeetingsScreen.ID);
        @SuppressWarnings("unchecked")
        TableView<Meeting> meetings = robot.lookup("#meetings-table").queryAs(TableView.class);
        waitUntil(() -> meetings.getItems().stream().anyMatch(m -> m.id() == meetingId));
        robot.interact(() -> meetings.getSelectionModel().select(meetings.getItems().stream()
                .filter(m -> m.id() == meetingId).findFirst().orElseThrow()));
        TextField place = robot.lookup("#meeting-place").queryAs(TextField.class);
        TextField time = robot.lookup("#meeting-time").queryAs(TextField.class);
        waitUntil(() -> "Stadshuset".equals(place.getText()));

        robot.clickOn(place).write(", rum 2");
        waitForStore(() -> "Stadshuset, rum 2".equals(stored().place()));
        robot.clickOn(time).write("18:30");
        waitForStore(() -> LocalTime.of(18, 30).equals(stored().time()));
        WindowDriver.screenshot(robot, time.getScene(), "meeting-form-pause.png");

        try (Ledamot afterACrash = Ledamot.open(folder.resolve("data"), TestContext.CLOCK)) {
            Meeting read = afterACrash.meetings().require(meetingId);
            assertThat(read.place()).isEqualTo("Stadshuset, rum 2");
            assertThat(read.time()).isEqualTo(LocalTime.of(18, 30));
        }
        assertThat(time.isFocused()).as("she is still in the field").isTrue();
        assertThat(time.getText()).as("as she typed it").isEqualTo("18:30");
        assertThat(place.getText()).isEqualTo("Stadshuset, rum 2");
        assertThat(meetings.getSelectionModel().getSelectedItem().id()).isEqualTo(meetingId);
    }

    private Meeting stored() {
        return window.shell().context().services().meetings().require(meetingId);
    }
}
