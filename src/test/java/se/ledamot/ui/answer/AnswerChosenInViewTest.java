package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;

/**
 * Svar opens on the interpellation chosen in Ärenden (round 27, a council's years of open interpellations): it was
 * chosen, its answer in the editor, but the list stood at its top, the chosen one far below the edge; and the list
 * used 400 px of the window's height, the rest of it empty.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class AnswerChosenInViewTest {
    private static final int OPEN = 60;

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, app -> {
        for (int i = 0; i < OPEN; i++) {
            app.matters().add(Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation nummer " + i)
                    .status(Status.SUBMITTED).submitted(LocalDate.parse("2021-01-04").plusWeeks(i))
                    .addressee(new Addressee("Kommunstyrelsens ordförande", null, null)).questions(List.of("Hur?"))
                    .build());
        }
    });

    @Test
    void theInterpellationChosenInTheRegisterIsInViewInSvar(FxRobot robot) throws Exception {
        window.open(robot);
        window.settled();
        Matter oldest = window.shell().context().services().answers().openMatters().getLast();
        assertThat(oldest.title()).isEqualTo("Interpellation nummer 0");
        robot.interact(() -> window.shell().context().chooseMatter(oldest.id()));
        window.show(robot, AnswerScreen.ID);
        window.settled();
        ListView<Matter> list = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> oldest.equals(list.getSelectionModel().getSelectedItem()),
                () -> "chosen: " + list.getSelectionModel().getSelectedItem());
        int chosen = onFx(() -> list.getSelectionModel().getSelectedIndex());
        assertThat(chosen).isGreaterThanOrEqualTo(OPEN - 1);
        waitUntil(() -> WindowDriver.rowInView(list, chosen),
                () -> "rows in view: " + WindowDriver.rowsInView(list));
        // The list takes the height it has, as the register does: it stopped at its own 400 px, the rest empty.
        double bottom = onFx(() -> list.localToScene(list.getBoundsInLocal()).getMaxY());
        double sceneHeight = onFx(() -> list.getScene().getHeight());
        assertThat(bottom).as("the list's bottom edge in a window %s high", sceneHeight)
                .isGreaterThan(sceneHeight - 60);
        window.snapshot(robot, "answer-chosen-in-view");
    }
}
