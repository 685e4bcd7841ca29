package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * The walk of round 17: Sammanträden opened on the oldest meeting of the samples, a held one with an empty agenda,
 * while the secretary and the groups work on the next planned one. Opened with none chosen, the screen chooses the
 * next meeting to come and shows its agenda; a meeting she chooses stays chosen when she comes back.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class MeetingsOpenOnTheNextMeetingTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder);

    @Test
    void sammantradenOpensOnTheNextPlannedMeetingWithItsAgendaAndKeepsTheOneChosen(FxRobot robot) {
        MainWindow shell = window.shell();
        waitUntil(() -> shell.context().mattersRevision().get() > 0 && shell.context().tasks().isIdle());
        LocalDate today = LocalDate.now(TestContext.CLOCK);
        List<Meeting> stored = shell.context().services().meetings().list();
        Meeting next = stored.stream().filter(m -> m.status() == MeetingStatus.PLANNED).findFirst().orElseThrow();
        Meeting held = stored.stream().filter(m -> m.status() == MeetingStatus.HELD).findFirst().orElseThrow();
        assertThat(next.date()).isAfter(today);
        assertThat(stored.getFirst().date()).as("the list begins with a held meeting").isBefore(today);

        robot.interact(() -> shell.show(MeetingsScreen.ID));
        TableView<Meeting> table = robot.lookup("#meetings-table").queryTableView();
        ListView<AgendaRow> agenda = robot.lookup("#agenda-list").queryListView();
        waitUntil(() -> next.equals(table.getSelectionModel().getSelectedItem()),
                () -> "chosen: " + table.getSelectionModel().getSelectedItem());
        // Its four items on the kallelse's list, after the standard items not on the agenda (Upprop).
        waitUntil(() -> agenda.getItems().stream().filter(r -> r.item() != null).count() == 4,
                () -> "agenda: " + agenda.getItems());
        assertThat(onFx(() -> agenda.getItems().stream().filter(r -> r.item() != null).findFirst().orElseThrow()
                .heading())).isEqualTo("Val av justerare och tid för justering");

        robot.interact(() -> table.getSelectionModel().select(held));
        robot.interact(() -> shell.show(RegisterScreen.ID));
        robot.interact(() -> shell.show(MeetingsScreen.ID));
        waitUntil(() -> shell.context().tasks().isIdle());
        assertThat(onFx(() -> table.getSelectionModel().getSelectedItem())).isEqualTo(held);
    }
}
