package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.reveal;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.shell.Destination;

/**
 * The tester's walk on the samples (4 December 2026): a sentence added to the answer in Svar and kept as a version,
 * "För in svaret" not pressed; Debatt then decided the interpellation "Anses besvarad". Back in Svar the list was
 * empty and the draft out of reach. It stays listed, marked, with her words in it, and can still be entered.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class DraftNotEnteredWindowTest {
    private static final String ADDED = " En mening skriven efter det införda svaret.";
    private static final Clock FRIDAY = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"),
            ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"))
            .openedBy((f, c) -> Ledamot.open(f, FRIDAY));

    @Test
    void aDraftNotEnteredStaysInSvarAfterDebattRecordsTheInterpellationAnswered(FxRobot robot) throws Exception {
        window.open(robot);
        Ledamot app = window.shell().context().services();
        waitUntil(() -> app.answers().openMatters().stream().anyMatch(m -> m.title().equals("Integrationsenhet")));
        window.settled();
        Matter interpellation = app.answers().openMatters().stream()
                .filter(m -> m.title().equals("Integrationsenhet")).findFirst().orElseThrow();

        // In Svar: a sentence added, a version kept, not entered.
        window.show(robot, AnswerScreen.ID);
        ListView<?> list = robot.lookup("#answerMatters").queryListView();
        robot.interact(() -> window.shell().navigate(new Destination.AnswerOf(interpellation.id())));
        waitUntil(() -> !robot.lookup("#answerText").queryTextInputControl().isDisabled()
                && robot.lookup("#answerText").queryTextInputControl().getText().equals(interpellation.answer()));
        robot.clickOn("#answerText").press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL).write(ADDED);
        String typed = interpellation.answer() + ADDED;
        reveal(robot, robot.lookup("#cutVersion").query());
        robot.clickOn("#cutVersion");
        waitForStore(() -> app.answers().versions(interpellation.id()).getLast().text().equals(typed));

        // In Debatt, at KF 21 december: Anses besvarad.
        Meeting kf = app.meetings().list().stream().filter(m -> m.date().toString().equals("2026-12-21"))
                .findFirst().orElseThrow();
        AgendaItem item = app.meetings().itemFor(kf.id(), interpellation.id());
        robot.interact(() -> window.shell().navigate(Destination.Debate.onItem(kf.id(), item.id())));
        waitUntil(() -> robot.lookup("#debateItems").queryListView().getSelectionModel().getSelectedItem() != null
                && robot.lookup("#debateLimits").queryAs(Label.class).getText().startsWith("KF"));
        window.settled();
        WindowDriver.choose(robot, robot.lookup("#decision").queryComboBox(), "Anses besvarad");
        robot.clickOn("#decide");
        waitForStore(() -> app.matters().require(interpellation.id()).status() == Status.ANSWERED);
        window.settled();
        // Debatt says that her draft was not entered, and where it is.
        Label said = robot.lookup("#debateError").queryAs(Label.class);
        waitUntil(() -> said.getText().equals("Beslutet är fattat. Svaret har ett utkast i Svar som inte är infört i"
                + " ärendet; det ligger kvar där, att föra in eller läsa."), said::getText);
        window.snapshot(robot, "debate-draft-not-entered");

        // Back in Svar: the interpellation is there, said to be answered with a draft not entered, her words in it.
        window.show(robot, AnswerScreen.ID);
        waitUntil(() -> list.getItems().stream().anyMatch(m -> ((Matter) m).id() == interpellation.id()),
                () -> "listed: " + list.getItems());
        waitUntil(() -> robot.lookup("#answerText").queryTextInputControl().getText().equals(typed),
                () -> "the answer: " + robot.lookup("#answerText").queryTextInputControl().getText());
        assertThat(robot.lookup("#answerMatters .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().map(c -> WindowDriver.onFx(c::getText)).toList())
                .anySatisfy(t -> assertThat(t).contains("Integrationsenhet").contains("besvarad")
                        .contains("inte infört"));
        // No deadline any more (it said "Skriftligt svar … om 14 dagar" of the matter as first read), and why what
        // is here is not the matter's answer.
        waitUntil(() -> robot.lookup("#answerDue").queryAs(Label.class).getText().equals("Besvarad: ingen tidsgräns"
                + " löper. Det som står här förs in i ärendet först när du väljer För in svaret."),
                () -> robot.lookup("#answerDue").queryAs(Label.class).getText());
        // Her versions with it (the one she kept is the newest).
        ListView<?> versions = robot.lookup("#versions").queryListView();
        int kept = app.answers().versions(interpellation.id()).size();
        waitUntil(() -> versions.getItems().size() == kept, () -> kept + " versions, shown: " + versions.getItems());
        window.snapshot(robot, "answer-draft-not-entered");

        // She can still enter it: the matter's answer is her text, and it stays answered.
        reveal(robot, robot.lookup("#finish").query());
        robot.clickOn("#finish");
        waitForStore(() -> app.matters().require(interpellation.id()).answer().equals(typed));
        assertThat(app.matters().require(interpellation.id()).status()).isEqualTo(Status.ANSWERED);
    }
}
