package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.dashboard.DashboardScreen;
import se.ledamot.ui.look.ScreenTour;

/**
 * Walked as a councillor: "Version 1 sparad." was still said under Svar's versions after she had left the screen and
 * come back, old news by then. A save's notice goes when she leaves the screen (as the window's notices of saves do)
 * or chooses another answer.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class SavedNoticeLeftBehindTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder);

    @Test
    void theNoticeOfAVersionSavedIsGoneWhenSheComesBack(FxRobot robot) throws Exception {
        ScreenTour.waitForSamples(window.shell());
        robot.interact(() -> window.shell().show(AnswerScreen.ID));
        ListView<?> list = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#answerText").queryTextInputControl().getText().isEmpty());
        robot.clickOn("#cutVersion");
        Label message = robot.lookup("#answerMessage").queryAs(Label.class);
        waitUntil(() -> message.getText().matches("Version \\d+ sparad\\."), message::getText);

        robot.interact(() -> window.shell().show(DashboardScreen.ID));
        robot.interact(() -> window.shell().show(AnswerScreen.ID));
        waitUntil(() -> window.shell().context().tasks().isIdle());
        robot.interact(() -> window.shell().stage().getScene().getRoot().layout());
        WindowDriver.screenshot(robot, window.shell().stage().getScene(), "answer-back-after-a-version.png");
        String back = onFx(message::getText);
        assertThat(back).as("said under the versions when she is back").isEmpty();
    }
}
