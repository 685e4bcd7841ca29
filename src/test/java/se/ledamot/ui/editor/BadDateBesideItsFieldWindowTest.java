package se.ledamot.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
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
import se.ledamot.domain.Status;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.register.MatterRow;
import se.ledamot.ui.register.RegisterScreen;

/**
 * Walked in the matter editor: a date typed wrong was said at the top of the form, out of sight with the form
 * scrolled, and its coming moved the whole form 32 px down, so that a click aimed at Rubrik landed on Diarienummer
 * and cleared it. The message is under the date field it is about, in sight, and no field moves under the click.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class BadDateBesideItsFieldWindowTest {
    private static final String MOTION = "Motion om gång- och cykelvägar";
    private static final String NUMBER = "KS 2026/117";

    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private void seed(Ledamot app) {
        app.matters().add(Matter.newMatter(MatterKind.MOTION, MOTION).number(NUMBER)
                .submitted(LocalDate.parse("2026-03-02")).status(Status.SUBMITTED).build());
    }

    @Test
    void aBadDateIsSaidUnderItsFieldAndMovesNoFieldUnderTheClick(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.shell().stage().setWidth(1000);
            window.shell().stage().setHeight(650);
            window.shell().show(RegisterScreen.ID);
        });
        TableView<MatterRow> table = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(r -> MOTION.equals(r.title())));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> MOTION.equals(r.title())).findFirst().orElseThrow()));
        DatePicker submitted = robot.lookup("#submitted").queryAs(DatePicker.class);
        waitUntil(() -> LocalDate.parse("2026-03-02").equals(submitted.getValue()));
        TextField title = robot.lookup("#title").queryAs(TextField.class);
        TextField number = robot.lookup("#number").queryAs(TextField.class);
        waitUntil(() -> NUMBER.equals(number.getText()));

        robot.clickOn(submitted.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("2026-13-45");
        double titleAt = onFx(() -> bounds(title).getMinY());
        robot.clickOn(title);
        Label said = message(robot, "2026-13-45");
        robot.interact(() -> window.shell().stage().getScene().getRoot().layout());
        WindowDriver.screenshot(robot, window.shell().stage().getScene(), "editor-bad-date-submitted.png");
        assertThat(onFx(() -> bounds(title).getMinY())).as("Rubrik where the click was aimed").isEqualTo(titleAt);
        assertThat(onFx(title::isFocused)).as("the click on Rubrik landed there").isTrue();
        String numberNow = onFx(number::getText);
        assertThat(numberNow).as("Diarienummer").isEqualTo(NUMBER);
        underAndInSight(robot, said, submitted);

        // Lower down, the form scrolled: the message is where she is, not above out of sight.
        DatePicker replyBy = robot.lookup("#reply-by").queryAs(DatePicker.class);
        WindowDriver.reveal(robot, replyBy);
        robot.clickOn(replyBy.getEditor()).write("31/12").type(KeyCode.ENTER);
        Label saidLower = message(robot, "31/12");
        robot.interact(() -> window.shell().stage().getScene().getRoot().layout());
        WindowDriver.screenshot(robot, window.shell().stage().getScene(), "editor-bad-date-reply-by.png");
        underAndInSight(robot, saidLower, replyBy);
        // The field was empty: what she typed stays there to be typed right, and no earlier date is said to be kept.
        waitUntil(() -> "31/12".equals(replyBy.getEditor().getText()),
                () -> "Svar senast shows ”" + replyBy.getEditor().getText() + "”");
        assertThat(onFx(saidLower::getText)).doesNotContain("behålls");
        assertThat(onFx(replyBy::getValue)).isNull();
    }

    /** The shown label that says {@code typed} is no date. */
    private static Label message(FxRobot robot, String typed) {
        waitUntil(() -> robot.lookup(".label").match((Label l) -> l.isVisible() && l.getText() != null
                && l.getText().startsWith("”" + typed + "” är inget giltigt datum")).tryQuery().isPresent());
        return robot.lookup(".label").match((Label l) -> l.isVisible() && l.getText() != null
                && l.getText().startsWith("”" + typed + "” är inget giltigt datum")).queryAs(Label.class);
    }

    private static void underAndInSight(FxRobot robot, Label said, DatePicker field) {
        Bounds at = onFx(() -> bounds(said));
        Bounds of = onFx(() -> bounds(field));
        assertThat(at.getMinY()).as("the message's top, under its field ending at %s", of.getMaxY())
                .isBetween(of.getMaxY(), of.getMaxY() + 16);
        ScrollPane scroll = (ScrollPane) onFx(() -> ancestor(field));
        Bounds view = onFx(() -> scroll.localToScene(scroll.getLayoutBounds()));
        assertThat(at.getMaxY()).as("the message in the form's view, %s to %s", view.getMinY(), view.getMaxY())
                .isBetween(view.getMinY(), view.getMaxY());
    }

    private static Node ancestor(Node n) {
        Node at = n;
        while (!(at instanceof ScrollPane)) {
            at = at.getParent();
        }
        return at;
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }
}
