package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
import se.ledamot.ui.answer.AnswerScreen;
import se.ledamot.ui.brief.BriefExportViewModel;
import se.ledamot.ui.dashboard.DashboardScreen;
import se.ledamot.ui.register.RegisterScreen;

/**
 * Issue 10, story 1, in the real window at 1280×800: a councillor finds the interpellation in Svar, writes an answer
 * with å, ä and ö, goes to other screens and back, closes the program, opens it again, sees the text, and exports the
 * answer to read aloud: the new text is in the PDF.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class CouncillorStoryTest {
    private static final String ANSWER = "Integrationsenheten öppnar i vår på Åby torg. Där möts föräldrar, äldre "
            + "och föreningar, och kommunen följer upp arbetet varje år.";

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed);

    private long interpellation;

    private void seed(Ledamot app) {
        interpellation = app.matters().add(Matter.newMatter(MatterKind.INTERPELLATION,
                        "Interpellation om integrationsenheten")
                .submitted(LocalDate.parse("2026-11-16")).status(Status.SUBMITTED)
                .authors(List.of(new Person("Patrik Christierson", "KD")))
                .addressee(new Addressee("Anna Ek", "C", "kommunstyrelsens ordförande"))
                .questions(List.of("Hur långt har arbetet med integrationsenheten kommit?")).build()).id();
    }

    private TextArea openTheInterpellationInSvar(FxRobot robot) {
        window.show(robot, AnswerScreen.ID);
        ListView<Matter> list = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> robot.lookup("#answerMatters .list-cell").match(this::holdsTheInterpellation)
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup("#answerMatters .list-cell").match(this::holdsTheInterpellation)
                .queryAs(Node.class));
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().id() == interpellation);
        TextArea text = robot.lookup("#answerText").queryAs(TextArea.class);
        waitUntil(() -> !text.isDisabled());
        return text;
    }

    private boolean holdsTheInterpellation(ListCell<?> cell) {
        return cell.getItem() instanceof Matter m && m.id() == interpellation;
    }

    @Test
    void writeAnAnswerRestartAndPrintIt(FxRobot robot) throws Exception {
        window.open(robot);
        TextArea text = openTheInterpellationInSvar(robot);
        robot.clickOn(text).write(ANSWER);
        waitUntil(() -> text.getText().equals(ANSWER));

        window.show(robot, DashboardScreen.ID);
        window.show(robot, RegisterScreen.ID);
        window.show(robot, AnswerScreen.ID);
        assertThat(robot.lookup("#answerText").queryAs(TextArea.class).getText()).isEqualTo(ANSWER);

        window.close(robot);
        window.open(robot);
        assertThat(openTheInterpellationInSvar(robot).getText()).isEqualTo(ANSWER);

        String printed = window.export(robot, BriefExportViewModel.Kind.ANSWER, "#brief-matter",
                (Matter m) -> m.id() == interpellation, folder.resolve("svar.pdf"));
        assertThat(printed).contains(ANSWER);
    }
}
