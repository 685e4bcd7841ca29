package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.ui.meetings.MeetingsScreen;

/**
 * The secretary's walk (session 9): on Protokoll → Inställningar she types the chair, the secretary and the members,
 * goes to Sammanträden and back, writes the kallelse, restarts. Everything else in the window is stored as it is
 * typed; these fields were dropped when she left the tab's screen without pressing "Spara inställningarna", and the
 * kallelse was written without them.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PaperSettingsKeptTest {
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
    void settingsTypedAreKeptWhenTheScreenIsLeftAndPrintedOnTheKallelse(FxRobot robot) throws Exception {
        window.open(robot);
        openSettings(robot);
        robot.clickOn("#settingsChair").write("Åsa Öst (S)");
        robot.clickOn("#settingsSecretary").write("Anna Berg");

        window.show(robot, MeetingsScreen.ID);
        openSettings(robot);
        window.settled();
        assertThat(text(robot, "#settingsChair")).isEqualTo("Åsa Öst (S)");
        assertThat(text(robot, "#settingsSecretary")).isEqualTo("Anna Berg");
        assertThat(storedKf().secretary()).isEqualTo("Anna Berg");

        // Typed and at once to the kallelse, with no save pressed: the paper has it.
        TextInputControl secretary = robot.lookup("#settingsSecretary").queryTextInputControl();
        robot.interact(secretary::clear);
        robot.clickOn(secretary).write("Anna Berg, kommunsekreterare");
        window.dialogs.saveTo = folder.resolve("kallelse.pdf");
        robot.clickOn("#exportKallelse");
        assertThat(window.saved(folder.resolve("kallelse.pdf"))).contains("Åsa Öst (S)")
                .contains("Anna Berg, kommunsekreterare");

        window.close(robot);
        window.open(robot);
        openSettings(robot);
        waitUntil(() -> text(robot, "#settingsSecretary").equals("Anna Berg, kommunsekreterare"));
    }

    private BodyPapers storedKf() {
        var services = window.shell().context().services();
        Body kf = services.bodies().find("KF").orElseThrow();
        return services.papers().settings().of(kf);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryTextInputControl().getText();
    }

    /** Protokoll, the planned meeting chosen, the Inställningar tab. */
    private void openSettings(FxRobot robot) {
        window.minutesOf(robot, meeting);
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "minutesTabSettings".equals(t.getId())).findFirst().orElseThrow()));
        window.settled();
        waitUntil(() -> robot.lookup("#settingsChair").tryQuery().isPresent()
                && !robot.lookup("#settingsNoticeBoard").queryTextInputControl().isDisabled());
    }
}
