package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.meetings.GroupRow;
import se.ledamot.ui.meetings.GroupScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * Issue 16.5 for a group's positions in the real window (1280×800) on a real PostgreSQL server: Anna has her group's
 * position on an item open at the group meeting while Bo, another member of group S signed in from another client,
 * saves the same position. Anna's Spara does not overwrite Bo's arguments: the conflict view the sync and the matter
 * editor use opens (Bo's text, hers, the merged one); Bo's speaker, a field she did not touch, comes into her form;
 * her stance is stored. The merged text she chooses is what the server keeps.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class StalePositionWindowTest {
    private static final String ANNA = "stalewin_anna";
    private static final String BO = "stalewin_bo";
    private static final String ARGUMENTS = "Första argumentet.\nAndra argumentet.\nTredje argumentet.";

    @RegisterExtension
    final OnlineWindow online = new OnlineWindow();

    private OtherMember bo;

    @BeforeEach
    void serverWithAnItemAndBosPosition() {
        bo = new OtherMember(online, ANNA, BO, "Motion om simhallen");
        bo.savesPosition(p -> p.withArguments(ARGUMENTS));
    }

    @Test
    void aStaleSparaOfTheSameArgumentsGetsTheConflictViewAndTheMergedChoiceIsWhatTheServerKeeps(FxRobot robot)
            throws Exception {
        MainWindow shell = annasGroupMeetingWithTheItemOpen(robot);
        TextArea arguments = robot.lookup("#arguments").queryAs(TextArea.class);
        ComboBox<Stance> stance = robot.lookup("#stance").queryComboBox();
        // Her typing right after Bo's save, before the window next asks the server (it would bring his position into
        // her form): in one go on the FX thread, where the asking's news waits.
        robot.interact(() -> {
            bo.savesPosition(p -> p.withArguments("Första argumentet, Bos.\nAndra argumentet.\nTredje argumentet.")
                    .withSpeaker("Bo Ek"));
            arguments.appendText(" Annas tillägg.");
            stance.setValue(Stance.SUPPORT);
        });
        robot.clickOn("#position-save");

        waitUntil(() -> robot.lookup("#conflict-merged").tryQuery().isPresent());
        TextArea merged = robot.lookup("#conflict-merged").queryAs(TextArea.class);
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText())
                .isEqualTo("Första argumentet, Bos.\nAndra argumentet.\nTredje argumentet.");
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText())
                .isEqualTo("Första argumentet.\nAndra argumentet.\nTredje argumentet. Annas tillägg.");
        assertThat(merged.getText())
                .isEqualTo("Första argumentet, Bos.\nAndra argumentet.\nTredje argumentet. Annas tillägg.");
        assertThat(robot.lookup("#conflict-what").queryAs(Label.class).getText()).contains("Argument");
        waitUntil(() -> merged.getScene().getFocusOwner() == merged);
        // Nothing overwritten: the server keeps Bo's arguments and speaker, and Anna's stance is stored.
        Position stored = bo.storedPosition();
        assertThat(stored.arguments()).startsWith("Första argumentet, Bos.");
        assertThat(stored.speaker()).isEqualTo("Bo Ek");
        assertThat(stored.stance()).isEqualTo(Stance.SUPPORT);
        // Bo's speaker, which Anna did not touch, came into her form; her text stays in hers until she chooses.
        waitUntil(() -> "Bo Ek".equals(robot.lookup("#speaker").queryAs(TextField.class).getText()));
        assertThat(arguments.getText()).endsWith("Annas tillägg.");
        OnlineWindow.snapshot(robot, shell.stage(), "stale-position-window");
        OnlineWindow.snapshot(robot, merged.getScene().getWindow(), "stale-position-conflict");

        robot.clickOn("#conflict-choose-merged");
        waitUntil(() -> !merged.getScene().getWindow().isShowing());
        String chosen = "Första argumentet, Bos.\nAndra argumentet.\nTredje argumentet. Annas tillägg.";
        waitForStore(() -> chosen.equals(bo.storedPosition().arguments()));
        assertThat(bo.storedPosition().speaker()).isEqualTo("Bo Ek");
        assertThat(bo.storedPosition().stance()).isEqualTo(Stance.SUPPORT);
        waitUntil(() -> chosen.equals(arguments.getText()));
    }

    @Test
    void keepingTheOthersNotesPutsThemInTheFormAndALaterSaveKeepsThem(FxRobot robot) throws Exception {
        annasGroupMeetingWithTheItemOpen(robot);
        TextArea notes = robot.lookup("#notes").queryAs(TextArea.class);
        robot.interact(() -> {
            bo.savesPosition(p -> p.withNotes("Bos anteckning"));
            notes.setText("Annas anteckning");
        });
        robot.clickOn("#position-save");
        waitUntil(() -> robot.lookup("#conflict-choose-theirs").tryQuery().isPresent());
        assertThat(bo.storedPosition().notes()).isEqualTo("Bos anteckning");

        robot.clickOn("#conflict-choose-theirs");
        waitUntil(() -> "Bos anteckning".equals(notes.getText()));
        // Her later edit of another field is saved on top of the choice, with no second conflict.
        TextField speaker = robot.lookup("#speaker").queryAs(TextField.class);
        robot.interact(() -> speaker.setText("Anna"));
        robot.clickOn("#position-save");
        waitForStore(() -> "Anna".equals(bo.storedPosition().speaker()));
        assertThat(bo.storedPosition().notes()).isEqualTo("Bos anteckning");
        assertThat(robot.lookup("#conflict-choose-theirs").tryQuery().filter(n -> n.getScene().getWindow()
                .isShowing())).isEmpty();
    }

    private MainWindow annasGroupMeetingWithTheItemOpen(FxRobot robot) throws Exception {
        MainWindow shell = online.connect(bo.logins, ANNA);
        robot.interact(() -> shell.show(GroupScreen.ID));
        TextField group = robot.lookup("#group-code").queryAs(TextField.class);
        robot.interact(group::clear);
        robot.clickOn(group).write("S").type(KeyCode.ENTER);
        TableView<GroupRow> table = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1
                && ARGUMENTS.equals(table.getItems().getFirst().position().arguments()));
        WindowDriver.clickFirstRow(robot, "#group-table");
        waitUntil(() -> ARGUMENTS.equals(robot.lookup("#arguments").queryAs(TextArea.class).getText()));
        WindowDriver.reveal(robot, robot.lookup("#position-save").query());
        return shell;
    }

}
