package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.reveal;
import static se.ledamot.ui.WindowDriver.waitForStore;

import java.nio.file.Path;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.WindowDriver;

/**
 * "Text a user typed is never lost, not on a crash": the secretary types the council's secretary and the notice
 * board on Protokoll's Inställningar and clicks nothing; once her typing pauses they are on disk, read by a second,
 * fresh open of the data folder as after a crash (they were stored only on Spara, another meeting or leaving).
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class PaperSettingsPauseWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"), this::seed)
            .withScreens(MinutesScreen::install);

    private long meetingId;

    private void seed(Ledamot app) {
        MinutesFlowTest.motionOnCycleLanes(app);
        Meeting kf = MinutesFlowTest.councilOn16November(app);
        meetingId = kf.id();
    }

    @Test
    void theSettingsTypedAreOnDiskOnceTypingPausesWithoutLeaving(FxRobot robot) throws Exception {
        window.open(robot);
        window.minutesSettingsOf(robot, meetingId);
        TextField secretary = robot.lookup("#settingsSecretary").queryAs(TextField.class);
        TextField noticeBoard = robot.lookup("#settingsNoticeBoard").queryAs(TextField.class);
        reveal(robot, secretary);

        robot.clickOn(secretary).eraseText(secretary.getText().length()).write("Karin Dahl");
        waitForStore(() -> "Karin Dahl".equals(stored(window.shell().context().services()).secretary()));
        reveal(robot, noticeBoard);
        robot.clickOn(noticeBoard).eraseText(noticeBoard.getText().length()).write("Kommunens webbplats");
        waitForStore(() -> "Kommunens webbplats".equals(window.shell().context().services().papers().settings()
                .noticeBoard()));
        WindowDriver.screenshot(robot, noticeBoard.getScene(), "paper-settings-pause.png");

        try (Ledamot afterACrash = Ledamot.open(folder.resolve("data"), TestContext.CLOCK)) {
            assertThat(stored(afterACrash).secretary()).isEqualTo("Karin Dahl");
            assertThat(afterACrash.papers().settings().noticeBoard()).isEqualTo("Kommunens webbplats");
        }
        assertThat(noticeBoard.isFocused()).as("she is still in the field").isTrue();
        assertThat(secretary.getText()).isEqualTo("Karin Dahl");
        assertThat(robot.lookup("#settingsStatus").queryLabeled().getText()).as("a pause's store says nothing")
                .isEmpty();
    }

    private static BodyPapers stored(Ledamot app) {
        Body council = app.bodies().find("KF").orElseThrow();
        return app.papers().settings().of(council);
    }
}
