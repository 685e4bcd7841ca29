package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.shell.MainWindow;

/**
 * Walked as a secretary on the samples: after Spara punkten the item stayed highlighted in the agenda while its form
 * said "Välj en punkt…", nothing chosen. The item saved stays chosen, and its texts stay in the form.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class AgendaSavedItemStaysChosenWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder);

    @Test
    void theItemSavedStaysChosenInTheListAndTheForm(FxRobot robot) throws Exception {
        MainWindow shell = window.shell();
        waitUntil(() -> shell.context().mattersRevision().get() > 0 && shell.context().tasks().isIdle());
        robot.interact(() -> shell.show(MeetingsScreen.ID));
        ListView<AgendaRow> agenda = robot.lookup("#agenda-list").queryListView();
        waitUntil(() -> agenda.getItems().stream().anyMatch(r -> r.matter() != null) && shell.context().tasks()
                .isIdle());
        for (String words : new String[] {"Motion", "Val av justerare"}) {
            robot.clickOn(robot.lookup("#agenda-list .list-cell").match((ListCell<AgendaRow> c) -> c.getItem() != null
                    && c.getText() != null && c.getText().contains(words)).queryAs(Node.class));
            TextArea proposal = robot.lookup("#agenda-item-proposal").queryAs(TextArea.class);
            waitUntil(() -> !proposal.isDisabled() && agenda.getSelectionModel().getSelectedItem() != null);
            long chosen = onFx(() -> agenda.getSelectionModel().getSelectedItem().item().id());
            robot.clickOn(proposal).write(" Ändrat.");
            String typed = onFx(proposal::getText);
            robot.clickOn("#agenda-item-save");
            waitUntil(() -> shell.context().tasks().isIdle() && shell.context().tasks().running().isEmpty());
            robot.interact(() -> shell.stage().getScene().getRoot().layout());
            WindowDriver.screenshot(robot, shell.stage().getScene(), "agenda-saved-item-" + words.charAt(0) + ".png");

            Label hint = robot.lookup("#agenda-item-hint").queryAs(Label.class);
            AgendaRow selected = onFx(() -> agenda.getSelectionModel().getSelectedItem());
            assertThat(selected).as("the item saved, chosen in the list").isNotNull();
            assertThat(selected.item().id()).isEqualTo(chosen);
            assertThat(onFx(hint::isVisible)).as("the form's hint \"%s\" beside the item highlighted", hint.getText())
                    .isFalse();
            assertThat(onFx(proposal::isDisabled)).as("the form of the item saved").isFalse();
            String after = onFx(proposal::getText);
            assertThat(after).as("the texts saved, in the form").isEqualTo(typed);
            TextField heading = robot.lookup("#agenda-item-heading").queryAs(TextField.class);
            String shown = onFx(heading::getText);
            assertThat(shown).isEqualTo(selected.heading());
        }
    }

    /** The meeting's own Spara (the window's default button, Enter in a field) with an item of its agenda chosen. */
    @Test
    void theItemChosenStaysChosenWhenTheMeetingIsSaved(FxRobot robot) throws Exception {
        MainWindow shell = window.shell();
        waitUntil(() -> shell.context().mattersRevision().get() > 0 && shell.context().tasks().isIdle());
        robot.interact(() -> shell.show(MeetingsScreen.ID));
        ListView<AgendaRow> agenda = robot.lookup("#agenda-list").queryListView();
        waitUntil(() -> agenda.getItems().stream().anyMatch(r -> r.matter() != null) && shell.context().tasks()
                .isIdle());
        robot.clickOn(robot.lookup("#agenda-list .list-cell").match((ListCell<AgendaRow> c) -> c.getItem() != null
                && c.getText() != null && c.getText().contains("Motion")).queryAs(Node.class));
        TextArea proposal = robot.lookup("#agenda-item-proposal").queryAs(TextArea.class);
        waitUntil(() -> !proposal.isDisabled() && agenda.getSelectionModel().getSelectedItem() != null);
        robot.clickOn("#meeting-place").write(", sal B");
        robot.clickOn("#meeting-save");
        waitUntil(() -> shell.context().tasks().isIdle() && shell.context().tasks().running().isEmpty());
        robot.interact(() -> shell.stage().getScene().getRoot().layout());
        WindowDriver.screenshot(robot, shell.stage().getScene(), "agenda-meeting-saved.png");

        Label hint = robot.lookup("#agenda-item-hint").queryAs(Label.class);
        boolean highlighted = onFx(() -> agenda.getSelectionModel().getSelectedItem() != null);
        boolean shown = onFx(() -> !proposal.isDisabled() && !hint.isVisible());
        assertThat(shown).as("the item's form shown (hint \"%s\")", hint.getText()).isEqualTo(highlighted);
        assertThat(highlighted).as("the item chosen before Spara").isTrue();
    }
}
