package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;

/** The secretary's walk (defect 3): Spara beslutet said nothing, and she could not tell that it had saved. */
@WindowTest
@ExtendWith(WindowRobot.class)
class DecisionSavedWindowTest {
    @TempDir
    Path folder;

    private long meetingId;
    private long itemId;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"), this::seed)
            .withScreens(MinutesScreen::install).withDialogsShown();

    private void seed(Ledamot app) {
        var motion = MinutesFlowTest.motionOnCycleLanes(app);
        meetingId = MinutesFlowTest.councilOn16November(app).id();
        itemId = app.meetings().addMatters(meetingId, List.of(motion.id())).getFirst().id();
    }

    @Test
    void sparaBeslutetSaysTheDecisionIsSaved(FxRobot robot) throws Exception {
        Ledamot app = window.open(robot).context().services();
        window.minutesOf(robot, meetingId);
        window.minutesTab(robot, "minutesTabItems");
        ListView<EntryRow> items = robot.lookup("#minutesItems").queryListView();
        EntryRow row = items.getItems().stream().filter(r -> r.toString().contains("cykelvägar")).findFirst()
                .orElseThrow();
        robot.interact(() -> items.getSelectionModel().select(row));
        waitUntil(() -> robot.lookup("#minutesItemTitle").queryAs(Label.class).getText().contains("cykelvägar"));
        window.settled();
        int before = window.dialogs.notifications.size();

        WindowDriver.clickShown(robot, "#decisionText").write("Kommunfullmäktige beslutar att bifalla motionen.");
        WindowDriver.clickShown(robot, "#saveDecision");
        WindowDriver.waitForStore(() -> app.meetings().item(itemId).orElseThrow().decisionText()
                .equals("Kommunfullmäktige beslutar att bifalla motionen."));
        waitUntil(() -> window.dialogs.notifications.size() > before,
                () -> "notices after Spara beslutet: " + window.dialogs.notifications.subList(before,
                        window.dialogs.notifications.size()));
        assertThat(window.dialogs.notifications.getLast())
                .isEqualTo("Beslutet i § 5 Motion från Jan Alexandersson (V) om cykelvägar är sparat.");
        window.snapshot(robot, "minutes-decision-saved");
        // A passing notice, shown in the window's bar, which hides it again rather than leave it to go stale.
        org.controlsfx.control.NotificationPane bar = robot.lookup(".notification-pane")
                .queryAs(org.controlsfx.control.NotificationPane.class);
        assertThat(bar.getText()).contains("är sparat");
        waitUntil(() -> !bar.isShowing());
    }
}
