package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
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
import se.ledamot.ui.look.CutOffText;

/**
 * Walk24: Svar at 1280x800 (and 1000x650) with a long interpellation of three long questions. Its row in the list read
 * "… samordna …" with no way to read the rest, and the third question was cut by the questions' pane.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class AnswerLongInterpellationWindowTest {
    private static final String LONG = "Interpellation om hur kommunen ska samordna arbetet med integration, "
            + "arbetsmarknadsåtgärder, vuxenutbildning och samlokaliseringen av Jobbhuset med socialförvaltningen "
            + "och Arbetsförmedlingen under mandatperioden";
    private static final String OTHER = "Interpellation om samma samordning, frågad på nytt";
    private static final List<String> QUESTIONS = List.of(
            "Hur långt har arbetet med att samordna integrationsenheten, vuxenutbildningen och Jobbhuset kommit, och "
                    + "vilka förvaltningar deltar i det?",
            "När beräknas samlokaliseringen med socialförvaltningen och Arbetsförmedlingen vara klar, och vad "
                    + "händer med de nuvarande lokalerna på Kyrkvägen?",
            "Hur kommer kommunstyrelsen att följa upp att de som står längst från arbetsmarknaden faktiskt får "
                    + "det stöd som samordningen utlovar?");

    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private void seed(Ledamot app) {
        app.matters().add(Matter.newMatter(MatterKind.INTERPELLATION, LONG).number("KS 2026/512")
                .submitted(LocalDate.parse("2026-11-20")).status(Status.SUBMITTED)
                .authors(List.of(new Person("Patrik Christierson", "KD")))
                .addressee(new Addressee("Anna Ek", "C", "kommunstyrelsens ordförande")).questions(QUESTIONS).build());
        app.matters().add(Matter.newMatter(MatterKind.INTERPELLATION, OTHER).number("KS 2026/514")
                .submitted(LocalDate.parse("2026-11-21")).status(Status.SUBMITTED)
                .authors(List.of(new Person("Patrik Christierson", "KD")))
                .addressee(new Addressee("Anna Ek", "C", "kommunstyrelsens ordförande")).questions(QUESTIONS).build());
        app.matters().add(Matter.newMatter(MatterKind.QUESTION, "Fråga om skolskjutsarna i Jörlanda")
                .number("KS 2026/513").submitted(LocalDate.parse("2026-11-22")).status(Status.SUBMITTED).build());
    }

    @Test
    void theTitleAndEveryQuestionReadWhole(FxRobot robot) throws Exception {
        for (double[] size : new double[][] {{1280, 800}, {1000, 650}}) {
            ListView<Matter> matters = openTheLongOne(robot, size[0], size[1]);
            // From the first question, as the matter opens (the clicks at 1280x800 scrolled to the last).
            robot.interact(() -> {
                ((ScrollPane) robot.lookup("#answerSide").query().lookup(".scroll-pane")).setVvalue(0);
                window.shell().stage().getScene().getRoot().layout();
            });
            WindowDriver.screenshot(robot, window.shell().stage().getScene(),
                    "answer-long-" + (int) size[0] + ".png");
            List<String> found = new ArrayList<>();
            robot.interact(() -> {
                CutOffText.in(matters).forEach(found::add);
                rowsWhole(matters, found);
                questionsInSight(robot, found);
            });
            assertThat(found).as("at %sx%s", size[0], size[1]).isEmpty();
            // The link brings each question further down into view, and goes when none is left below.
            Hyperlink below = robot.lookup("#questionsBelow").queryAs(Hyperlink.class);
            for (int click = 0; click < QUESTIONS.size() && onFx(below::isVisible); click++) {
                int next = onFx(() -> outOfView(robot).getFirst());
                robot.clickOn(below);
                waitUntil(() -> !outOfView(robot).contains(next), () -> "out of view: " + outOfView(robot));
                WindowDriver.screenshot(robot, window.shell().stage().getScene(),
                        "answer-long-" + (int) size[0] + "-question-" + next + ".png");
            }
            assertThat(onFx(below::isVisible)).as("the link once no question is below").isFalse();
        }
    }

    /** Read down to the last question, then another interpellation: its questions are read from the first. */
    @Test
    void anotherMatterShowsItsQuestionsFromTheFirst(FxRobot robot) {
        ListView<Matter> matters = openTheLongOne(robot, 1280, 800);
        Hyperlink below = robot.lookup("#questionsBelow").queryAs(Hyperlink.class);
        waitUntil(below::isVisible);
        robot.clickOn(below);
        ScrollPane pane = (ScrollPane) robot.lookup("#answerSide").query().lookup(".scroll-pane");
        waitUntil(() -> pane.getVvalue() > 0);

        robot.interact(() -> matters.getSelectionModel().select(matters.getItems().stream()
                .filter(m -> m.title().equals(OTHER)).findFirst().orElseThrow()));
        Label heading = robot.lookup("#answerHeading").queryAs(Label.class);
        waitUntil(() -> heading.getText().startsWith(OTHER) && robot.lookup("#question-3").tryQuery().isPresent());
        robot.interact(() -> window.shell().stage().getScene().getRoot().layout());
        assertThat(onFx(pane::getVvalue)).as("the questions' pane scrolled to").isZero();
        assertThat(onFx(() -> outOfView(robot))).as("questions below the pane's foot").doesNotContain(1);
    }

    /** Svar at this size, the long interpellation open with its three questions. */
    private ListView<Matter> openTheLongOne(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            window.shell().stage().setWidth(width);
            window.shell().stage().setHeight(height);
            window.shell().show(AnswerScreen.ID);
        });
        ListView<Matter> matters = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> matters.getItems().stream().anyMatch(m -> m.title().equals(LONG)));
        robot.interact(() -> matters.getSelectionModel().select(matters.getItems().stream()
                .filter(m -> m.title().equals(LONG)).findFirst().orElseThrow()));
        TextArea text = robot.lookup("#answerText").queryAs(TextArea.class);
        waitUntil(() -> !text.isDisabled() && robot.lookup("#question-3").tryQuery().isPresent());
        return matters;
    }

    /** Each row is as high as its wrapped text: a row clipped at its foot hides the title's end. */
    private static void rowsWhole(ListView<Matter> list, List<String> found) {
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> cell && cell.getItem() != null && cell.isVisible()) {
                double needed = cell.prefHeight(cell.getWidth());
                Node shown = cell.getGraphic();
                if (shown != null && shown.getLayoutBounds().getHeight() > cell.getHeight() + 0.5) {
                    found.add("the row \"" + cell.getText() + "\" is lower than its text");
                }
                if (needed > cell.getHeight() + 0.5) {
                    found.add("the row \"" + cell.getText() + "\" is " + Math.round(cell.getHeight())
                            + " px high of the " + Math.round(needed) + " it needs");
                }
            }
        }
    }

    /** Every question lies inside the questions' pane, or the link under it says that it lies further down. */
    private static void questionsInSight(FxRobot robot, List<String> found) {
        Hyperlink below = robot.lookup("#questionsBelow").queryAs(Hyperlink.class);
        for (int i : outOfView(robot)) {
            if (!below.isVisible() || !below.getText().contains(String.valueOf(i))) {
                found.add("question " + i + " ends below its pane's foot, and nothing says so (the link: "
                        + (below.isVisible() ? "\"" + below.getText() + "\"" : "hidden") + ")");
            }
        }
    }

    /** The numbers of the questions that end below the questions' pane: cut at its foot, or wholly below it. */
    private static List<Integer> outOfView(FxRobot robot) {
        Node side = robot.lookup("#answerSide").query();
        ScrollPane pane = (ScrollPane) side.lookup(".scroll-pane");
        Bounds view = pane.localToScene(pane.getLayoutBounds());
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= QUESTIONS.size(); i++) {
            CheckBox box = robot.lookup("#question-" + i).queryAs(CheckBox.class);
            Bounds b = box.localToScene(box.getLayoutBounds());
            if (b.getMaxY() > view.getMaxY() + 0.5) {
                out.add(i);
            }
        }
        return out;
    }
}
