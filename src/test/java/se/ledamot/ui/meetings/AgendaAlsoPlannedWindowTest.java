package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
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
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;

/**
 * Walk31's notice, walked in the window (it was tried in the view model and the command line only): the secretary
 * chooses February's council meeting, picks the motion on cycle paths in the pending matters and presses Lägg till
 * markerade while it still stands on December's agenda. The notification bar says so, naming December's meeting; both
 * agendas keep it (she may mean it), also after Översikt and back.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class AgendaAlsoPlannedWindowTest {
    private static final LocalDate FEBRUARY = LocalDate.parse("2027-02-22");
    private static final String MOTION = "Motion om cykelvägar";

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed).withDialogsShown();

    private long december;

    private void seed(Ledamot app) {
        december = StoryWindow.plannedMeeting(app);
        app.meetings().add(Meeting.planned("KF", FEBRUARY).withPlace("Kommunhuset"));
        long motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, MOTION)
                .submitted(LocalDate.parse("2026-09-01")).status(Status.PREPARED).build()).id();
        app.meetings().addMatters(december, List.of(motion));
    }

    @Test
    void aMatterStillOnDecembersAgendaPutOnFebruarysIsSaidInTheWindow(FxRobot robot) throws Exception {
        window.open(robot);
        window.show(robot, MeetingsScreen.ID);
        TableView<Meeting> meetings = robot.lookup("#meetings-table").queryTableView();
        waitUntil(() -> WindowDriver.onFx(() -> meetings.getItems().stream().anyMatch(m -> m.date().equals(FEBRUARY))));
        Meeting february = WindowDriver.onFx(() -> meetings.getItems().stream().filter(m -> m.date().equals(FEBRUARY))
                .findFirst().orElseThrow());
        MeetingRows.click(robot, window, february);
        ListView<Matter> pending = robot.lookup("#pending-list").queryListView();
        waitUntil(() -> WindowDriver.onFx(() -> pending.getItems().stream().anyMatch(m -> m.title().equals(MOTION))));

        robot.clickOn(robot.lookup("#pending-list .list-cell").match((ListCell<?> c) -> c.getItem() instanceof Matter m
                && m.title().equals(MOTION)).queryAs(Node.class));
        robot.clickOn("#pending-add");
        window.settled();
        String said = "”Motion om cykelvägar” står också på föredragningslistan för KF 14 december 2026, Kommunhuset."
                + " Ta bort det där om det inte ska tas upp två gånger.";
        waitUntil(() -> notices(robot).contains(said), () -> "notices: " + notices(robot));
        window.snapshot(robot, "meetings32-also-planned");
        assertThat(onAgenda(robot)).as("February's agenda").contains(MOTION);

        window.show(robot, "dashboard");
        window.show(robot, MeetingsScreen.ID);
        window.settled();
        assertThat(meetings.getSelectionModel().getSelectedItem().id()).isEqualTo(february.id());
        waitUntil(() -> onAgenda(robot).contains(MOTION));
        var services = window.shell().context().services();
        assertThat(services.meetings().agenda(december)).as("December's agenda keeps it").hasSize(1);
    }

    /** The headings of the agenda's items on screen. */
    private static List<String> onAgenda(FxRobot robot) {
        ListView<AgendaRow> rows = robot.lookup("#agenda-list").queryListView();
        return WindowDriver.onFx(() -> rows.getItems().stream().filter(r -> r.item() != null)
                .map(AgendaRow::heading).toList());
    }

    /** The lines of the notification bar, read on the FX thread. */
    private static List<String> notices(FxRobot robot) {
        return WindowDriver.onFx(() -> robot.lookup(".notification-bar .label").queryAllAs(Labeled.class).stream()
                .filter(l -> l.getText() != null).flatMap(l -> l.getText().lines()).toList());
    }
}
