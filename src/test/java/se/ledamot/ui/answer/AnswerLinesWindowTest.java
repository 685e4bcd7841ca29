package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
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
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.dashboard.DashboardScreen;

/**
 * Walk23: Svar at 1000x650, the answer text must keep a usable height, about eight lines, also under a long
 * heading (three askers, an addressee with a title), after the window was drawn at 1280x800, left and come back to,
 * twice.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class AnswerLinesWindowTest {
    private static final String LONG = "Interpellation om hur kommunen ska samordna arbetet med integration, "
            + "arbetsmarknadsåtgärder och samlokaliseringen av Jobbhuset med socialförvaltningen";

    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private void seed(Ledamot app) {
        app.matters().add(Matter.newMatter(MatterKind.INTERPELLATION, LONG).submitted(LocalDate.parse("2026-11-20"))
                .status(Status.SUBMITTED).authors(List.of(new Person("Patrik Christierson", "KD"),
                        new Person("Ann-Charlotte Wallenberg-Lindqvist", "KD"), new Person("Östen Müller", "KD")))
                .addressee(new Addressee("Anna Ek", "C", "kommunstyrelsens ordförande"))
                .questions(List.of("Hur långt har arbetet kommit?", "När blir det klart?", "Vad kostar det?",
                        "Vem ansvarar?", "Hur följs det upp?"))
                .build());
    }

    @Test
    void theAnswerKeepsEightLinesAt1000x650(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.shell().stage().setWidth(1280);
            window.shell().stage().setHeight(800);
            window.shell().show(AnswerScreen.ID);
        });
        ListView<Matter> list = robot.lookup("#answerMatters").queryListView();
        TextArea text = robot.lookup("#answerText").queryAs(TextArea.class);
        waitUntil(() -> list.getItems().stream().anyMatch(m -> m.title().equals(LONG)));
        for (int round = 1; round <= 2; round++) {
            robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                    .filter(m -> m.title().equals(LONG)).findFirst().orElseThrow()));
            waitUntil(() -> !text.isDisabled());
            robot.interact(() -> {
                window.shell().stage().setWidth(1000);
                window.shell().stage().setHeight(650);
                window.shell().show(DashboardScreen.ID);
            });
            robot.interact(() -> window.shell().show(AnswerScreen.ID));
            robot.interact(() -> window.shell().stage().getScene().getRoot().layout());
            WindowDriver.screenshot(robot, window.shell().stage().getScene(),
                    "answer-lines-1000x650-" + round + ".png");
            double lines = onFx(() -> {
                Text line = new Text("Åg");
                line.setFont(text.getFont());
                return (text.getHeight() - text.snappedTopInset() - text.snappedBottomInset())
                        / line.getLayoutBounds().getHeight();
            });
            assertThat(lines).as("lines of the answer in view, %s px high", onFx(text::getHeight))
                    .isGreaterThanOrEqualTo(8);
            robot.interact(() -> {
                window.shell().stage().setWidth(1280);
                window.shell().stage().setHeight(800);
            });
        }
    }
}
