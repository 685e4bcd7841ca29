package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Person;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.minutes.EntryRow;
import se.ledamot.ui.shell.MainWindow;

/**
 * Issue 16 in Protokoll on a real PostgreSQL server: Karin has an item's minutes open while Lars, another council
 * secretary on another client, records motions and changes the decision's wording. His motions come into her item
 * within the window's poll without her doing anything, the item stays chosen, and the wording she typed and has not
 * saved stays; saving it meets his wording in the conflict view.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class MinutesFollowWindowTest {
    private static final String KARIN = "minfollow_karin";
    private static final String LARS = "minfollow_lars";
    private static final String WORDING = "Kommunfullmäktige beslutar\natt bifalla motionen.";

    @RegisterExtension
    final OnlineWindow online = new OnlineWindow();

    private MinutesItemOnServer lars;

    @BeforeEach
    void serverWithAnItemAndItsWording() {
        lars = new MinutesItemOnServer(online, KARIN, LARS, WORDING);
    }

    @Test
    void larsMotionsComeInAndHerTypedWordingStaysAndMeetsHis(FxRobot robot) throws Exception {
        MainWindow shell = lars.openInTheWindow(robot, online);
        TextArea wording = robot.lookup("#decisionText").queryAs(TextArea.class);
        ListView<EntryRow> items = robot.lookup("#minutesItems").queryListView();
        ListView<?> motions = robot.lookup("#minutesMotions").queryListView();

        lars.records(m -> m.withMotion(motion("Bo Ek", "M")));
        waitUntil(() -> motions.getItems().size() == 1);

        // Karin types the wording; Lars changes it and records another motion: his motion comes in, her text stays.
        robot.interact(() -> wording.setText(WORDING.replace("motionen.", "motionen i sin helhet.")));
        lars.words(i -> i.withDecision(null, WORDING.replace("motionen.", "motionen genast.")));
        lars.records(m -> m.withMotion(motion("Cia Ek", "V")));
        waitUntil(() -> motions.getItems().size() == 2);
        assertThat(wording.getText()).contains("i sin helhet");
        assertThat(items.getSelectionModel().getSelectedItem().item().id()).isEqualTo(lars.item);
        OnlineWindow.snapshot(robot, shell.stage(), "minutes-follow-others");

        WindowDriver.reveal(robot, robot.lookup("#saveDecision").query());
        robot.clickOn("#saveDecision");
        waitUntil(() -> robot.lookup("#conflict-choose-mine").tryQuery().filter(n -> n.getScene().getWindow()
                .isShowing()).isPresent());
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).contains("genast");
        assertThat(lars.storedItem().decisionText()).contains("genast");
    }

    private static MovedMotion motion(String name, String party) {
        return new MovedMotion(new Person(name, party), MotionType.REJECT, null, List.of());
    }

}
