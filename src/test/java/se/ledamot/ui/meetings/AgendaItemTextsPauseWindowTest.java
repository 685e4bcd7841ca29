package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
import se.ledamot.ui.shell.MainWindow;

/**
 * "Text a user typed is never lost, not on a crash": the secretary types an item's förslag till beslut and heading in
 * Sammanträden and stays on the item, clicks nothing; once her typing pauses they are in the database, as the
 * editor's texts are (they were stored only on Spara punkten, another item or leaving the screen).
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class AgendaItemTextsPauseWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private long meetingId;

    /** A matter written: the folder is not new, so no sample data. */
    private void seed(Ledamot app) {
        app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen")
                .submitted(LocalDate.parse("2026-11-01")).status(Status.PREPARED).build());
        meetingId = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        app.meetings().addText(meetingId, "Val av justerare");
    }

    @Test
    void theTextsTypedAreStoredOnceTypingPausesWithoutLeavingTheItem(FxRobot robot) {
        MainWindow shell = window.shell();
        robot.interact(() -> {
            shell.stage().setWidth(1280);
            shell.stage().setHeight(800);
            shell.show(MeetingsScreen.ID);
        });
        @SuppressWarnings("unchecked")
        TableView<Meeting> meetings = (TableView<Meeting>) shell.stage().getScene().lookup("#meetings-table");
        waitUntil(() -> meetings.getItems().stream().anyMatch(m -> m.id() == meetingId));
        robot.interact(() -> meetings.getSelectionModel().select(meetings.getItems().stream()
                .filter(m -> m.id() == meetingId).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        ListView<AgendaRow> agenda = (ListView<AgendaRow>) shell.stage().getScene().lookup("#agenda-list");
        int justerare = waitForRow(agenda);
        robot.interact(() -> agenda.getSelectionModel().clearAndSelect(justerare));
        TextField heading = robot.lookup("#agenda-item-heading").queryAs(TextField.class);
        TextArea proposal = robot.lookup("#agenda-item-proposal").queryAs(TextArea.class);
        waitUntil(() -> "Val av justerare".equals(heading.getText()));

        robot.clickOn(proposal).write("Ordföranden föreslår att Anna Ek justerar protokollet.");
        waitForStore(() -> "Ordföranden föreslår att Anna Ek justerar protokollet.".equals(stored().proposal()));
        robot.clickOn(heading).write(" och tid");
        waitForStore(() -> "Val av justerare och tid".equals(stored().text()));

        // The agenda read again after the store chooses the item again once its rows are in (not at once).
        waitUntil(() -> agenda.getSelectionModel().getSelectedIndex() == justerare,
                () -> "still on the item: selected " + agenda.getSelectionModel().getSelectedIndex());
        assertThat(heading.isFocused()).as("she is still typing in the heading").isTrue();
        assertThat(proposal.getText()).isEqualTo("Ordföranden föreslår att Anna Ek justerar protokollet.");
    }

    /** The row of Val av justerare, once the agenda is shown. */
    private static int waitForRow(ListView<AgendaRow> agenda) {
        waitUntil(() -> agenda.getItems().stream().anyMatch(r -> r.item() != null));
        for (int i = 0; i < agenda.getItems().size(); i++) {
            if (agenda.getItems().get(i).item() != null) {
                return i;
            }
        }
        throw new AssertionError("no item on the agenda");
    }

    private AgendaItem stored() {
        return window.shell().context().services().meetings().agenda(meetingId).getFirst();
    }
}
