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
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Present;
import se.ledamot.domain.minutes.Signers;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;

/**
 * The walk of session 13 in the window: the decision chosen in Protokoll decides the motion (it stayed Beredd, only
 * Debatt's decision moved it), and "Ordföranden finner bifall till" was an empty sliver until something was chosen,
 * then cut "förslaget till beslu…".
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class MinutesDecisionWalkTest {
    @TempDir
    Path folder;

    private long meetingId;
    private long itemId;
    private long motionId;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"), this::seed)
            .withScreens(MinutesScreen::install);

    private void seed(Ledamot app) {
        Matter motion = MinutesFlowTest.motionOnCycleLanes(app);
        motionId = motion.id();
        meetingId = MinutesFlowTest.councilOn16November(app).id();
        itemId = app.meetings().addMatters(meetingId, List.of(motion.id())).getFirst().id();
        app.papers().saveItemMinutes(ItemMinutes.empty(itemId)
                .withMotion(MovedMotion.of(Person.parse("Lars Nilsson (M)"), MotionType.REJECT)));
    }

    private void onTheMotion(FxRobot robot) {
        window.open(robot);
        window.minutesOf(robot, meetingId);
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ListView<?> items = robot.lookup("#minutesItems").queryListView();
        robot.interact(() -> items.getSelectionModel().select(4));
        waitUntil(() -> robot.lookup("#minutesItemTitle").queryAs(Label.class).getText().contains("cykelvägar"));
        window.settled();
    }

    /** What the chooser shows, as drawn: the prompt or the choice, cut with "…" when it does not fit. */
    private static String shown(Node chooser) {
        return chooser.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    @Test
    void theChairsFindingHasAPromptAndRoomForItsChoicesAt1280And1000(FxRobot robot) {
        onTheMotion(robot);
        ComboBox<String> carried = robot.lookup("#carried").queryComboBox();
        reveal(robot, carried);

        assertThat(shown(carried)).isEqualTo("Välj förslag");
        for (double[] size : new double[][] {{1280, 800}, {1000, 650}}) {
            Window stage = carried.getScene().getWindow();
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (int i = 0; i < carried.getItems().size(); i++) {
                int at = i;
                robot.interact(() -> carried.getSelectionModel().select(at));
                robot.interact(carried::applyCss);
                robot.interact(carried::layout);
                waitUntil(() -> shown(carried).equals(carried.getItems().get(at)));
                assertThat(carried.getWidth()).as("not narrower than it needs").isGreaterThanOrEqualTo(
                        carried.prefWidth(-1) - 0.5);
                assertThat(carried.getMinWidth()).isEqualTo(Region.USE_PREF_SIZE);
            }
        }
    }

    @Test
    void theDecisionChosenInTheMinutesDecidesTheMotionAndClearedGivesItBack(FxRobot robot) {
        onTheMotion(robot);
        Ledamot app = window.shell().context().services();
        ComboBox<Decision> decision = robot.lookup("#decisionTaken").queryComboBox();
        assertThat(decision.getItems()).contains(Decision.APPROVED, Decision.REJECTED, Decision.REFERRED_BACK);
        assertThat(shown(decision)).isEqualTo("Välj beslut");

        long revision = window.shell().context().mattersRevision().get();
        robot.interact(() -> decision.setValue(Decision.APPROVED));
        waitUntil(() -> app.matters().require(motionId).status() == Status.DECIDED);
        waitUntil(() -> window.shell().context().mattersRevision().get() > revision);
        assertThat(app.matters().require(motionId).decision()).isEqualTo(Decision.APPROVED);
        assertThat(app.deadlines().nearest(app.matters().require(motionId))).isEmpty();

        reveal(robot, robot.lookup("#clearDecision").query());
        robot.clickOn("#clearDecision");
        waitUntil(() -> app.matters().require(motionId).status() == Status.PREPARED);
        assertThat(app.matters().require(motionId).decision()).isNull();
        assertThat(decision.getValue()).isNull();
    }

    /** Once justerat, the decision is closed and the screen says why, rather than taking a choice and undoing it. */
    @Test
    void afterTheJusteringTheDecisionIsClosedAndSaysWhy(FxRobot robot) throws Exception {
        Ledamot seeded = Ledamot.open(folder.resolve("data"), java.time.Clock.systemDefaultZone());
        try {
            seeded.debates().record(itemId, Decision.APPROVED);
            seeded.papers().saveMinutes(Present.of(Signers.of(seeded.papers().minutes(meetingId)))
                    .withApproval(java.time.LocalDate.parse("2026-11-19"), null, null));
        } finally {
            seeded.close();
        }
        onTheMotion(robot);
        ComboBox<Decision> decision = robot.lookup("#decisionTaken").queryComboBox();
        waitUntil(decision::isDisabled);
        assertThat(decision.getValue()).isEqualTo(Decision.APPROVED);
        assertThat(robot.lookup("#clearDecision").queryButton().isDisabled()).isTrue();
        Label why = robot.lookup("#decisionAdjusted").queryAs(Label.class);
        assertThat(why.isVisible()).isTrue();
        assertThat(why.getText()).contains("justerat");
        reveal(robot, decision);
        se.ledamot.ui.WindowDriver.screenshot(robot, decision.getScene(), "minutes-decision-adjusted.png");
    }

    /**
     * Walked (walk15): after the justering the decision chooser was closed, but its wording below took typing, Spara
     * stored it and the next protokoll printed it. The wording is closed as the decision is.
     */
    @Test
    void afterTheJusteringTheWordingIsClosedToo(FxRobot robot) throws Exception {
        Ledamot seeded = Ledamot.open(folder.resolve("data"), java.time.Clock.systemDefaultZone());
        try {
            seeded.debates().record(itemId, Decision.APPROVED);
            seeded.meetings().saveItem(seeded.meetings().item(itemId).orElseThrow().withDecision(Decision.APPROVED,
                    "Kommunfullmäktige bifaller motionen."));
            seeded.papers().saveMinutes(Present.of(Signers.of(seeded.papers().minutes(meetingId)))
                    .withApproval(java.time.LocalDate.parse("2026-11-19"), null, null));
        } finally {
            seeded.close();
        }
        onTheMotion(robot);
        Ledamot app = window.shell().context().services();
        TextArea wording = robot.lookup("#decisionText").queryAs(TextArea.class);
        waitUntil(() -> wording.getText().equals("Kommunfullmäktige bifaller motionen."));
        assertThat(wording.isEditable()).as("the justerat wording takes no typing").isFalse();
        assertThat(robot.lookup("#saveDecision").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#decisionAdjusted").queryAs(Label.class).getText()).contains("lydelse");

        reveal(robot, wording);
        robot.clickOn(wording).write(" Ändrat.");
        reveal(robot, robot.lookup("#saveMinutes").query());
        robot.clickOn("#saveMinutes");
        Label status = robot.lookup("#minutesStatus").queryAs(Label.class);
        waitUntil(() -> status.getText().equals("Protokollet är sparat."));
        window.settled();
        assertThat(wording.getText()).isEqualTo("Kommunfullmäktige bifaller motionen.");
        assertThat(app.meetings().item(itemId).orElseThrow().decisionText())
                .isEqualTo("Kommunfullmäktige bifaller motionen.");
        se.ledamot.ui.WindowDriver.screenshot(robot, wording.getScene(), "minutes-wording-adjusted.png");
    }
}
