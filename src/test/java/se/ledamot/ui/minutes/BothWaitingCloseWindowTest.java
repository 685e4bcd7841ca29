package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;

/**
 * Protokoll with two choices put aside ("Välj senare"): the papers' settings (another secretary stored another
 * secretary's name) and the meeting's minutes (another place of approval). Closing the window showed one conflict
 * view and then, replacing it, another: the settings' choice went out of sight. Now one view lists both, and each
 * choice is stored where it belongs.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class BothWaitingCloseWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, app -> meeting = StoryWindow.plannedMeeting(app));

    private long meeting;

    @Test
    void closingWithTheMinutesAndTheSettingsWaitingShowsBothInOneView(FxRobot robot) throws Exception {
        window.open(robot);
        window.minutesSettingsOf(robot, meeting);
        var services = window.shell().context().services();
        Body kf = services.bodies().find("KF").orElseThrow();
        PaperSettings settings = services.papers().settings();
        services.papers().saveSettings(settings, settings.withBody(settings.of(kf).withSecretary("Lars Berg")), kf);
        robot.clickOn("#settingsSecretary").write("Karin Dahl");
        robot.clickOn("#settingsSave");
        later(robot);

        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "minutesTabMeeting".equals(t.getId())).findFirst().orElseThrow()));
        Minutes minutes = services.papers().storedMinutes(meeting);
        services.papers().saveMinutes(minutes, minutes.withAdjustment(minutes.adjusters(), minutes.adjustDay(),
                minutes.adjustTime(), "Stadshuset"));
        robot.clickOn("#minutesAdjustPlace").write("Kansliet, rum 3");
        robot.clickOn("#saveMinutes");
        later(robot);

        // She closes and, asked, stays: one view with both choices.
        window.dialogs.confirmAnswer = false;
        int asked = window.dialogs.asked.size();
        window.close(robot);
        Window view = WindowDriver.conflictView(robot);
        waitUntil(() -> window.dialogs.asked.size() > asked);
        assertThat(window.dialogs.asked.size()).as("one close question").isEqualTo(asked + 1);
        assertThat(window.dialogs.asked.getLast()).contains("Kommunfullmäktige").contains("KF 2026-12-14");
        assertThat(counter(robot)).isEqualTo("Konflikt 1 av 2");
        WindowDriver.screenshot(robot, view.getScene(), "both-waiting-close-view.png");
        String first = onFx(() -> robot.lookup("#conflict-mine").queryAs(TextArea.class).getText());
        robot.clickOn("#conflict-choose-mine");
        waitUntil(() -> "Konflikt 2 av 2".equals(counter(robot)));
        String second = onFx(() -> robot.lookup("#conflict-mine").queryAs(TextArea.class).getText());
        assertThat(java.util.List.of(first, second)).containsExactlyInAnyOrder("Karin Dahl", "Kansliet, rum 3");
        robot.clickOn("#conflict-choose-mine");
        waitUntil(() -> !view.isShowing());

        waitForStore(() -> "Karin Dahl".equals(services.papers().settings().of(kf).secretary()));
        waitForStore(() -> "Kansliet, rum 3".equals(services.papers().storedMinutes(meeting).adjustPlace()));
        waitForStore(() -> services.putAside().waiting().isEmpty());
        assertThat(window.shell().stage().isShowing()).isTrue();
        window.dialogs.confirmAnswer = true;
    }

    private static String counter(FxRobot robot) {
        return onFx(() -> robot.lookup("#sync-conflicts").queryAs(javafx.scene.layout.VBox.class).getChildren()
                .stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText()).findFirst().orElse(""));
    }

    /** The conflict view comes; "Välj senare". */
    private static void later(FxRobot robot) {
        Window view = WindowDriver.conflictView(robot);
        robot.clickOn("#conflict-later");
        waitUntil(() -> !view.isShowing());
    }
}
