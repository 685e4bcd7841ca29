package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.l10n.MeetingText;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.task.ManualTaskExecutor;

/**
 * Protokoll in a window over a disk that answers when the test says: the secretary chooses another meeting, types
 * the place of the justering and presses Spara before its minutes are read. The screen says in Swedish that it saves
 * once they are in, keeps her text, and stores it for the meeting she typed it for.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class SaveWhileReadWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final ViewWindow window = new ViewWindow(() -> folder);

    private TestContext test;
    private ManualTaskExecutor disk;
    private Meeting december;

    @BeforeEach
    void twoMeetings() {
        test = window.test();
        Meeting november = test.services.meetings().add(new Meeting(null, "KF", LocalDate.parse("2026-11-16"),
                LocalTime.of(18, 0), "Kommunhuset", MeetingStatus.PLANNED));
        december = test.services.meetings().add(new Meeting(null, "KF", LocalDate.parse("2026-12-14"),
                LocalTime.of(18, 0), "Kommunhuset", MeetingStatus.PLANNED));
        test.services.papers().saveMinutes(Minutes.blank(december.id()).withTimes(LocalTime.of(18, 0), null));
        // She last worked on November's minutes here: Protokoll opens on them, and she chooses December.
        test.context.minutesMeeting().set(String.valueOf(november.id()));
        disk = new ManualTaskExecutor();
    }

    @Test
    void sparaWhileTheChosenMeetingIsReadSaysSoAndStoresWhatWasTyped(FxRobot robot) {
        MinutesViewModel vm = new MinutesViewModel(test.contextOn(disk));
        robot.interact(() -> {
            window.stage().getScene().setRoot(new MinutesView(vm));
            vm.loadMeetings();
            disk.runAll();
        });
        robot.clickOn("#minutesMeeting");
        robot.clickOn(MeetingText.of(december));
        waitUntil(() -> december.equals(vm.meeting().get()));
        assertThat(disk.waiting()).as("the chosen meeting's read waits").isPositive();

        robot.clickOn("#minutesAdjustPlace").write("Sessionssalen");
        robot.clickOn("#saveMinutes");
        Label status = robot.lookup("#minutesStatus").queryAs(Label.class);
        waitUntil(() -> status.getText().contains("läses fortfarande in"));
        assertThat(status.getText()).startsWith("Protokollet för").contains("sparas så snart det är inläst");
        assertThat(robot.lookup("#minutesAdjustPlace").queryAs(TextField.class).getText()).isEqualTo("Sessionssalen");

        robot.interact(disk::runAll);
        waitUntil(() -> status.getText().equals("Protokollet är sparat."));
        assertThat(test.services.papers().minutes(december.id()).adjustPlace()).isEqualTo("Sessionssalen");
        assertThat(robot.lookup("#minutesAdjustPlace").queryAs(TextField.class).getText()).isEqualTo("Sessionssalen");
        assertThat(robot.lookup("#minutesMeeting").queryAs(ComboBox.class).getValue()).isEqualTo(december);
    }
}
