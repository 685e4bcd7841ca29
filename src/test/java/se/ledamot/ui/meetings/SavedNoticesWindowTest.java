package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import org.controlsfx.control.NotificationPane;
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
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * Walked as a secretary: notices of saves piled up, "Sammanträdet … är sparat" of a meeting saved before shown with
 * the one just saved. The notice of a save takes the place of the one before, and goes when she goes to another
 * screen (it is old news there).
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class SavedNoticesWindowTest {
    private static final LocalDate JANUARY = LocalDate.parse("2027-01-25");
    private static final LocalDate FEBRUARY = LocalDate.parse("2027-02-22");

    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private void seed(Ledamot app) {
        app.meetings().add(Meeting.planned("KF", JANUARY));
        app.meetings().add(Meeting.planned("KF", FEBRUARY));
    }

    @Test
    void theNoticeOfASaveReplacesTheOneBeforeAndGoesWhenSheMovesOn(FxRobot robot) throws Exception {
        MainWindow shell = window.shell();
        NotificationPane notices = robot.lookup(n -> n instanceof NotificationPane).queryAs(NotificationPane.class);
        saved(robot, shell, JANUARY, "Stadshuset");
        waitUntil(() -> notices.isShowing() && notices.getText().contains("25 januari 2027 är sparat"),
                notices::getText);
        saved(robot, shell, FEBRUARY, "Folkets hus");
        waitUntil(() -> notices.getText().contains("22 februari 2027 är sparat"), notices::getText);
        robot.interact(() -> shell.stage().getScene().getRoot().layout());
        WindowDriver.screenshot(robot, shell.stage().getScene(), "saved-notices.png");
        String shown = onFx(notices::getText);
        assertThat(shown).as("the notices shown").doesNotContain("25 januari 2027 är sparat");

        robot.interact(() -> shell.show(RegisterScreen.ID));
        waitUntil(() -> shell.context().tasks().isIdle());
        String after = onFx(() -> notices.isShowing() ? notices.getText() : "");
        assertThat(after).as("the notices shown on Ärenden").doesNotContain("är sparat");
    }

    private static void saved(FxRobot robot, MainWindow shell, LocalDate day, String place) {
        WindowDriver.openMeetingOn(robot, shell, day);
        robot.clickOn("#meeting-place").write(place);
        robot.clickOn("#meeting-save");
        waitUntil(() -> shell.context().tasks().isIdle() && shell.context().tasks().running().isEmpty());
    }
}
