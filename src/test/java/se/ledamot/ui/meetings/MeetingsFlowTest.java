package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.service.Ledamot;
import se.ledamot.service.MatterService;
import se.ledamot.ui.DesktopWindow;

/** Drives the real window: a secretary builds the agenda from the suggestion; a group records its positions. */
@WindowTest
@ExtendWith(WindowRobot.class)
class MeetingsFlowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private long meetingId;

    private void seed(Ledamot app) {
        MatterService matters = app.matters();
        matters.add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar")
                .submitted(LocalDate.parse("2026-01-10")).status(Status.PREPARED).build());
        matters.add(Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation om skolan")
                .submitted(LocalDate.parse("2026-11-20")).status(Status.SUBMITTED).build());
        meetingId = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
    }

    private List<AgendaItem> storedAgenda() {
        return window.shell().context().services().meetings().agenda(meetingId);
    }

    @Test
    void theSecretaryBuildsTheAgendaFromTheSuggestion(FxRobot robot) {
        robot.interact(() -> window.shell().show(MeetingsScreen.ID));
        TableView<Meeting> meetings = robot.lookup("#meetings-table").queryTableView();
        waitUntil(() -> meetings.getItems().size() == 1);
        robot.clickOn("KF");
        ListView<?> agenda = robot.lookup("#agenda-list").queryListView();
        ListView<?> pending = robot.lookup("#pending-list").queryListView();
        waitUntil(() -> pending.getItems().size() == 2);

        robot.clickOn("#agenda-suggest");
        ListView<?> suggestions = robot.lookup("#suggestion-list").queryListView();
        waitUntil(() -> suggestions.getItems().size() == 2);
        robot.clickOn("#agenda-suggest-add");
        // The kallelse's list: Upprop … Anmälan (1-4), the two matters, Meddelanden.
        waitUntil(() -> agenda.getItems().size() == 7 && pending.getItems().isEmpty());

        robot.clickOn("#agenda-text").write("Information från revisorerna").type(KeyCode.ENTER);
        waitUntil(() -> agenda.getItems().size() == 8);
        robot.interact(() -> agenda.getSelectionModel().clearAndSelect(6));
        robot.clickOn("#agenda-up").clickOn("#agenda-up");

        waitForStore(() -> storedAgenda().size() == 3
                && "Information från revisorerna".equals(storedAgenda().get(0).text()));
        assertThat(storedAgenda()).extracting(AgendaItem::number).containsExactly(1, 2, 3);
        // The agenda reloads in the background after the store has the change; the standard items keep 1-4.
        waitUntil(() -> ((AgendaRow) agenda.getItems().get(4)).line().equals("Punkt 5  Information från revisorerna"));
        assertThat(((AgendaRow) agenda.getItems().get(5)).heading()).isEqualTo("Interpellation om skolan");
        assertThat(((AgendaRow) agenda.getItems().get(0)).heading()).isEqualTo("Upprop");
    }

    @Test
    void theGroupRecordsItsPositionAndSpeaker(FxRobot robot) {
        window.shell().context().services().meetings().addMatters(meetingId,
                window.shell().context().services().matters().list().stream().map(Matter::id).sorted().toList());
        robot.interact(() -> window.shell().show(GroupScreen.ID));
        robot.clickOn("#group-code").write("V").type(KeyCode.ENTER);
        TableView<GroupRow> table = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);

        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        ComboBox<Stance> stance = robot.lookup("#stance").queryComboBox();
        robot.interact(() -> stance.setValue(Stance.SUPPORT));
        robot.clickOn("#speaker").write("Anna Ek");
        robot.clickOn("#reviewed");
        robot.clickOn("#position-save");

        long itemId = table.getItems().get(0).agenda().item().id();
        waitForStore(() -> window.shell().context().services().positions().find(itemId, "V")
                .map(p -> p.stance() == Stance.SUPPORT && "Anna Ek".equals(p.speaker()) && p.reviewed())
                .orElse(false));
        assertThat(window.shell().context().services().positions().find(itemId, "M")).isEmpty();

        robot.clickOn("#only-undecided");
        waitUntil(() -> table.getItems().size() == 1);
        Position other = table.getItems().getFirst().position();
        assertThat(other.isDecided()).isFalse();
        assertThat(other.group()).isEqualTo("V");
    }
}
