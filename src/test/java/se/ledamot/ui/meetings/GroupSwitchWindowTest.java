package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.event.ActionEvent;
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
import se.ledamot.domain.meeting.Position;
import se.ledamot.service.Ledamot;
import se.ledamot.service.PositionService;
import se.ledamot.ui.StoryWindow;

/**
 * Partigrupp, one item, two groups: she types S's argument and at once (before typing pauses) chooses group V. What
 * she typed is S's and stored as S's; V's argument stays V's, in the database and in the form. It used to be written
 * into V's position over V's own text, and lost for S (found walking as a party group).
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class GroupSwitchWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed);

    private long item;

    private void seed(Ledamot app) {
        long meeting = StoryWindow.plannedMeeting(app);
        long matter = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen").build()).id();
        item = app.meetings().addMatters(meeting, List.of(matter)).getFirst().id();
        app.positions().save("V", Position.undecided(item, "V").withArguments("V:s eget argument"));
    }

    @Test
    void typingForOneGroupIsNeverStoredAsAnothersWhenTheGroupChangesBeforeItPauses(FxRobot robot) {
        window.open(robot);
        window.show(robot, GroupScreen.ID);
        TextField group = robot.lookup("#group-code").queryAs(TextField.class);
        robot.clickOn(group).write("S").type(KeyCode.ENTER);
        TableView<GroupRow> table = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1 && "S".equals(table.getItems().getFirst().position().group()));
        GroupPositionsWindowTest.clickRow(robot, 0);
        TextArea arguments = robot.lookup("#arguments").queryAs(TextArea.class);
        waitUntil(() -> !arguments.isDisabled());
        window.settled();

        // Typed and the group changed in one go: certainly before the form's store waits out its pause.
        robot.interact(() -> {
            arguments.setText("S:s argument");
            group.setText("V");
            group.fireEvent(new ActionEvent());
        });
        waitUntil(() -> "V".equals(table.getItems().getFirst().position().group()));
        waitUntil(() -> "V:s eget argument".equals(arguments.getText()));
        window.settled();

        assertThat(positions().get(item, "V").arguments()).as("V's stored argument").isEqualTo("V:s eget argument");
        waitForStore(() -> positions().find(item, "S").isPresent());
        assertThat(positions().get(item, "S").arguments()).as("S's typing, stored as S's").isEqualTo("S:s argument");
        assertThat(arguments.getText()).as("the form shows V's").isEqualTo("V:s eget argument");
    }

    /** Walked: under Eget yrkande there was nowhere to write the yrkande; Argument says it is written there. */
    @Test
    void underEgetYrkandeTheArgumentFieldAsksForTheYrkande(FxRobot robot) {
        window.open(robot);
        window.show(robot, GroupScreen.ID);
        robot.clickOn("#group-code").write("V").type(KeyCode.ENTER);
        TableView<GroupRow> table = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1 && "V".equals(table.getItems().getFirst().position().group()));
        GroupPositionsWindowTest.clickRow(robot, 0);
        TextArea arguments = robot.lookup("#arguments").queryAs(TextArea.class);
        waitUntil(() -> !arguments.isDisabled());
        javafx.scene.control.ComboBox<se.ledamot.domain.meeting.Stance> stance = robot.lookup("#stance")
                .queryComboBox();
        assertThat(arguments.getPromptText()).isEmpty();
        robot.interact(() -> stance.setValue(se.ledamot.domain.meeting.Stance.OWN));
        assertThat(arguments.getPromptText()).isEqualTo("Gruppens yrkande (att…) och argumenten för det");
    }

    private PositionService positions() {
        return window.shell().context().services().positions();
    }
}
