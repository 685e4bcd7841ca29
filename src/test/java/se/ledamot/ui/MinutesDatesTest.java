package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;

/**
 * The secretary's walk (session 9), on a computer set to English (LANG=C.UTF-8, as under Xvfb): in Protokoll she
 * types the day of the justering as every paper writes it, 2027-01-28, and goes on; the field was emptied without a
 * word, and so was a day that does not exist. Dates there are read as ÅÅÅÅ-MM-DD, and a date that is no date stays in
 * the field, framed in red, and is said.
 */
@WindowTest
@Isolated // it changes the language or the JVM's default locale, which every test beside it would read
@ExtendWith(WindowRobot.class)
class MinutesDatesTest {
    @TempDir
    Path folder;

    private long meeting;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, app -> meeting = StoryWindow.plannedMeeting(app))
            .onAComputerIn(Locale.US);

    @Test
    void theDayOfTheJusteringIsTypedAsThePapersWriteIt(FxRobot robot) {
        window.open(robot);
        window.minutesOf(robot, meeting);

        DatePicker day = robot.lookup("#minutesAdjustDay").queryAs(DatePicker.class);
        typed(robot, day, "2027-01-28");
        waitUntil(() -> LocalDate.parse("2027-01-28").equals(day.getValue()),
                () -> day.getEditor().getText() + " / " + day.getValue());

        typed(robot, day, "2027-02-30");
        waitUntil(() -> robot.lookup("#minutesError").queryLabeled().getText().contains("2027-02-30"));
        assertThat(day.getValue()).isEqualTo(LocalDate.parse("2027-01-28"));
        assertThat(day.getEditor().getText()).isEqualTo("2027-02-30");
        assertThat(se.ledamot.ui.shell.IsoDates.isWrong(day)).isTrue();
    }

    /**
     * The walk (session 11): a wrong day, then the right one; the red line "… är inget giltigt datum" stayed above
     * the tabs after the day was typed right, until she chose a paragraph.
     */
    @Test
    void aDayTypedRightAfterAWrongOneTakesTheMessageAway(FxRobot robot) {
        window.open(robot);
        window.minutesOf(robot, meeting);

        DatePicker day = robot.lookup("#minutesAdjustDay").queryAs(DatePicker.class);
        typed(robot, day, "2026-12-33");
        waitUntil(() -> robot.lookup("#minutesError").queryLabeled().getText().contains("2026-12-33"));
        assertThat(robot.lookup("#minutesError").queryLabeled().getStyleClass()).as("the warning line's style")
                .contains("field-warning");
        typed(robot, day, "2026-12-16");
        waitUntil(() -> LocalDate.parse("2026-12-16").equals(day.getValue()));
        assertThat(robot.lookup("#minutesError").queryLabeled().getText()).isEmpty();
        assertThat(robot.lookup("#minutesError").queryLabeled().isManaged()).as("the empty line keeps its room")
                .isTrue();
        assertThat(se.ledamot.ui.shell.IsoDates.isWrong(day)).isFalse();
    }

    /**
     * Walk 31: the secretary types "31/2" in the empty Justering dag and presses Enter, as a person does; the field
     * was emptied, and the message said the earlier date was kept, where there was none.
     */
    @Test
    void aWrongDayTypedWithEnterInAnEmptyFieldStaysThere(FxRobot robot) {
        window.open(robot);
        window.minutesOf(robot, meeting);
        window.minutesTab(robot, "minutesTabMeeting");

        DatePicker day = robot.lookup("#minutesAdjustDay").queryAs(DatePicker.class);
        WindowDriver.clickShown(robot, "#minutesAdjustDay").write("31/2").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#minutesError").queryLabeled().getText().contains("31/2"));
        window.settled();
        assertThat(day.getEditor().getText()).isEqualTo("31/2");
        assertThat(day.getValue()).isNull();
        assertThat(robot.lookup("#minutesError").queryLabeled().getText()).doesNotContain("tidigare", "previous");
    }

    /** The text in the field and committed, as Enter or leaving the field does. */
    static void typed(FxRobot robot, DatePicker day, String text) {
        robot.interact(() -> {
            day.getEditor().setText(text);
            day.commitValue();
        });
    }
}
