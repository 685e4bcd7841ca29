package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.look.CutOffText;
import se.ledamot.ui.shell.MainWindow;

/**
 * The secretary's walk: the kallelse said the meeting was posted on the day the paper was printed. On Sammanträden
 * she gives the day the notice goes up on the anslagstavla; a day later than a week before the meeting is warned of
 * (5 kap. 11 §), and the day she saved is there after the program is started again.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class PostingDayWindowTest {
    private static final LocalDate DAY = LocalDate.parse("2027-01-25");

    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private long meetingId;

    private void seed(Ledamot app) {
        meetingId = app.meetings().add(Meeting.planned("KF", DAY)).id();
    }

    @Test
    void thePostingDayIsWarnedOfWhenLateAndKeptAfterARestart(FxRobot robot) throws Exception {
        WindowDriver.openMeetingOn(robot, window.shell(), DAY);
        TextField posted = robot.lookup("#meeting-posted").queryAs(TextField.class);
        Label warning = robot.lookup("#meeting-posted-warning").queryAs(Label.class);
        assertThat(posted.getText()).isEmpty();
        assertThat(warning.isVisible()).isFalse();

        robot.clickOn(posted).write("2027-01-20");
        waitUntil(warning::isVisible);
        assertThat(warning.getText()).contains("5\u00a0kap. 11\u00a0§").contains("senast den 18 januari 2027");
        WindowDriver.screenshot(robot, window.shell().stage().getScene(), "meeting-posting-day-late.png");

        robot.interact(() -> posted.setText(""));
        robot.clickOn(posted).write("2027-01-15");
        waitUntil(() -> !warning.isVisible());
        robot.clickOn("#meeting-save");
        waitForStore(() -> LocalDate.parse("2027-01-15").equals(window.shell().context().services().meetings()
                .require(meetingId).postedOn()));

        MainWindow reopened = window.restart();
        WindowDriver.openMeetingOn(robot, reopened, DAY);
        TextField again = (TextField) reopened.stage().getScene().lookup("#meeting-posted");
        waitUntil(() -> "2027-01-15".equals(again.getText()));
    }

    /** She types February for January: the day after the meeting is refused in Swedish and the stored day stays. */
    @Test
    void aPostingDayAfterTheMeetingIsRefusedAndTheStoredDayStays(FxRobot robot) throws Exception {
        WindowDriver.openMeetingOn(robot, window.shell(), DAY);
        TextField posted = robot.lookup("#meeting-posted").queryAs(TextField.class);
        robot.clickOn(posted).write("2027-01-15");
        robot.clickOn("#meeting-save");
        waitForStore(() -> LocalDate.parse("2027-01-15").equals(window.shell().context().services().meetings()
                .require(meetingId).postedOn()));
        // The save reads the meetings again and fills the form after it is stored: typed before, the day was
        // appended to the one filled in ("2027-01-152027-02-15", walk23 under load).
        waitUntil(() -> robot.lookup(".notification-bar .label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().contains("är sparat")));

        robot.interact(() -> posted.setText(""));
        robot.clickOn(posted).write("2027-02-15");
        // Warned as she types with the reason the save will give, not "för sent" alone (walk23).
        Label warning = robot.lookup("#meeting-posted-warning").queryAs(Label.class);
        String before = "Anslagsdagen den 15 februari 2027 är efter sammanträdet den 25 januari 2027 och kan inte "
                + "sparas: sammanträdet ska tillkännages på anslagstavlan och kallelsen skickas före sammanträdesdagen"
                + " (5\u00a0kap. 11–12\u00a0§§ kommunallagen).";
        waitUntil(() -> before.equals(warning.getText()), () -> "warning '" + warning.getText() + "' for '"
                + posted.getText() + "'");
        assertThat(onFx(() -> CutOffText.in(warning))).isEmpty();
        WindowDriver.screenshot(robot, window.shell().stage().getScene(), "meeting-posting-day-after-typed.png");
        robot.clickOn("#meeting-save");
        String refused = "Anslagsdagen den 15 februari 2027 är efter sammanträdet den 25 januari 2027: sammanträdet ska "
                + "tillkännages på anslagstavlan och kallelsen skickas före sammanträdesdagen (5\u00a0kap. 11–12\u00a0§§ "
                + "kommunallagen). Ingenting är ändrat.";
        // The notices said lately are read together, the newest last ("… är sparat." above it).
        waitUntil(() -> robot.lookup(".notification-bar .label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().lines().anyMatch(refused::equals)),
                () -> "notices: " + robot.lookup(".notification-bar .label").queryAllAs(Labeled.class).stream()
                        .map(Labeled::getText).toList());
        WindowDriver.screenshot(robot, window.shell().stage().getScene(), "meeting-posting-day-after.png");
        assertThat(window.shell().context().services().meetings().require(meetingId).postedOn())
                .isEqualTo(LocalDate.parse("2027-01-15"));
        // The refused day is still hers in the form: closing would ask (meetings32), so she puts the stored one back.
        robot.interact(() -> posted.setText("2027-01-15"));
    }
}
