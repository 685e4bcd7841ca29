package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
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
import se.ledamot.ui.shell.MainWindow;

/**
 * Issue 16.5 for one item's minutes in the real window (1280×800) on a real PostgreSQL server: Karin writes the
 * protokoll of an item while Lars, another council secretary on another client, writes the same item. Her motion and
 * his both stay; the proposal found carried, chosen by both differently, opens the conflict view with both in words,
 * the server keeps his until she chooses, and her choice is what it keeps. The decision's wording typed by both is
 * offered merged, and the merged text is what the server keeps.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class StaleItemMinutesWindowTest {
    private static final String KARIN = "staleitemwin_karin";
    private static final String LARS = "staleitemwin_lars";
    private static final MovedMotion BOS = new MovedMotion(new Person("Bo Ek", "M"), MotionType.REJECT, null,
            List.of());
    private static final String WORDING = "Kommunfullmäktige beslutar\natt bifalla motionen\natt simhallen "
            + "byggs om\natt uppdra åt kommunstyrelsen att verkställa beslutet.";

    @RegisterExtension
    final OnlineWindow online = new OnlineWindow();

    private MinutesItemOnServer lars;

    @BeforeEach
    void serverWithAnItemAndItsWording() {
        lars = new MinutesItemOnServer(online, KARIN, LARS, WORDING);
    }

    @Test
    void bothMotionsStayTheCarriedProposalAndTheWordingGetTheConflictViewAndTheChoiceIsStored(FxRobot robot)
            throws Exception {
        MainWindow shell = lars.openInTheWindow(robot, online);
        TextArea wording = robot.lookup("#decisionText").queryAs(TextArea.class);

        // Lars records Bo Ek's motion; Karin records Anna Ek's from her stale record: both stay.
        lars.records(m -> m.withMotion(BOS));
        robot.clickOn("#motionBy").write("Anna Ek (S)").type(KeyCode.ENTER);
        ListView<?> motions = robot.lookup("#minutesMotions").queryListView();
        waitForStore(() -> lars.stored().motions().size() == 2);
        waitUntil(() -> motions.getItems().size() == 2);

        // Both mark what the chair found carried: his stands until she has chosen hers.
        lars.records(m -> m.withOrder(null, 0));
        ComboBox<?> carried = robot.lookup("#carried").queryAs(ComboBox.class);
        int annas = lars.stored().motions().indexOf(MovedMotion.of(new Person("Anna Ek", "S"),
                MotionType.APPROVE_PROPOSAL)) + 1;
        robot.interact(() -> carried.getSelectionModel().select(annas));
        waitUntil(() -> robot.lookup("#conflict-choose-mine").tryQuery().isPresent());
        assertThat(robot.lookup("#conflict-what").queryAs(Label.class).getText())
                .contains("simhallen").contains("Ordföranden finner bifall till");
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText())
                .isEqualTo("förslaget till beslut");
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText())
                .isEqualTo(annas + ". Anna Ek (S): bifall till förslaget");
        assertThat(lars.stored().carried()).isZero();
        Window view = robot.lookup("#conflict-choose-mine").query().getScene().getWindow();
        OnlineWindow.snapshot(robot, view, "stale-item-minutes-conflict");
        robot.clickOn("#conflict-choose-mine");
        waitUntil(() -> !view.isShowing());
        waitForStore(() -> Integer.valueOf(annas).equals(lars.stored().carried()));
        assertThat(lars.stored().motions()).hasSize(2);

        // Both change the decision's wording, on different lines: offered merged, and the merged text is kept.
        // (She types before his save: typed after it, the window could show his wording first, when his save was
        // noticed before she began; in CI it once was, and no conflict was left to merge.)
        String hers = WORDING.replace("verkställa beslutet", "verkställa beslutet före juni");
        robot.interact(() -> wording.setText(hers));
        waitUntil(() -> hers.equals(wording.getText()));
        lars.words(i -> i.withDecision(null, WORDING.replace("att bifalla motionen", "att bifalla motionen i sin helhet")));
        WindowDriver.reveal(robot, robot.lookup("#saveDecision").query());
        robot.clickOn("#saveDecision");
        // Whole runs missed this view once in a while (the rerun passed): the failure says what was on screen.
        waitUntil(() -> robot.lookup("#conflict-merged").tryQuery().filter(n -> n.getScene().getWindow()
                .isShowing()).isPresent(), () -> WindowDriver.windows() + "\n  stored: "
                + lars.storedItem().decisionText());
        String merged = "Kommunfullmäktige beslutar\natt bifalla motionen i sin helhet\natt simhallen byggs om\n"
                + "att uppdra åt kommunstyrelsen att verkställa beslutet före juni.";
        assertThat(robot.lookup("#conflict-merged").queryAs(TextArea.class).getText()).isEqualTo(merged);
        assertThat(robot.lookup("#conflict-what").queryAs(Label.class).getText()).contains("Beslutets lydelse");
        assertThat(lars.storedItem().decisionText()).contains("i sin helhet").doesNotContain("före juni");
        OnlineWindow.snapshot(robot, shell.stage(), "stale-item-minutes-window");
        OnlineWindow.snapshot(robot, view, "stale-item-wording-conflict");
        robot.clickOn("#conflict-choose-merged");
        waitForStore(() -> merged.equals(lars.storedItem().decisionText()));
        waitUntil(() -> merged.equals(wording.getText()));
    }

}
