package se.ledamot.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.Samples;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.minutes.MinutesScreen;

/**
 * What a screen opens on next time is written in the background ({@link AppContext}): a meeting chosen in Protokoll
 * the moment before the window closes is still the one it opens on when the program starts again.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class ChoicesKeptWhenTheWindowClosesTest {
    @TempDir
    Path folder;


    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed);

    private void seed(Ledamot app) {
        Samples.addAll(app.matters());
        app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-10-12")));
        app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
    }

    private ComboBox<Meeting> meetings(FxRobot robot) {
        window.show(robot, MinutesScreen.ID);
        ComboBox<Meeting> meetings = robot.lookup("#minutesMeeting").queryComboBox();
        waitUntil(() -> meetings.getItems().size() == 2 && meetings.getValue() != null);
        return meetings;
    }

    @Test
    void aMeetingChosenInProtokollAsTheWindowClosesIsTheOneItOpensOnNextTime(FxRobot robot) throws Exception {
        window.open(robot);
        ComboBox<Meeting> meetings = meetings(robot);
        Meeting other = meetings.getItems().stream().filter(m -> !m.equals(meetings.getValue())).findFirst()
                .orElseThrow();

        robot.interact(() -> {
            meetings.setValue(other);
            window.shell().requestClose();
        });
        waitUntil(() -> !window.shell().stage().isShowing());

        window.open(robot);
        ComboBox<Meeting> again = meetings(robot);
        window.snapshot(robot, "choices-kept-protokoll-reopened");
        assertThat(again.getValue().id()).isEqualTo(other.id());
    }
}
