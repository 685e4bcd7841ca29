package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.dashboard.DashboardScreen;

/**
 * What she types in the moment after pressing Spara, before the save has come back, stays in the form and is stored:
 * the save coming back does not write the form over with what it sent (as Sammanträden's did, issue 15's stop 45).
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class TypingOnAfterSparaWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private long meetingId;
    private List<AgendaItem> items;

    private void seed(Ledamot app) {
        long motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar")
                .submitted(LocalDate.parse("2026-01-10")).status(Status.PREPARED).build()).id();
        meetingId = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        items = app.meetings().addMatters(meetingId, List.of(motion));
    }

    @Test
    void anItemsProposalTypedOnAfterSparaStays(FxRobot robot) {
        robot.interact(() -> {
            window.shell().stage().setWidth(1280);
            window.shell().stage().setHeight(800);
            window.shell().show(MeetingsScreen.ID);
        });
        TableView<Meeting> meetings = robot.lookup("#meetings-table").queryTableView();
        waitUntil(() -> meetings.getItems().size() == 1);
        robot.interact(() -> meetings.getSelectionModel().select(0));
        ListView<AgendaRow> agenda = robot.lookup("#agenda-list").queryListView();
        waitUntil(() -> agenda.getItems().stream().anyMatch(r -> r.heading().contains("cykel")));
        int row = agenda.getItems().indexOf(agenda.getItems().stream().filter(r -> r.heading().contains("cykel"))
                .findFirst().orElseThrow());
        robot.interact(() -> agenda.getSelectionModel().clearAndSelect(row));
        TextArea proposal = robot.lookup("#agenda-item-proposal").queryAs(TextArea.class);
        TextField heading = robot.lookup("#agenda-item-heading").queryAs(TextField.class);
        waitUntil(() -> heading.getText().contains("cykel") && proposal.isEditable());
        robot.clickOn(proposal).write("Kommunstyrelsen föreslår");
        assertThat(proposal.getText()).isEqualTo("Kommunstyrelsen föreslår");
        Button save = robot.lookup("#agenda-item-save").queryButton();
        robot.interact(() -> {
            save.fire();
            proposal.appendText(" att motionen bifalls.");
        });
        settled();
        assertThat(proposal.getText()).as("her typing after Spara")
                .isEqualTo("Kommunstyrelsen föreslår att motionen bifalls.");
        robot.interact(() -> window.shell().show(DashboardScreen.ID));
        settled();
        waitForStore(() -> "Kommunstyrelsen föreslår att motionen bifalls.".equals(storedItem().proposal()));
    }

    @Test
    void aSpeakerTypedOnAfterSparaStays(FxRobot robot) {
        robot.interact(() -> window.shell().show(GroupScreen.ID));
        robot.clickOn("#group-code").write("V").type(KeyCode.ENTER);
        TableView<GroupRow> table = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        GroupPositionsWindowTest.clickRow(robot, 0);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 0);
        TextField speaker = robot.lookup("#speaker").queryAs(TextField.class);
        robot.clickOn(speaker).write("Anna");
        Button save = robot.lookup("#position-save").queryButton();
        robot.interact(() -> {
            save.fire();
            speaker.appendText(" Ek");
        });
        settled();
        assertThat(speaker.getText()).as("her typing after Spara").isEqualTo("Anna Ek");
        robot.interact(() -> window.shell().show(DashboardScreen.ID));
        settled();
        waitForStore(() -> window.shell().context().services().positions().find(items.getFirst().id(), "V")
                .map(p -> "Anna Ek".equals(p.speaker())).orElse(false));
    }

    private void settled() {
        var tasks = window.shell().context().tasks();
        waitUntil(() -> tasks.running().isEmpty() && tasks.isIdle());
    }

    private AgendaItem storedItem() {
        return window.shell().context().services().meetings().agenda(meetingId).stream()
                .filter(i -> i.id() == items.getFirst().id()).findFirst().orElseThrow();
    }
}
