package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.ledamot.ui.meetings.MeetingsScreen;
import se.ledamot.ui.settings.SettingsScreen;

/**
 * The walk of session 11 found two council names: one under Inställningar, one typed under Protokoll's settings for
 * the papers. There is one now: named under Inställningar, it stands on Protokoll's settings (to read, with where to
 * change it) and on the kallelse written from there.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OneCouncilNameWindowTest {
    @TempDir
    Path folder;

    private StoryWindow window;
    private long meeting;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        meeting = StoryWindow.plannedMeeting(folder);
        window = new StoryWindow(stage, folder);
    }

    @AfterEach
    void end(FxRobot robot) throws Exception {
        window.end(robot);
    }

    @Test
    void theNameTypedUnderInstallningarIsTheOneProtokollShowsAndTheKallelsePrints(FxRobot robot) throws Exception {
        window.open(robot);
        // Arkiv → Inställningar… (Ctrl+,)
        robot.interact(() -> window.shell().show(SettingsScreen.ID));
        waitUntil(() -> robot.lookup("#council-name").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#council-name").write("Sävsjö kommun");
        window.show(robot, MeetingsScreen.ID);
        waitUntil(() -> "Sävsjö kommun".equals(window.shell().context().services().settings().councilName()));

        window.minutesOf(robot, meeting);
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "minutesTabSettings".equals(t.getId())).findFirst().orElseThrow()));
        window.settled();
        Labeled council = robot.lookup("#settingsCouncil").queryAs(Labeled.class);
        waitUntil(() -> council.getText().startsWith("Sävsjö kommun"));
        assertThat(council.getText()).isEqualTo("Sävsjö kommun (ändras under Arkiv → Inställningar…)");
        window.snapshot(robot, "one-council-name-protokoll");

        window.dialogs.saveTo = folder.resolve("kallelse.pdf");
        robot.clickOn("#exportKallelse");
        assertThat(window.saved(folder.resolve("kallelse.pdf"))).contains("Sävsjö kommun");
    }
}
