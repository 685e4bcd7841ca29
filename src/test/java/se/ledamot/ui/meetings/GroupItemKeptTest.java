package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.MatterKind;
import se.ledamot.ui.StoryWindow;

/**
 * The walk (round 19) on the samples: Partigrupp opened with no row chosen, so the form below was empty and grey,
 * and after a restart the item she was on was gone. The first item still to decide is chosen, then the item she was
 * on, over a restart; in the table the arrows go on from there, and the keys are not taken from where she is.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class GroupItemKeptTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"));

    @Test
    void theFirstItemToDecideThenTheItemSheWasOnAfterARestart(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.plannedMeeting().isPresent());
        window.settled();
        TableView<GroupRow> table = window.openGroup(robot, "S");
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null, () -> "nothing chosen in "
                + table.getItems().stream().map(r -> r.agenda().heading()).toList());
        GroupRow first = table.getItems().stream().filter(GroupRow::undecided).findFirst().orElseThrow();
        assertThat(table.getSelectionModel().getSelectedItem().agenda().item().id())
                .as("the first item still to decide").isEqualTo(first.agenda().item().id());
        assertThat(robot.lookup("#stance").query().isDisabled()).as("its form").isFalse();

        int interpellation = table.getItems().indexOf(table.getItems().stream()
                .filter(r -> r.kind() == MatterKind.INTERPELLATION).findFirst().orElseThrow());
        GroupPositionsWindowTest.clickRow(robot, interpellation);
        window.settled();
        long on = table.getSelectionModel().getSelectedItem().agenda().item().id();
        window.close(robot);
        window.open(robot);
        window.show(robot, GroupScreen.ID);
        window.settled();
        TableView<GroupRow> again = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> again.getSelectionModel().getSelectedItem() != null
                && again.getSelectionModel().getSelectedItem().agenda().item().id() == on,
                () -> "chosen: " + again.getSelectionModel().getSelectedItem());
        window.snapshot(robot, "group-item-after-restart");
        assertThat(robot.lookup("#stance").query().isDisabled()).as("its form").isFalse();
        // The keys stay where her click left them (the screens' list), and in the table they go on from her item.
        Node focused = onFx(() -> window.shell().stage().getScene().getFocusOwner());
        assertThat(focused == null ? null : focused.getId()).as("not taken from her").isEqualTo("navigation");
        assertThat(onFx(() -> again.getFocusModel().getFocusedItem())).isSameAs(
                onFx(() -> again.getSelectionModel().getSelectedItem()));
    }
}
