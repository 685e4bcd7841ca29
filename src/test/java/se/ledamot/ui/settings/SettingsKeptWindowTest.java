package se.ledamot.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.Month;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.WindowDriver;

/**
 * Issue 16.5 in the real window (1280×800, on a data folder), Inställningar: she ticks May among the months the
 * council's rules report in, where another secretary stored March only meanwhile, and chooses later ("Välj senare");
 * she closes the window (the question says the rules are kept; the story window answers yes) and starts again.
 * Opening Inställningar asks again with her months, and her choice is stored and no longer kept.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class SettingsKeptWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder);

    @Test
    void theRulesPutAsideAreAskedAgainAfterARestart(FxRobot robot) throws Exception {
        window.open(robot);
        window.show(robot, SettingsScreen.ID);
        CheckBox may = robot.lookup("#report-5").queryAs(CheckBox.class);
        waitUntil(() -> !may.isDisabled());
        window.settled();
        var settings = window.shell().context().services().settings();
        CouncilRules copy = settings.rules();
        settings.save(copy, copy.withReportMonths(Set.of(Month.MARCH)));
        robot.clickOn("#report-5");
        Window view = WindowDriver.conflictView(robot);
        robot.clickOn("#conflict-later");
        waitUntil(() -> !view.isShowing());

        window.close(robot);
        waitUntil(() -> !window.shell().stage().isShowing());
        assertThat(window.dialogs.asked.getLast()).contains("Fullmäktiges regler").contains("finns kvar");
        try (Ledamot closed = Ledamot.open(folder, TestContext.CLOCK)) {
            assertThat(closed.putAside().waiting()).hasSize(1);
            assertThat(closed.settings().rules().reportMonths()).containsExactly(Month.MARCH);
        }

        window.open(robot);
        window.show(robot, SettingsScreen.ID);
        Window again = WindowDriver.conflictView(robot);
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).contains("maj");
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).isEqualTo("mars");
        window.snapshot(robot, "put-aside-settings-after-restart");
        WindowDriver.screenshot(robot, again.getScene(), "put-aside-settings-view-after-restart.png");

        robot.clickOn("#conflict-choose-mine");
        var services = window.shell().context().services();
        waitForStore(() -> services.settings().rules().reportMonths().contains(Month.MAY));
        waitForStore(() -> services.putAside().waiting().isEmpty());
    }
}
