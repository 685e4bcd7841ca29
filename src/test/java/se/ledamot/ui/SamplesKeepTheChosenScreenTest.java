package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.ui.dashboard.DashboardScreen;
import se.ledamot.ui.meetings.MeetingsScreen;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.Screen;

/**
 * On the first start of a new folder the samples are read in the background and then shown in the register; a user
 * who went to another screen meanwhile stays on it. (The window used to switch to the register whenever the samples
 * were stored: a window test that had gone to Sammanträden lost its table under load, MeetingButtonsFitTest in CI.)
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class SamplesKeepTheChosenScreenTest {
    @TempDir
    Path folder;

    private MainWindow shell;

    @AfterEach
    void close(FxRobot robot) {
        // The samples' background work done first: a close that waits for it under load would ask "Vill du vänta"
        // (the slow-disk question after ten seconds), a dialog no test answers.
        if (shell != null) {
            waitUntil(() -> shell.context().tasks().isIdle());
        }
        robot.interact(() -> {
            if (shell != null && shell.stage().isShowing()) {
                shell.requestClose();
            }
        });
    }

    @Test
    void aUserWhoWentToMeetingsBeforeTheSamplesWereStoredStaysThere(FxRobot robot) {
        // Opened and sent to Sammanträden in one turn of the FX thread: the samples cannot be stored before.
        robot.interact(() -> {
            Platform.setImplicitExit(false);
            shell = DesktopApp.open(new Stage(), folder, TestContext.CLOCK).orElseThrow();
            shell.show(MeetingsScreen.ID);
        });
        // The samples stored and said: the register was told its matters changed.
        waitUntil(() -> shell.context().mattersRevision().get() > 0, () -> "screen "
                + shell.currentScreen().map(Screen::id).orElse("none"));
        assertThat(onFx(() -> shell.currentScreen().map(Screen::id).orElseThrow())).isEqualTo(MeetingsScreen.ID);
    }

    /**
     * A whole run: a user who clicked Översikt, where the window opened, before the samples were stored was taken to
     * Ärenden when they were (the window saw no other screen chosen). Anything she does in the window meanwhile keeps
     * her where she is.
     */
    @Test
    void aUserWhoClickedInTheWindowBeforeTheSamplesWereStoredStaysOnItsFirstScreen(FxRobot robot) {
        robot.interact(() -> {
            Platform.setImplicitExit(false);
            shell = DesktopApp.open(new Stage(), folder, TestContext.CLOCK).orElseThrow();
            javafx.scene.Node overview = shell.root().lookup("#navigation");
            javafx.event.Event.fireEvent(overview, new javafx.scene.input.MouseEvent(
                    javafx.scene.input.MouseEvent.MOUSE_PRESSED, 10, 10, 10, 10, javafx.scene.input.MouseButton.PRIMARY,
                    1, false, false, false, false, true, false, false, true, false, true, null));
        });
        waitUntil(() -> shell.context().mattersRevision().get() > 0);
        waitUntil(() -> shell.context().tasks().isIdle());

        assertThat(onFx(() -> shell.currentScreen().map(Screen::id).orElseThrow())).isEqualTo(DashboardScreen.ID);
    }

    /**
     * The walk: README called Översikt "the first screen", while a new user lands on Ärenden with the samples. The
     * window shows them there (a new user sees her matters, not figures of an empty folder), and README says so.
     */
    @Test
    void aNewUserIsShownTheSamplesInTheRegisterAsReadmeSays(FxRobot robot) throws java.io.IOException {
        String[] opened = new String[1];
        // The screen it opens on, read in the same turn of the FX thread: the samples cannot be stored before.
        robot.interact(() -> {
            Platform.setImplicitExit(false);
            shell = DesktopApp.open(new Stage(), folder, TestContext.CLOCK).orElseThrow();
            opened[0] = shell.currentScreen().map(Screen::id).orElseThrow();
        });
        assertThat(opened[0]).isEqualTo(DashboardScreen.ID);
        waitUntil(() -> shell.currentScreen().map(Screen::id).orElseThrow().equals(RegisterScreen.ID));
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        assertThat(readme).contains("- **Översikt** (where the window opens; on a new data folder's first start it "
                + "shows the sample matters in *Ärenden*");
    }
}
