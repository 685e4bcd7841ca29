package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.ui.StoryWindow;

/**
 * The walk (round 19) on the samples: Svar opened on an empty, grey editor ("Välj en interpellation eller fråga till
 * vänster"), after a restart too, beside a list of one. The first listed is open, her words in it.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class AnswerOpenAtStartTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"));

    @Test
    void herAnswerIsOpenWhenSvarIsShownAfterARestart(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.shell().context().services().answers().openMatters().size() >= 1);
        window.settled();
        window.show(robot, AnswerScreen.ID);
        ListView<?> list = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> list.getSelectionModel().getSelectedIndex() == 0, () -> "chosen: "
                + list.getSelectionModel().getSelectedItem());
        waitUntil(() -> !robot.lookup("#answerText").queryTextInputControl().isDisabled());
        robot.clickOn("#answerText").press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL)
                .write(" Skrivet på tåget.");
        String typed = robot.lookup("#answerText").queryTextInputControl().getText();
        window.close(robot);
        window.open(robot);
        window.show(robot, AnswerScreen.ID);
        waitUntil(() -> typed.equals(robot.lookup("#answerText").queryTextInputControl().getText()),
                () -> "the answer: " + robot.lookup("#answerText").queryTextInputControl().getText());
        window.snapshot(robot, "answer-open-after-restart");
        assertThat(robot.lookup("#answerText").queryTextInputControl().isDisabled()).isFalse();
    }
}
