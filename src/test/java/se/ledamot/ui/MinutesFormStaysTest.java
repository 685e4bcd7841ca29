package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;

/**
 * The secretary's walk (session 11) in Protokoll at 1280×800: a message ("Protokollet är sparat.", a wrong date's red
 * line) appeared above the tabs and pushed the form down just as she moved on, so "10.00" and a place she typed went
 * where the fields had been. The fields stay where they are while messages come and go. And the date fields showed
 * their prompt cut ("ÅÅÅÅ-MM-DI").
 */
@WindowTest
@Isolated // it changes the language or the JVM's default locale, which every test beside it would read
@ExtendWith(WindowRobot.class)
class MinutesFormStaysTest {
    @TempDir
    Path folder;

    private long meeting;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, app -> meeting = StoryWindow.plannedMeeting(app))
            .onAComputerIn(Locale.US);

    @Test
    void theFieldsStayWhereTheyAreWhenAMessageComes(FxRobot robot) {
        window.open(robot);
        window.minutesOf(robot, meeting);
        Node time = robot.lookup("#minutesAdjustTime").query();
        Node place = robot.lookup("#minutesAdjustPlace").query();
        Point2D timeBefore = onScreen(time);
        Point2D placeBefore = onScreen(place);

        DatePicker day = robot.lookup("#minutesAdjustDay").queryAs(DatePicker.class);
        MinutesDatesTest.typed(robot, day, "2026-12-33");
        waitUntil(() -> robot.lookup("#minutesError").queryLabeled().getText().contains("2026-12-33"));
        robot.interact(() -> robot.lookup("#minutesOpened").queryTextInputControl().setText("18.00"));
        robot.clickOn("#saveMinutes");
        waitUntil(() -> !robot.lookup("#minutesStatus").queryLabeled().getText().isEmpty());
        robot.interact(() -> time.getScene().getRoot().layout());

        assertThat(onScreen(time)).isEqualTo(timeBefore);
        assertThat(onScreen(place)).isEqualTo(placeBefore);
    }

    @Test
    void theDateFieldsShowTheirWholePrompt(FxRobot robot) {
        window.open(robot);
        window.minutesOf(robot, meeting);
        List<String> cut = onFx(() -> Stream.of("#minutesAdjustDay", "#minutesAdjusted", "#minutesPosted")
                .map(id -> robot.lookup(id).queryAs(DatePicker.class))
                .filter(d -> room(d) < needed(d))
                .map(d -> d.getId() + " " + Math.round(room(d)) + " < " + Math.round(needed(d)))
                .toList());
        assertThat(cut).isEmpty();
    }

    /** The width the editor gives its text: the editor less its padding. */
    private static double room(DatePicker d) {
        var editor = d.getEditor();
        return editor.getWidth() - editor.snappedLeftInset() - editor.snappedRightInset();
    }

    private static double needed(DatePicker d) {
        Text text = new Text(d.getPromptText());
        text.setFont(d.getEditor().getFont());
        return text.getLayoutBounds().getWidth();
    }

    /** Where the node stands in the window (the window itself may be placed elsewhere on the screen meanwhile). */
    private static Point2D onScreen(Node node) {
        return onFx(() -> node.localToScene(0, 0));
    }
}
