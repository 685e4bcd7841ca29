package se.ledamot.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.register.MatterRow;
import se.ledamot.ui.register.RegisterScreen;

/**
 * Dates where people read them are written out: the editor's why-line beside a matter's deadline, the register's
 * tooltip over a deadline and a warning with a date in it say "den 2 mars 2026", not "2026-03-02". The fields a
 * person types a date into keep the numeric form.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class DatesWrittenOutWindowTest {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String MOTION = "Motion om frivilligorganisationer";
    private static final LocalDate MEETING = LocalDate.parse("2027-01-25");

    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private void seed(Ledamot app) {
        app.matters().add(Matter.newMatter(MatterKind.MOTION, MOTION)
                .submitted(LocalDate.parse("2026-03-02")).status(Status.SUBMITTED).build());
        app.meetings().add(Meeting.planned("KF", MEETING));
    }

    @Test
    void theWhyLineATooltipAndAWarningWriteTheirDatesOut(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.shell().stage().setWidth(1280);
            window.shell().stage().setHeight(800);
            window.shell().show(RegisterScreen.ID);
        });
        TableView<MatterRow> table = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(r -> MOTION.equals(r.title())));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> MOTION.equals(r.title())).findFirst().orElseThrow()));

        Label when = robot.lookup("#deadline").queryAs(Label.class);
        Label why = robot.lookup("#deadline-rule").queryAs(Label.class);
        waitUntil(() -> why.getText().startsWith("Motionen väcktes"), why::getText);
        assertThat(why.getText()).isEqualTo("Motionen väcktes den 2 mars 2026 och bör beredas så att KF "
                + "kan besluta inom ett år, senast den 2 mars 2027 (5 kap. 35 § kommunallagen).");
        assertThat(when.getText()).isEqualTo("Ettårsgränsen för motioner: 2 mars 2027");
        robot.interact(() -> scrollTo(why));
        WindowDriver.screenshot(robot, window.shell().stage().getScene(), "dates-editor-why-line.png");

        TableCell<?, ?> cell = hoverUntilTooltip(robot, why, window.shell().stage());
        String tip = onFx(() -> cell.getTooltip().getText());
        assertThat(tip).startsWith("Ettårsgränsen för motioner: 2 mars 2027\nMotionen väcktes den 2 mars 2026");
        assertThat(ISO.matcher(tip).find()).as(tip).isFalse();
        WindowDriver.screenshot(robot, cell.getTooltip().getScene(), "dates-register-tooltip.png");

        WindowDriver.openMeetingOn(robot, window.shell(), MEETING);
        TextField posted = robot.lookup("#meeting-posted").queryAs(TextField.class);
        Label warning = robot.lookup("#meeting-posted-warning").queryAs(Label.class);
        robot.clickOn(posted).write("2027-01-20");
        waitUntil(warning::isVisible);
        assertThat(warning.getText()).startsWith("Anslaget den 20 januari 2027 är för sent")
                .endsWith("senast den 18 januari 2027.");
        // The field the day is typed into keeps the numeric form a date picker reads.
        assertThat(posted.getText()).isEqualTo("2027-01-20");
        WindowDriver.screenshot(robot, window.shell().stage().getScene(), "dates-meeting-warning.png");
    }

    /** Scrolls the editor so that the line is in view, for the picture. */
    private static void scrollTo(Node line) {
        Node n = line;
        while (n != null && !(n instanceof ScrollPane)) {
            n = n.getParent();
        }
        if (n instanceof ScrollPane pane) {
            double y = pane.getContent().sceneToLocal(line.localToScene(0, 0)).getY();
            double room = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 120) / room)));
        }
    }

    /** Where the pointer is against the cell, the stage and every window showing: what a failure needs to be told. */
    private static String where(FxRobot robot, TableCell<?, ?> cell) throws Exception {
        javafx.geometry.Point2D pointer = robot.robotContext().getBaseRobot().retrieveMouse();
        return onFx(() -> "pointer " + pointer + ", cell " + cell.localToScreen(cell.getBoundsInLocal())
                + " visible " + cell.isVisible() + " row visible " + cell.getTableRow().isVisible()
                + " index " + cell.getIndex() + " item " + cell.getItem() + ", screen "
                + javafx.stage.Screen.getPrimary().getBounds() + ", windows "
                + javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)
                        .map(w -> w.getClass().getSimpleName() + "[" + w.getX() + "," + w.getY() + " " + w.getWidth()
                                + "x" + w.getHeight() + (w.isFocused() ? " focused" : "") + "]").toList());
    }

    /**
     * Hovers the motion's deadline cell until its tooltip shows, the window asked for focus (JavaFX shows a tooltip
     * only in a focused window: in whole runs another test's window could keep it) and the pointer moved off
     * ({@code away}) and onto the cell again at each try (a cell re-made under a still pointer is never hovered).
     */
    private static TableCell<?, ?> hoverUntilTooltip(FxRobot robot, Node away, javafx.stage.Stage stage)
            throws Exception {
        for (int tries = 1; ; tries++) {
            robot.interact(() -> {
                stage.toFront();
                stage.requestFocus();
            });
            TableCell<?, ?> cell = robot.lookup("#register-table .table-cell.deadline-column").match(
                    (TableCell<?, ?> c) -> c.getTableRow() != null && c.getTableRow().getItem() instanceof MatterRow r
                            && MOTION.equals(r.title())).query();
            robot.moveTo(away);
            robot.moveTo(cell);
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> cell.getTooltip() != null
                        && cell.getTooltip().isShowing()));
                return cell;
            } catch (TimeoutException e) {
                if (tries == 3) {
                    throw new AssertionError("no tooltip over the deadline after three hovers of 10 s; window focused: "
                            + onFx(stage::isFocused) + ", tooltip: " + onFx(cell::getTooltip) + "; " + where(robot, cell),
                            e);
                }
            }
        }
    }
}
