package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.ui.answer.AnswerScreen;
import se.ledamot.ui.brief.BriefExportViewModel;
import se.ledamot.ui.debate.DebateScreen;
import se.ledamot.ui.meetings.GroupRow;
import se.ledamot.ui.meetings.GroupScreen;
import se.ledamot.ui.register.RegisterScreen;

/**
 * Session 18's walk on a new data folder's samples at 1280×800: the councillor answering her interpellation on the
 * train, and the party group going through the next meeting's motions before Debatt. Pictures in target/walk18c-*.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class CouncillorGroupWalkTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"));

    @Test
    void theCouncillorWritesHerAnswer(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.shell().context().services().matters().list().size() >= 4);
        window.settled();
        window.snapshot(robot, "walk18c-01-start");
        window.show(robot, RegisterScreen.ID);
        robot.clickOn("#search").write("interpellation");
        window.settled();
        window.snapshot(robot, "walk18c-02-register-search");
        window.show(robot, AnswerScreen.ID);
        window.settled();
        window.snapshot(robot, "walk18c-03-svar");
        ListView<?> list = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        window.settled();
        window.snapshot(robot, "walk18c-04-svar-chosen");
        robot.clickOn("#answerText").press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.END)
                .release(javafx.scene.input.KeyCode.CONTROL).write(" Arbetet med frågan har kommit långt. Vi räknar med att vara klara "
                + "till sommaren.");
        robot.clickOn("#cutVersion");
        window.settled();
        robot.clickOn("#answerText").press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.END)
                .release(javafx.scene.input.KeyCode.CONTROL).write(" Kommunstyrelsen följer upp arbetet varje kvartal.");
        robot.clickOn("#cutVersion");
        window.settled();
        window.snapshot(robot, "walk18c-05-svar-versions");
        ListView<?> versions = robot.lookup("#versions").queryListView();
        robot.interact(() -> versions.getSelectionModel().selectIndices(0, 1));
        robot.clickOn("#compare");
        window.settled();
        window.snapshot(robot, "walk18c-06-svar-compare");
        // The comparison's title read "Från version 1 till version 2: tillagt är unde…" at 1280×800.
        javafx.scene.Node side = robot.lookup("#answerSide").query();
        robot.interact(() -> side.getParent().layout());
        assertThat(WindowDriver.onFx(() -> se.ledamot.ui.look.CutOffText.in(side))).isEmpty();
        window.show(robot, RegisterScreen.ID);
        window.show(robot, AnswerScreen.ID);
        window.settled();
        window.snapshot(robot, "walk18c-07-svar-back");
        String typed = robot.lookup("#answerText").queryTextInputControl().getText();
        window.close(robot);
        window.open(robot);
        window.show(robot, AnswerScreen.ID);
        window.settled();
        ListView<?> again = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> !again.getItems().isEmpty());
        robot.interact(() -> again.getSelectionModel().select(0));
        window.settled();
        window.snapshot(robot, "walk18c-08-svar-restart");
        assertThat(robot.lookup("#answerText").queryTextInputControl().getText()).isEqualTo(typed);
        Matter asked = window.shell().context().services().matters().list().stream()
                .filter(m -> m.kind() == MatterKind.INTERPELLATION).findFirst().orElseThrow();
        String paper = window.export(robot, BriefExportViewModel.Kind.ANSWER, "#brief-matter",
                (Matter m) -> m.id() == asked.id(), folder.resolve("svar.pdf"));
        Files.copy(folder.resolve("svar.pdf"), Path.of("target", "walk18c-svar.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(paper).contains("klara till sommaren");
        robot.interact(() -> window.shell().stage().setWidth(1000));
        robot.interact(() -> window.shell().stage().setHeight(650));
        window.settled();
        window.snapshot(robot, "walk18c-09-svar-narrow");
    }

    private static String placeholder(FxRobot robot) {
        return ((javafx.scene.control.Labeled) robot.lookup("#group-table").queryTableView().getPlaceholder())
                .getText();
    }

    @Test
    void theGroupGoesThroughTheNextMeeting(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.shell().context().services().meetings().list().stream()
                .anyMatch(m -> m.status() == MeetingStatus.PLANNED));
        window.settled();
        Meeting next = window.shell().context().services().meetings().list().stream()
                .filter(m -> m.status() == MeetingStatus.PLANNED).min(Comparator.comparing(Meeting::date))
                .orElseThrow();
        window.show(robot, GroupScreen.ID);
        window.settled();
        window.snapshot(robot, "walk18c-10-group");
        // The meeting is chosen already: the empty table asks only for the group (it asked for both).
        assertThat(placeholder(robot)).isEqualTo("Skriv gruppens beteckning under Grupp, t.ex. V.");
        robot.clickOn("#group-code").write("S").type(javafx.scene.input.KeyCode.ENTER);
        ComboBox<Meeting> meetings = robot.lookup("#group-meeting").queryComboBox();
        robot.interact(() -> meetings.setValue(meetings.getItems().stream().filter(m -> m.id() == next.id())
                .findFirst().orElseThrow()));
        window.settled();
        window.snapshot(robot, "walk18c-11-group-meeting");
        TableView<GroupRow> table = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        int n = 0;
        for (int i = 0; i < table.getItems().size(); i++) {
            GroupRow row = table.getItems().get(i);
            if (!row.needsPosition()) {
                continue;
            }
            int at = i;
            robot.interact(() -> table.getSelectionModel().select(at));
            window.settled();
            javafx.scene.control.ComboBox<se.ledamot.domain.meeting.Stance> stance =
                    robot.lookup("#stance").queryComboBox();
            robot.interact(() -> stance.setValue(stance.getItems().stream().filter(java.util.Objects::nonNull)
                    .findFirst().orElseThrow()));
            robot.clickOn("#speaker").write("Lena Ek");
            robot.clickOn("#arguments").write("Bra för barnen.");
            robot.clickOn("#reviewed");
            robot.clickOn("#position-save");
            window.settled();
            window.snapshot(robot, "walk18c-12-group-row" + (++n));
        }
        robot.clickOn("#only-undecided");
        window.settled();
        window.snapshot(robot, "walk18c-12-group-only-undecided");
        assertThat(placeholder(robot)).isEqualTo("Ingen punkt saknar hållning.");
        robot.clickOn("#only-undecided");
        window.show(robot, DebateScreen.ID);
        window.settled();
        window.snapshot(robot, "walk18c-13-debatt");
        window.show(robot, GroupScreen.ID);
        window.settled();
        window.snapshot(robot, "walk18c-14-group-back");
        String brief = window.export(robot, BriefExportViewModel.Kind.DEBATE, "#brief-meeting",
                (Meeting m) -> m.id() == next.id(), folder.resolve("grupp.pdf"));
        Files.copy(folder.resolve("grupp.pdf"), Path.of("target", "walk18c-grupp.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(brief).isNotBlank();
        window.close(robot);
        window.open(robot);
        window.show(robot, GroupScreen.ID);
        window.settled();
        window.snapshot(robot, "walk18c-15-group-restart");
        robot.interact(() -> window.shell().stage().setWidth(1000));
        robot.interact(() -> window.shell().stage().setHeight(650));
        window.settled();
        window.snapshot(robot, "walk18c-16-group-narrow");
    }
}
