package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
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
import se.ledamot.domain.meeting.Stance;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;

/**
 * Partigrupp by keyboard only (walk20): on an undecided item's Hållning she presses Down, then Enter. The first stance
 * of a motion is chosen, stored, shown in the table's row, still there after another row and back, and after a restart.
 * Down once left "Inte bestämt" before: the list's first entry is that null, and an empty box had no entry selected.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class GroupStanceKeysWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed);

    private long item;

    private void seed(Ledamot app) {
        long meeting = StoryWindow.plannedMeeting(app);
        long first = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen").build()).id();
        long second = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om biblioteket").build()).id();
        item = app.meetings().addMatters(meeting, List.of(first, second)).getFirst().id();
    }

    @Test
    void downThenEnterChoosesTheFirstStanceAndItStays(FxRobot robot) {
        window.open(robot);
        window.show(robot, GroupScreen.ID);
        robot.clickOn("#group-code").write("V").type(KeyCode.ENTER);
        TableView<GroupRow> table = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);
        GroupPositionsWindowTest.clickRow(robot, 0);
        ComboBox<Stance> stance = robot.lookup("#stance").queryComboBox();
        waitUntil(() -> !stance.isDisabled());
        Stance first = Stance.forKind(MatterKind.MOTION).getFirst();

        robot.interact(stance::requestFocus);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        assertThat(stance.getValue()).as("the stance Down chose").isEqualTo(first);
        waitForStore(() -> first == positions().get(item, "V").stance());
        waitUntil(() -> first == table.getItems().getFirst().position().stance());

        GroupPositionsWindowTest.clickRow(robot, 1);
        waitUntil(() -> stance.getValue() == null);
        GroupPositionsWindowTest.clickRow(robot, 0);
        waitUntil(() -> stance.getValue() == first);

        window.close(robot);
        window.open(robot);
        window.show(robot, GroupScreen.ID);
        ComboBox<Stance> again = robot.lookup("#stance").queryComboBox();
        waitUntil(() -> again.getValue() == first);
        assertThat(again.getButtonCell().getText()).isEqualTo(se.ledamot.l10n.Localization.stance(first,
                MatterKind.MOTION));
    }

    private se.ledamot.service.PositionService positions() {
        return window.shell().context().services().positions();
    }
}
