package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
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
import se.ledamot.ui.DesktopWindow;

/**
 * A free-text item ("Upprop") on which the group has taken no stance shows none in Partigrupp: the form showed
 * "Bifall till kommunstyrelsens förslag" beside a row saying "Inte bestämt", and moving on stored that stance.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class FreeTextItemWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private AgendaItem roll;

    private void seed(Ledamot app) {
        long motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar")
                .submitted(LocalDate.parse("2026-01-10")).status(Status.PREPARED).build()).id();
        long meeting = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        roll = app.meetings().addText(meeting, "Upprop");
        app.meetings().addMatters(meeting, List.of(motion));
    }

    @Test
    void aFreeTextItemShowsNoStanceAndGetsNoneWhenTheGroupMovesOn(FxRobot robot) {
        TableView<GroupRow> table = groupOnTheFreeTextItem(robot);
        assertThat(table.getItems().getFirst().agenda().matter()).isNull();
        ComboBox<Stance> box = robot.lookup("#stance").queryComboBox();
        assertThat(box.getValue()).isNull();
        assertThat(box.getPromptText()).isEqualTo("Behövs inte (inget förslag till beslut)");

        GroupPositionsWindowTest.clickRow(robot, 1);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 1);
        GroupPositionsWindowTest.clickRow(robot, 0);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 0);
        assertThat(window.shell().context().services().positions().find(roll.id(), "V").map(Position::stance))
                .isEmpty();
        // A roll call asks nothing of the group: it reads as needing no position, not as undecided.
        assertThat(table.getItems().getFirst().stanceText()).isEqualTo("Behövs inte (inget förslag till beslut)");
    }

    /**
     * The walk of round 17: on Val av justerare the box offered "Bifall till kommunstyrelsens förslag", and the row
     * then said so, on an item the board has proposed nothing on. A free-text item (here Upprop) has its own proposal.
     */
    @Test
    void aFreeTextItemsStanceIsOnItsOwnProposalNotTheBoards(FxRobot robot) {
        TableView<GroupRow> table = groupOnTheFreeTextItem(robot);
        robot.clickOn("#stance");
        robot.clickOn("Bifall till förslaget till beslut");
        GroupPositionsWindowTest.clickRow(robot, 1);
        waitUntil(() -> window.shell().context().services().positions().find(roll.id(), "V")
                .map(Position::stance).orElse(null) == Stance.SUPPORT_PROPOSAL);
        waitUntil(() -> "Bifall till förslaget till beslut".equals(table.getItems().getFirst().stanceText()));
    }

    /** Partigrupp with the group V named and its first item (Upprop) chosen. */
    private TableView<GroupRow> groupOnTheFreeTextItem(FxRobot robot) {
        robot.interact(() -> window.shell().show(GroupScreen.ID));
        robot.clickOn("#group-code").write("V").type(KeyCode.ENTER);
        TableView<GroupRow> table = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);
        GroupPositionsWindowTest.clickRow(robot, 0);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 0);
        return table;
    }
}
