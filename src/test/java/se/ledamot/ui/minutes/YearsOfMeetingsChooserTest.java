package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.meetings.MeetingsScreen;

/**
 * Twenty years of meetings (1 396 in the 100 000-matter folder): Protokoll's chooser of meetings measured the text of
 * every one of them for its width, on the FX thread, each time the screen was shown and its list read again (125 ms
 * there). It measures the latest ones, whose texts are as long as any.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class YearsOfMeetingsChooserTest {
    private static final int MEETINGS = 400;

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, YearsOfMeetingsChooserTest::seed);

    private static void seed(Ledamot app) {
        for (int i = 0; i < MEETINGS; i++) {
            app.meetings().add(Meeting.planned(i % 2 == 0 ? "KF" : "KS", LocalDate.parse("2026-11-16").minusWeeks(i)));
        }
    }

    @Test
    void theChooserDoesNotMeasureEveryMeetingWhenItsListIsReadAgain(FxRobot robot) {
        window.open(robot);
        window.show(robot, MinutesScreen.ID);
        window.settled();
        ComboBox<Meeting> chooser = robot.lookup("#minutesMeeting").queryComboBox();
        WindowDriver.waitUntil(() -> chooser.getItems().size() >= MEETINGS);
        AtomicInteger texts = new AtomicInteger();
        robot.interact(() -> chooser.setConverter(counted(chooser.getConverter(), texts)));

        window.show(robot, MeetingsScreen.ID);
        window.show(robot, MinutesScreen.ID);
        window.settled();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chooser.getItems().size()).isGreaterThanOrEqualTo(MEETINGS);
        assertThat(texts.get()).as("meetings' texts made for the chooser").isPositive().isLessThan(MEETINGS / 2);
    }

    private static StringConverter<Meeting> counted(StringConverter<Meeting> shown, AtomicInteger texts) {
        return new StringConverter<>() {
            @Override
            public String toString(Meeting m) {
                texts.incrementAndGet();
                return shown.toString(m);
            }

            @Override
            public Meeting fromString(String text) {
                return shown.fromString(text);
            }
        };
    }
}
