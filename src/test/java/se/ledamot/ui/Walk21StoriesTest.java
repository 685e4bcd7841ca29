package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.ui.answer.AnswerScreen;
import se.ledamot.ui.meetings.GroupRow;
import se.ledamot.ui.meetings.GroupScreen;
import se.ledamot.ui.register.RegisterScreen;

/**
 * Round 21's walk on a new data folder's samples, at 1280x800 and 1000x650: the councillor on the train answers her
 * interpellation offline; the party group goes through the next meeting. Pictures in target/walk21-*.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class Walk21StoriesTest {
    /** Between the figures (words, speaking time) and Versioner: a section's spacing, not an empty band. */
    private static final double MOST_GAP = 24;

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"));

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            window.shell().stage().setWidth(width);
            window.shell().stage().setHeight(height);
        });
        window.settled();
    }

    private ListView<?> answerOpened(FxRobot robot) {
        window.show(robot, AnswerScreen.ID);
        ListView<?> list = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> !list.getItems().isEmpty() && list.getSelectionModel().getSelectedItem() != null);
        window.settled();
        return list;
    }

    private static Bounds inScene(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.localToScene(node.getBoundsInLocal());
    }

    /** Walk21: at 1280x800 the questions' box grew and left ~140 px empty under the figures; the versions take it. */
    @Test
    void svarHasNoEmptyBandUnderItsFigures(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.shell().context().services().matters().list().size() >= 4);
        answerOpened(robot);
        window.snapshot(robot, "walk21-00-svar-1280");
        double gap = inScene(robot, "#answerVersionsTitle").getMinY() - inScene(robot, "#answerFigures").getMaxY();
        assertThat(gap).as("the band between the figures and Versioner").isLessThan(MOST_GAP);
        resize(robot, 1000, 650);
        window.snapshot(robot, "walk21-00-svar-1000");
        // Short, the versions' buttons stay in view (walk20's fix kept).
        Bounds finish = inScene(robot, "#finish");
        assertThat(finish.getMaxY()).isLessThanOrEqualTo(window.shell().stage().getScene().getHeight());
    }

    /** Walk21: at 1000x650 the comparison's title shared a line with its button and wrapped a word or two a line. */
    @Test
    void theComparisonSaysHowToReadItOnAFewLinesAt1000x650(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.shell().context().services().matters().list().size() >= 4);
        // Drawn at 1280x800, then made small: the answer's column is at its narrowest (~265 px).
        answerOpened(robot);
        resize(robot, 1000, 650);
        robot.clickOn("#cutVersion");
        window.settled();
        ListView<?> versions = robot.lookup("#versions").queryListView();
        waitUntil(() -> !versions.getItems().isEmpty());
        robot.interact(() -> versions.getSelectionModel().select(0));
        robot.clickOn("#compare");
        window.settled();
        window.snapshot(robot, "walk21-11-compare-title-1000");
        javafx.scene.control.Label title = robot.lookup("#compareTitle").queryAs(javafx.scene.control.Label.class);
        // "Från version 1 till texten nu: tillagt är understruket, borttaget är överstruket." on three lines at most.
        assertThat(title.getHeight()).as("the title's height").isLessThan(3.5 * title.getFont().getSize() * 1.4);
        assertThat(inScene(robot, "#compareBack").getMaxX()).isLessThanOrEqualTo(inScene(robot, "#answerText")
                .getMaxX() + 1);
    }

    /** Walk21: drawn at 1280x800 and made small, the answer kept 265 px beside a side panel of 300; drawn small, 345. */
    @Test
    void theAnswerKeepsItsShareWhenTheWindowIsMadeSmaller(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.shell().context().services().matters().list().size() >= 4);
        answerOpened(robot);
        double share = inScene(robot, "#answerText").getWidth() / inScene(robot, "#answerSide").getWidth();
        resize(robot, 1000, 650);
        window.snapshot(robot, "walk21-12-made-smaller");
        Bounds text = inScene(robot, "#answerText");
        Bounds side = inScene(robot, "#answerSide");
        assertThat(text.getWidth()).as("the answer beside the side panel").isGreaterThan(side.getWidth());
        resize(robot, 1280, 800);
        assertThat(inScene(robot, "#answerText").getWidth() / inScene(robot, "#answerSide").getWidth())
                .as("back at 1280x800").isCloseTo(share, org.assertj.core.data.Offset.offset(0.05));
        // The share she drags to is the one kept.
        Node divider = robot.lookup(".split-pane-divider").match(n -> n.getParent() != null
                && n.getParent().lookup("#answerSide") != null).query();
        robot.drag(divider).moveBy(-150, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        window.settled();
        double dragged = inScene(robot, "#answerText").getWidth() / inScene(robot, "#answerSide").getWidth();
        assertThat(dragged).as("dragged").isLessThan(share - 0.2);
        resize(robot, 1000, 650);
        assertThat(inScene(robot, "#answerText").getWidth() / inScene(robot, "#answerSide").getWidth())
                .as("dragged, then made smaller").isCloseTo(dragged, org.assertj.core.data.Offset.offset(0.1));
    }

    private static void toTheEnd(FxRobot robot) {
        robot.clickOn("#answerText").press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
    }

    private String answer(FxRobot robot) {
        return robot.lookup("#answerText").queryTextInputControl().getText();
    }

    /** Offline (a folder on the laptop, no server): writes, versions, elsewhere and back, restart, small, Ctrl+K. */
    @Test
    void theCouncillorOnTheTrain(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.shell().context().services().matters().list().size() >= 4);
        // Her motion from 2019, in the folder beside the samples.
        window.shell().context().services().matters().add(Matter.newMatter(MatterKind.MOTION,
                "Motion om belysning längs Kvarnbäcksvägen").number("KS 2019/214")
                .submitted(LocalDate.parse("2019-03-11")).status(Status.DECIDED)
                .authors(List.of(new Person("Lena Ek", "S"))).proposals(List.of("gång- och cykelvägen belyses"))
                .build());
        answerOpened(robot);
        toTheEnd(robot);
        robot.write(" Vi räknar med att vara klara till sommaren.");
        robot.clickOn("#cutVersion");
        window.settled();
        toTheEnd(robot);
        robot.write(" Uppföljning sker varje kvartal.");
        window.snapshot(robot, "walk21-01-svar-typed");
        robot.clickOn("#cutVersion");
        window.settled();
        toTheEnd(robot);
        robot.write(" Tack för frågan.");
        window.snapshot(robot, "walk21-02-svar-versions");
        ListView<?> versions = robot.lookup("#versions").queryListView();
        waitUntil(() -> versions.getItems().size() >= 2);
        // Elsewhere: the list on the left, the questions, then another screen, and back.
        robot.clickOn("#question-2");
        robot.clickOn(robot.lookup("#answerMatters .list-cell").nth(0).queryAs(Node.class));
        String typed = answer(robot);
        assertThat(typed).endsWith("Tack för frågan.");
        window.show(robot, RegisterScreen.ID);
        window.snapshot(robot, "walk21-03-register");
        window.show(robot, AnswerScreen.ID);
        window.settled();
        window.snapshot(robot, "walk21-04-svar-back");
        assertThat(answer(robot)).isEqualTo(typed);
        window.close(robot);
        window.open(robot);
        answerOpened(robot);
        window.snapshot(robot, "walk21-05-svar-restart");
        assertThat(answer(robot)).isEqualTo(typed);
        assertThat(robot.lookup("#versions").queryListView().getItems()).hasSize(versions.getItems().size());
        resize(robot, 1000, 650);
        window.snapshot(robot, "walk21-06-svar-1000");
        robot.clickOn(robot.lookup("#versions .list-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#compare");
        window.settled();
        window.snapshot(robot, "walk21-07-svar-compare-1000");
        robot.type(KeyCode.ESCAPE);
        assertThat(answer(robot)).isEqualTo(typed);
        // Ctrl+K: the 2019 motion, by a word of its title and its year.
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        javafx.scene.control.TextField find = robot.lookup("#find-field").queryAs(javafx.scene.control.TextField.class);
        waitUntil(() -> find.isVisible() && find.isFocused());
        robot.write("belysning 2019");
        ListView<?> hits = robot.lookup("#find-results").queryListView();
        waitUntil(() -> !hits.getItems().isEmpty());
        window.settled();
        window.snapshot(robot, "walk21-08-find-2019");
        robot.type(KeyCode.ENTER);
        window.settled();
        window.snapshot(robot, "walk21-09-found-2019");
        assertThat(robot.lookup("#title").queryTextInputControl().getText())
                .isEqualTo("Motion om belysning längs Kvarnbäcksvägen");
        resize(robot, 1280, 800);
        window.snapshot(robot, "walk21-10-found-1280");
    }

    /** The group (S) takes every pending item of the next meeting: stance, speakers, genomgången; away, back, restart. */
    @Test
    void theGroupGoesThroughEveryPendingItem(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.plannedMeeting().isPresent());
        window.settled();
        TableView<GroupRow> table = window.openGroup(robot, "S");
        window.snapshot(robot, "walk21-20-group");
        int n = 0;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (!table.getItems().get(i).needsPosition()) {
                continue;
            }
            int at = i;
            robot.clickOn(robot.lookup("#group-table .table-row-cell")
                    .match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == at).queryAs(Node.class));
            window.settled();
            robot.clickOn("#stance");
            robot.clickOn(robot.lookup(".combo-box-popup .list-cell").nth(1 + n % 2).queryAs(Node.class));
            robot.clickOn("#speaker").write("Lena Ek, Omar Said");
            robot.clickOn("#arguments").write("Vi vill se en plan med pengar.");
            robot.clickOn("#reviewed");
            robot.clickOn("#position-save");
            window.settled();
            window.snapshot(robot, "walk21-21-group-row" + (++n));
            assertThat(table.getItems().get(at).position().stance()).as("row " + at).isNotNull();
        }
        assertThat(n).as("pending items").isPositive();
        window.show(robot, RegisterScreen.ID);
        window.show(robot, GroupScreen.ID);
        window.settled();
        window.snapshot(robot, "walk21-22-group-back");
        resize(robot, 1000, 650);
        window.snapshot(robot, "walk21-23-group-1000");
        window.close(robot);
        window.open(robot);
        resize(robot, 1000, 650);
        window.show(robot, GroupScreen.ID);
        window.settled();
        TableView<GroupRow> after = robot.lookup("#group-table").queryTableView();
        waitUntil(() -> !after.getItems().isEmpty());
        window.snapshot(robot, "walk21-24-group-restart");
        assertThat(after.getItems().stream().filter(GroupRow::needsPosition))
                .allMatch(r -> r.position().isDecided() && r.position().reviewed()
                        && "Lena Ek, Omar Said".equals(r.position().speaker()));
        ComboBox<Stance> stance = robot.lookup("#stance").queryComboBox();
        assertThat(stance.getValue()).isNotNull();
    }
}
