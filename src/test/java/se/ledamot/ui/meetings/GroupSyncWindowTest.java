package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.dashboard.DashboardScreen;

/**
 * Walk (walkserver, Partigrupp): positions a sync pulled into the laptop's database, or a choice made in the sync's
 * conflict view, were not shown; the form kept the old values and a save would have written them over. The store
 * is changed underneath here as a sync does, and the window is told as a sync tells it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class GroupSyncWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private List<AgendaItem> items;

    private void seed(Ledamot app) {
        long motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om parkbänkar")
                .submitted(LocalDate.parse("2026-01-10")).status(Status.PREPARED).build()).id();
        long other = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen")
                .submitted(LocalDate.parse("2026-02-10")).status(Status.PREPARED).build()).id();
        long meeting = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        items = app.meetings().addMatters(meeting, List.of(motion, other));
    }

    private TableView<GroupRow> openFirstItem(FxRobot robot) {
        robot.interact(() -> window.shell().show(GroupScreen.ID));
        robot.clickOn("#group-code").write("V").type(KeyCode.ENTER);
        TableView<GroupRow> table = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);
        GroupPositionsWindowTest.clickRow(robot, 0);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 0);
        return table;
    }

    /** What a sync does: another member's position written into this database, not through this screen. */
    private void pulled(Stance stance, String speaker, String notes) {
        var positions = window.shell().context().services().positions();
        Position stored = positions.get(items.get(0).id(), "V");
        positions.save("V", stored.withStance(stance).withSpeaker(speaker).withNotes(notes));
    }

    private String speaker(FxRobot robot) {
        return robot.lookup("#speaker").queryAs(TextField.class).getText();
    }

    private String notes(FxRobot robot) {
        return robot.lookup("#notes").queryAs(TextArea.class).getText();
    }

    private Stance stance(FxRobot robot) {
        ComboBox<Stance> box = robot.lookup("#stance").queryComboBox();
        return box.getValue();
    }

    @Test
    void positionsPulledBySyncAreShownInTheTableAndTheForm(FxRobot robot) {
        TableView<GroupRow> table = openFirstItem(robot);
        pulled(Stance.SUPPORT, "Bo Berg", "Bo talar");
        robot.interact(() -> window.shell().context().mattersChanged());

        waitUntil(() -> table.getItems().getFirst().position().stance() == Stance.SUPPORT);
        waitUntil(() -> "Bo Berg".equals(speaker(robot)));
        assertThat(stance(robot)).isEqualTo(Stance.SUPPORT);
        assertThat(notes(robot)).isEqualTo("Bo talar");
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void anotherScreenAndBackReadsThePositionsAgain(FxRobot robot) {
        TableView<GroupRow> table = openFirstItem(robot);
        robot.interact(() -> window.shell().show(DashboardScreen.ID));
        pulled(Stance.SUPPORT, "Bo Berg", "Bo talar");
        robot.interact(() -> window.shell().show(GroupScreen.ID));

        waitUntil(() -> table.getItems().getFirst().position().stance() == Stance.SUPPORT);
        waitUntil(() -> "Bo Berg".equals(speaker(robot)));
        assertThat(notes(robot)).isEqualTo("Bo talar");
    }

    @Test
    void typingNotStoredYetIsKeptAndStoredWithTheFieldsPulled(FxRobot robot) {
        TableView<GroupRow> table = openFirstItem(robot);
        TextArea arguments = robot.lookup("#arguments").queryAs(TextArea.class);
        // Typed, and the sync's news comes before the pause that would store it.
        robot.interact(() -> {
            arguments.setText("Bänkar för äldre");
            pulled(Stance.SUPPORT, "Bo Berg", "Bo talar");
            window.shell().context().mattersChanged();
        });

        waitUntil(() -> "Bo Berg".equals(speaker(robot)));
        assertThat(arguments.getText()).isEqualTo("Bänkar för äldre");
        var positions = window.shell().context().services().positions();
        waitUntil(() -> "Bänkar för äldre".equals(positions.get(items.get(0).id(), "V").arguments()));
        Position stored = positions.get(items.get(0).id(), "V");
        assertThat(stored.speaker()).isEqualTo("Bo Berg");
        assertThat(stored.stance()).isEqualTo(Stance.SUPPORT);
        assertThat(stored.notes()).isEqualTo("Bo talar");
        assertThat(table.getItems().getFirst().position().speaker()).isEqualTo("Bo Berg");
    }

    @Test
    void typingInAFieldTheSyncChangedTooOpensTheConflictViewAndOverwritesNothing(FxRobot robot) {
        openFirstItem(robot);
        TextArea notes = robot.lookup("#notes").queryAs(TextArea.class);
        robot.interact(() -> {
            notes.setText("Anna talar först");
            pulled(Stance.SUPPORT, "Bo Berg", "Bo tar repliken");
            window.shell().context().mattersChanged();
        });

        waitUntil(() -> robot.lookup("#conflict-mine").tryQuery().filter(n -> n.getScene().getWindow()
                .isShowing()).isPresent());
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).isEqualTo("Anna talar först");
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).isEqualTo("Bo tar repliken");
        Position stored = window.shell().context().services().positions().get(items.get(0).id(), "V");
        assertThat(stored.notes()).isEqualTo("Bo tar repliken");
        assertThat(notes.getText()).isEqualTo("Anna talar först");
        waitUntil(() -> "Bo Berg".equals(speaker(robot)));
    }
}
