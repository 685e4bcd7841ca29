package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.reveal;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;

/**
 * "Text a user typed is never lost, not on a crash": the secretary types where and when the protokoll is justerat in
 * Protokoll and clicks nothing; once her typing pauses it is in the database (it was stored only on Spara
 * protokollet, another meeting or leaving the screen).
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class MeetingMinutesPauseWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"), this::seed)
            .withScreens(MinutesScreen::install);

    private long meetingId;

    private void seed(Ledamot app) {
        MinutesFlowTest.motionOnCycleLanes(app);
        Meeting kf = MinutesFlowTest.councilOn16November(app);
        meetingId = kf.id();
        app.papers().saveMinutes(app.papers().minutes(kf.id()).withAdjustment(List.of(), null, null, "Kommunhuset"));
    }

    @Test
    void thePlaceAndTimeOfTheJusteringTypedAreStoredOnceTypingPauses(FxRobot robot) throws Exception {
        window.open(robot);
        TextField place = robot.lookup("#minutesAdjustPlace").queryAs(TextField.class);
        TextField time = robot.lookup("#minutesAdjustTime").queryAs(TextField.class);
        waitUntil(() -> "Kommunhuset".equals(place.getText()));
        reveal(robot, place);

        robot.clickOn(place).write(", rum 2");
        waitForStore(() -> "Kommunhuset, rum 2".equals(stored().adjustPlace()));
        robot.clickOn(time).write("10.00");
        waitForStore(() -> LocalTime.of(10, 0).equals(stored().adjustTime()));
        assertThat(time.isFocused()).as("she is still in the field").isTrue();
        assertThat(place.getText()).isEqualTo("Kommunhuset, rum 2");
    }

    private se.ledamot.domain.minutes.Minutes stored() {
        return window.shell().context().services().papers().minutes(meetingId);
    }
}
