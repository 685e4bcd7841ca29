package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.ui.answer.AnswerScreen;
import se.ledamot.ui.brief.BriefExportViewModel;
import se.ledamot.ui.meetings.GroupRow;
import se.ledamot.ui.meetings.GroupScreen;
import se.ledamot.ui.register.RegisterScreen;

/**
 * Round 20's walk on a new data folder's samples at 1000x650: the councillor writes her answer in Svar, compares and
 * restarts; the party group decides every pending item of the next meeting, by mouse and by keyboard, and prints its
 * brief. Pictures in target/walk20a-*.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class Walk20StoriesTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"));

    private void narrow(FxRobot robot) {
        robot.interact(() -> {
            window.shell().stage().setWidth(1000);
            window.shell().stage().setHeight(650);
        });
        window.settled();
    }

    @Test
    void theCouncillorAnswersAt1000x650(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.shell().context().services().matters().list().size() >= 4);
        narrow(robot);
        window.show(robot, RegisterScreen.ID);
        robot.clickOn("#search").write("interpellation");
        window.settled();
        window.snapshot(robot, "walk20a-01-register");
        window.show(robot, AnswerScreen.ID);
        ListView<?> list = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> !list.getItems().isEmpty());
        robot.clickOn(robot.lookup("#answerMatters .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        window.settled();
        window.snapshot(robot, "walk20a-02-svar");
        robot.clickOn("#answerText").press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL)
                .write(" Vi räknar med att vara klara till sommaren.");
        robot.clickOn("#cutVersion");
        window.settled();
        robot.clickOn("#answerText").press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL)
                .write(" Uppföljning sker varje kvartal.");
        robot.clickOn("#cutVersion");
        window.settled();
        window.snapshot(robot, "walk20a-03-svar-versions");
        ListView<?> versions = robot.lookup("#versions").queryListView();
        waitUntil(() -> versions.getItems().size() >= 2);
        robot.clickOn(robot.lookup("#versions .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#compare");
        window.settled();
        window.snapshot(robot, "walk20a-04-svar-compare");
        robot.type(KeyCode.ESCAPE);
        String typed = robot.lookup("#answerText").queryTextInputControl().getText();
        window.show(robot, RegisterScreen.ID);
        window.show(robot, AnswerScreen.ID);
        window.settled();
        window.snapshot(robot, "walk20a-05-svar-back");
        window.close(robot);
        window.open(robot);
        narrow(robot);
        window.show(robot, AnswerScreen.ID);
        ListView<?> again = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> !again.getItems().isEmpty());
        robot.interact(() -> again.getSelectionModel().select(0));
        window.settled();
        window.snapshot(robot, "walk20a-06-svar-restart");
        assertThat(robot.lookup("#answerText").queryTextInputControl().getText()).isEqualTo(typed);
    }

    @Test
    void theGroupGoesThroughTheNextMeeting(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.plannedMeeting().isPresent());
        window.settled();
        // The samples plan one meeting: the next.
        Meeting next = window.plannedMeeting().orElseThrow();
        TableView<GroupRow> table = window.openGroup(robot, "S");
        window.snapshot(robot, "walk20a-10-group");
        ComboBox<Stance> stance = robot.lookup("#stance").queryComboBox();
        int n = 0;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (!table.getItems().get(i).needsPosition()) {
                continue;
            }
            int at = i;
            robot.interact(() -> table.getSelectionModel().select(at));
            window.settled();
            if (n % 2 == 0) {
                // By keyboard: Tab from the table into Hållning, Down, Enter.
                robot.interact(stance::requestFocus);
                robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
            } else {
                robot.clickOn("#stance");
                robot.clickOn(robot.lookup(".combo-box-popup .list-cell").nth(2).queryAs(javafx.scene.Node.class));
            }
            robot.clickOn("#speaker").write("Lena Ek");
            robot.clickOn("#reviewed");
            robot.clickOn("#position-save");
            window.settled();
            window.snapshot(robot, "walk20a-11-group-row" + (++n));
            assertThat(table.getItems().get(at).position().stance()).as("row " + at).isNotNull();
        }
        window.show(robot, RegisterScreen.ID);
        window.show(robot, GroupScreen.ID);
        window.settled();
        window.snapshot(robot, "walk20a-12-group-back");
        narrow(robot);
        window.snapshot(robot, "walk20a-13-group-narrow");
        String brief = window.print(robot, BriefExportViewModel.Kind.DEBATE, "#brief-meeting",
                (Meeting m) -> m.id() == next.id(), "S");
        Files.write(Path.of("target", "walk20a-grupp.pdf"), window.dialogs.printed.getLast().pdf().bytes());
        assertThat(brief).contains("Lena Ek");
        window.close(robot);
        window.open(robot);
        window.show(robot, GroupScreen.ID);
        window.settled();
        window.snapshot(robot, "walk20a-14-group-restart");
        TableView<GroupRow> after = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> !after.getItems().isEmpty());
        assertThat(after.getItems().stream().filter(GroupRow::needsPosition)).allMatch(r -> r.position().isDecided());
    }
}
