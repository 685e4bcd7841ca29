package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.ui.debate.DebateScreen;
import se.ledamot.ui.minutes.MinutesScreen;

/**
 * The walk (session 11) at 1000×650: Debatt's buttons read "Lägg till…", "Flyt…", "Fatta be…" and Protokoll's
 * "Kallelse (P…", "Protokoll (P…"; and (walk16) with a motion's § chosen, Protokoll's "Lägg till yrkande" read
 * "Lägg till y…". Every button shown there shows its whole words.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class NarrowMeetingButtonsTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder, this::seed);

    private long meeting;

    private void seed(se.ledamot.service.Ledamot app) {
        meeting = StoryWindow.plannedMeeting(app);
        long motion = app.matters().add(se.ledamot.domain.Matter.newMatter(se.ledamot.domain.MatterKind.MOTION,
                "Motion om cykelvägar").submitted(java.time.LocalDate.parse("2026-06-10"))
                .status(se.ledamot.domain.Status.PREPARED).build()).id();
        app.meetings().addMatters(meeting, List.of(motion));
    }

    @Test
    void debattAndProtokollShowWholeButtonsAt1000x650(FxRobot robot) {
        window.open(robot);
        robot.interact(() -> {
            window.shell().stage().setWidth(1000);
            window.shell().stage().setHeight(650);
        });
        window.show(robot, DebateScreen.ID);
        assertThat(cut(robot)).isEmpty();
        window.show(robot, MinutesScreen.ID);
        assertThat(cut(robot)).isEmpty();
    }

    /**
     * The walk (walk16) at 1000×650 with the motion's item chosen in Debatt: the speech kind read "…", the minutes
     * spinner was its arrows only, "Minoritetsåter…" was cut and the row of speaker buttons ran past the window's edge.
     */
    @Test
    void debattsFormsShowTheirWholeWordsAt1000x650(FxRobot robot) {
        window.open(robot);
        robot.interact(() -> {
            window.shell().stage().setWidth(1000);
            window.shell().stage().setHeight(650);
        });
        window.show(robot, DebateScreen.ID);
        javafx.scene.control.ListView<?> items = robot.lookup("#debateItems").queryListView();
        WindowDriver.waitUntil(() -> !items.getItems().isEmpty());
        robot.interact(() -> items.getSelectionModel().selectFirst());
        window.settled();
        WindowDriver.waitUntil(() -> !robot.lookup("#speakerName").query().isDisabled());
        assertThat(cut(robot)).isEmpty();
        assertThat(onFx(() -> se.ledamot.ui.look.CutOffText.in(robot.lookup("#speakers").query().getParent())))
                .isEmpty();
        double edge = onFx(() -> window.shell().stage().getScene().getWidth());
        for (String id : List.of("#removeSpeaker", "#decide", "#speechMinutes", "#speechKind", "#minority")) {
            javafx.scene.layout.Region r = robot.lookup(id).queryAs(javafx.scene.layout.Region.class);
            assertThat(onFx(() -> r.localToScene(r.getBoundsInLocal()).getMaxX())).as(id).isLessThanOrEqualTo(edge);
            assertThat(onFx(() -> r.getWidth() + 0.5)).as(id).isGreaterThanOrEqualTo(onFx(() -> r.prefWidth(-1)));
        }
    }

    @Test
    void protokollsMotionFormShowsWholeButtonsAt1000x650(FxRobot robot) {
        window.open(robot);
        robot.interact(() -> {
            window.shell().stage().setWidth(1000);
            window.shell().stage().setHeight(650);
        });
        window.minutesOf(robot, meeting);
        javafx.scene.control.TabPane tabs = robot.lookup("#minutesTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "minutesTabItems".equals(t.getId())).findFirst().orElseThrow()));
        javafx.scene.control.ListView<se.ledamot.ui.minutes.EntryRow> items =
                robot.lookup("#minutesItems").queryListView();
        WindowDriver.waitUntil(() -> items.getItems().stream().anyMatch(r -> r.kind() != null));
        robot.interact(() -> items.getSelectionModel().select(items.getItems().stream()
                .filter(r -> r.kind() != null).findFirst().orElseThrow()));
        window.settled();
        assertThat(onFx(() -> robot.lookup("#addMotion").query().isVisible())).isTrue();
        assertThat(cut(robot)).isEmpty();
    }

    /** The buttons shown that are narrower than their words need. */
    private static List<String> cut(FxRobot robot) {
        return onFx(() -> {
            robot.lookup(".root").query().getScene().getRoot().layout();
            return robot.lookup(".button").queryAllAs(Button.class).stream()
                    .filter(NarrowMeetingButtonsTest::shown)
                    .filter(b -> b.getWidth() + 0.5 < b.prefWidth(-1))
                    .map(b -> b.getText() + " " + Math.round(b.getWidth()) + " < " + Math.round(b.prefWidth(-1)))
                    .toList();
        });
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && !((Button) node).getText().isEmpty();
    }
}
