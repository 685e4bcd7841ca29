package se.ledamot.ui.find;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.search.Hit;
import se.ledamot.search.HitType;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.brief.BriefExportViewModel;
import se.ledamot.ui.look.ScreenTour;

/**
 * The councillor on the train (walk16), with the sample data a new user starts with, in a 1000×650 window and with
 * the keyboard only: Ctrl+K finds the interpellation's answer, Enter opens it in Svar, Tab reaches the answer, she
 * writes on at its end, Ctrl+Q closes the program; started again, Ctrl+K and Enter bring her back to her words, and
 * the answer set to read aloud, printed, holds them.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class CouncillorKeyboardStoryTest {
    private static final String ADDED = " Arbetet följs upp i kommunstyrelsen före årsskiftet.";

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder);

    @Test
    void findWriteRestartAndPrintTheAnswerWithTheKeyboardAt1000x650(FxRobot robot) throws Exception {
        window.open(robot);
        ScreenTour.waitForSamples(window.shell());
        robot.interact(() -> {
            window.shell().stage().setWidth(1000);
            window.shell().stage().setHeight(650);
        });
        long interpellation = openTheAnswer(robot);
        TextArea answer = robot.lookup("#answerText").queryAs(TextArea.class);
        for (int i = 0; i < 30 && !onFx(answer::isFocused); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(onFx(answer::isFocused)).as("Tab reaches the answer").isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(ADDED);
        waitUntil(() -> answer.getText().endsWith(ADDED));

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        waitUntil(() -> !window.shell().stage().isShowing());
        window.open(robot);
        assertThat(openTheAnswer(robot)).isEqualTo(interpellation);
        TextArea again = robot.lookup("#answerText").queryAs(TextArea.class);
        waitUntil(() -> again.getText().endsWith(ADDED), again::getText);

        String printed = window.print(robot, BriefExportViewModel.Kind.ANSWER, "#brief-matter",
                (Matter m) -> m.id() == interpellation, "");
        assertThat(printed).contains(ADDED.strip());
    }

    /** Ctrl+K, "Integrationsenhet", Down to the answer, Enter: Svar with it chosen; its id. */
    private long openTheAnswer(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        FindView overlay = robot.lookup("#find-overlay").queryAs(FindView.class);
        waitUntil(() -> overlay.isVisible() && overlay.field().isFocused());
        robot.write("Integrationsenhet");
        waitUntil(() -> overlay.viewModel().answeredProperty().get().equals("Integrationsenhet")
                && overlay.viewModel().hits().stream().anyMatch(h -> h.type() == HitType.ANSWER),
                () -> String.valueOf(overlay.viewModel().hits()));
        ListView<FindRow> results = robot.lookup("#find-results").queryListView();
        List<Hit> hits = onFx(() -> overlay.viewModel().hits());
        Hit wanted = hits.stream().filter(h -> h.type() == HitType.ANSWER).findFirst().orElseThrow();
        for (int i = 0; i < hits.size() && onFx(() -> results.getSelectionModel().getSelectedItem() == null
                || results.getSelectionModel().getSelectedItem().hit() != wanted); i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        ListView<Matter> answers = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> answers.getSelectionModel().getSelectedItem() != null
                && answers.getSelectionModel().getSelectedItem().id() == wanted.id());
        waitUntil(() -> !robot.lookup("#answerText").query().isDisabled());
        window.settled();
        return wanted.id();
    }
}
