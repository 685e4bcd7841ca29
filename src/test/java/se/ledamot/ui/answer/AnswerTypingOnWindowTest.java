package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
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
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.dashboard.DashboardScreen;

/** Svar: what she types as "Spara version" goes, before the version is stored, stays and is stored. */
@WindowTest
@ExtendWith(WindowRobot.class)
class AnswerTypingOnWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed);

    private long matterId;

    private void seed(Ledamot app) {
        matterId = app.matters().add(Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation om simhallen")
                .submitted(LocalDate.parse("2026-11-20")).status(Status.SUBMITTED)
                .authors(List.of(new Person("Patrik Christierson", "KD")))
                .addressee(new Addressee("Anna Ek", "C", "kommunstyrelsens ordförande"))
                .questions(List.of("När öppnar simhallen?")).build()).id();
    }

    @Test
    void typingOnAsSparaVersionGoesStaysAndIsStored(FxRobot robot) {
        window.open(robot);
        window.show(robot, AnswerScreen.ID);
        ListView<?> list = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        window.settled();
        TextArea text = robot.lookup("#answerText").queryAs(TextArea.class);
        Button cut = robot.lookup("#cutVersion").queryButton();
        robot.interact(() -> text.setText("Simhallen öppnar i maj."));
        robot.interact(() -> {
            cut.fire();
            text.appendText(" Kostnaden ryms i budgeten.");
        });
        window.settled();
        assertThat(text.getText()).as("her typing after Spara version")
                .isEqualTo("Simhallen öppnar i maj. Kostnaden ryms i budgeten.");
        window.show(robot, DashboardScreen.ID);
        window.settled();
        waitForStore(() -> window.shell().context().services().answers().draft(matterId)
                .map(d -> d.text().equals("Simhallen öppnar i maj. Kostnaden ryms i budgeten.")).orElse(false));
    }
}
