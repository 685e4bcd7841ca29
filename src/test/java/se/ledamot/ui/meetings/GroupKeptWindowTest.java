package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Position;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;

/**
 * Issue 16.5 in the real window (1280×800, on a data folder), Partigrupp: she changes the group's speaker on an item
 * where another member of group V stored another speaker meanwhile, and chooses later ("Välj senare"); she closes the
 * window (the question names the item as kept; the story window answers yes) and starts again. Opening Partigrupp
 * asks again with both speakers, and her choice is stored and no longer kept.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class GroupKeptWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed);

    private long item;

    private void seed(Ledamot app) {
        long meeting = StoryWindow.plannedMeeting(app);
        long matter = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen").build()).id();
        item = app.meetings().addMatters(meeting, List.of(matter)).getFirst().id();
        app.positions().save("V", Position.undecided(item, "V").withSpeaker("Bo Berg"));
    }

    @Test
    void theGroupsSpeakerPutAsideIsAskedAgainAfterARestart(FxRobot robot) throws Exception {
        window.open(robot);
        window.show(robot, GroupScreen.ID);
        robot.clickOn("#group-code").write("V").type(KeyCode.ENTER);
        TableView<GroupRow> table = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        GroupPositionsWindowTest.clickRow(robot, 0);
        TextField speaker = robot.lookup("#speaker").queryAs(TextField.class);
        // The form shows the position as read, and nothing is on its way: her copy is "Bo Berg" before the other's save.
        waitUntil(() -> "Bo Berg".equals(speaker.getText()) && !speaker.isDisabled());
        window.settled();

        // The other member's save, from the copy as stored: certainly a change of theirs that hers will meet.
        Position copy = positions().get(item, "V");
        assertThat(positions().save("V", copy, copy.withSpeaker("Per Holm")).conflicts()).as("the other's save")
                .isEmpty();
        // One change of the field, stored when typing pauses: the conflict view never opens in the middle of her
        // typing, nor over Spara as the robot moves to it (a click would land in the view).
        robot.interact(() -> speaker.setText("Anna Ek"));
        window.putAsideAndRestart(robot, "simhallen", GroupScreen.ID);
        assertThat(positions().get(item, "V").speaker()).as("nothing written over").isEqualTo("Per Holm");

        Window again = WindowDriver.conflictView(robot);
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).isEqualTo("Anna Ek");
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).isEqualTo("Per Holm");
        window.snapshot(robot, "put-aside-group-after-restart");
        WindowDriver.screenshot(robot, again.getScene(), "put-aside-group-view-after-restart.png");
        robot.clickOn("#conflict-choose-mine");

        waitForStore(() -> "Anna Ek".equals(positions().get(item, "V").speaker()));
        var services = window.shell().context().services();
        waitForStore(() -> services.putAside().waiting().isEmpty());
        TableView<GroupRow> shown = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> shown.getItems().stream().anyMatch(r -> "Anna Ek".equals(r.position().speaker())));
    }

    /** The positions, through the window open now. */
    private se.ledamot.service.PositionService positions() {
        return window.shell().context().services().positions();
    }
}
