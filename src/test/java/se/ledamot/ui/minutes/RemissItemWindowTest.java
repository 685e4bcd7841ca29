package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.reveal;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Decision;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.Samples;
import se.ledamot.ui.StoryWindow;
import se.ledamot.ui.WindowDriver;

/**
 * The secretary's walk (defect 2): a Remiss item's decision box had no "Välj beslut" and the chair's line said
 * "Ordföranden finner bifall till: förslaget till beslut" with no yrkanden moved.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class RemissItemWindowTest {
    @TempDir
    Path folder;

    private long meetingId;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"), this::seed)
            .withScreens(MinutesScreen::install);

    private void seed(Ledamot app) {
        var motion = MinutesFlowTest.motionOnCycleLanes(app);
        var remiss = app.matters().add(Samples.integrationRemiss());
        meetingId = MinutesFlowTest.councilOn16November(app).id();
        long motionItem = app.meetings().addMatters(meetingId, List.of(motion.id(), remiss.id())).getFirst().id();
        app.papers().saveItemMinutes(ItemMinutes.empty(motionItem).withOrder(null, 0));
        app.debates().record(motionItem, Decision.APPROVED);
    }

    /** From the motion decided before it, as the secretary goes down the list. */
    private void onTheRemiss(FxRobot robot) {
        window.open(robot);
        window.minutesOf(robot, meetingId);
        window.minutesTab(robot, "minutesTabItems");
        choose(robot, "cykelvägar");
        waitUntil(() -> robot.lookup("#decisionTaken").queryComboBox().getValue() != null);
        choose(robot, "integration");
    }

    private void choose(FxRobot robot, String title) {
        ListView<EntryRow> items = robot.lookup("#minutesItems").queryListView();
        EntryRow row = items.getItems().stream().filter(r -> r.toString().contains(title)).findFirst()
                .orElseThrow();
        robot.interact(() -> items.getSelectionModel().select(row));
        waitUntil(() -> robot.lookup("#minutesItemTitle").queryAs(Label.class).getText().contains(title));
        window.settled();
    }

    /** What the chooser shows, as drawn: the prompt or the choice. */
    private static String shown(Node chooser) {
        return chooser.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    @Test
    void theRemissAsksForItsDecisionAsTheOtherItemsDo(FxRobot robot) throws Exception {
        onTheRemiss(robot);
        ComboBox<Decision> decision = robot.lookup("#decisionTaken").queryComboBox();
        ComboBox<String> carried = robot.lookup("#carried").queryComboBox();
        assertThat(decision.getValue()).isNull();
        assertThat(shown(decision)).as("the decision's prompt, as on the motion").isEqualTo("Välj beslut");
        // No yrkanden: no chair's finding is offered as made, and the line says how the council decides then.
        assertThat(carried.isVisible() && shown(carried).equals("förslaget till beslut")).isFalse();
        Label none = robot.lookup("#carriedNone").queryAs(Label.class);
        assertThat(none.isVisible()).isTrue();
        assertThat(none.getText()).isEqualTo(
                "Inga yrkanden har framställts: beslutet fattas i enlighet med förslaget till beslut.");
        reveal(robot, none);
        window.snapshot(robot, "minutes-remiss");

        // Decided, the printed § says what was decided and no chair's proposition on a proposal nobody opposed.
        robot.interact(() -> decision.setValue(Decision.APPROVED));
        window.settled();
        Path pdf = folder.resolve("protokoll.pdf");
        window.dialogs.saveTo = pdf;
        WindowDriver.clickShown(robot, "#exportProtokoll");
        waitUntil(() -> robot.lookup("#minutesStatus").queryLabeled().getText().contains("protokoll.pdf"));
        String text = window.saved(pdf);
        java.nio.file.Files.copy(pdf, Path.of("target", "remiss-protokoll.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(text).contains("Remiss: rapport om integration").contains("Yttrandet över remissen antas.")
                .doesNotContain("Ordföranden ställer proposition").doesNotContain("Remissen bifalls");
    }
}
