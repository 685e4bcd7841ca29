package se.ledamot.ui.register;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
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
import se.ledamot.ui.shell.DeadlineTip;

/**
 * A deadline in the register explains itself when the pointer comes over it, and each row's cell explains its own
 * matter's deadline (the tooltip is made on hover, not for every cell filled, and a reused cell must not keep the
 * explanation of the row it showed before).
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class DeadlineTipWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private void seed(Ledamot app) {
        app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om en plan för integration")
                .submitted(LocalDate.parse("2026-08-02")).status(Status.SUBMITTED).build());
        app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om frivilligorganisationer")
                .submitted(LocalDate.parse("2026-03-02")).status(Status.SUBMITTED).build());
    }

    @Test
    void eachDeadlineCellExplainsItsOwnRowWhenThePointerIsOverIt(FxRobot robot) {
        robot.interact(() -> window.shell().show(RegisterScreen.ID));
        TableView<MatterRow> table = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);
        for (int i = 0; i < 2; i++) {
            int index = i;
            TableCell<?, ?> cell = deadlineCell(robot, index);
            robot.moveTo(cell);
            String expected = onFx(() -> DeadlineTip.text(table.getItems().get(index).deadlineProperty().get()));
            waitUntil(() -> cell.getTooltip() != null && expected.equals(cell.getTooltip().getText()),
                    () -> "row " + index + ": " + (cell.getTooltip() == null ? "no tooltip" : cell.getTooltip().getText()));
        }
        assertThat(onFx(() -> deadlineCell(robot, 0).getTooltip().getText()))
                .isNotEqualTo(onFx(() -> deadlineCell(robot, 1).getTooltip().getText()));
    }

    private static TableCell<?, ?> deadlineCell(FxRobot robot, int row) {
        return robot.lookup(".deadline-column").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getIndex() == row && !c.isEmpty())
                .map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow();
    }
}
