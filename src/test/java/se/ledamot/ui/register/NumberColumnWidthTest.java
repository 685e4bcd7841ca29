package se.ledamot.ui.register;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.TableColumn;
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

/**
 * The register's Nummer column fits its header and its numbers, and Rubrik takes the room. With no matter numbered
 * (a new folder, the samples) Nummer stood as wide as Rubrik and empty at 1280×800 while the titles wrapped onto three
 * lines beside it.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class NumberColumnWidthTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private void seed(Ledamot app) {
        app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om att upprätta en plan för integration i "
                + "kommunen").submitted(LocalDate.parse("2026-08-02")).status(Status.SUBMITTED).build());
        app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om frivilligorganisationer som en resurs i "
                + "integrationsarbetet").submitted(LocalDate.parse("2026-11-02")).status(Status.SUBMITTED).build());
    }

    @Test
    void anEmptyNumberColumnIsNarrowAndTheTitlesTakeTheRoom(FxRobot robot) {
        robot.interact(() -> {
            window.shell().stage().setWidth(1280);
            window.shell().stage().setHeight(800);
            window.shell().show(RegisterScreen.ID);
        });
        TableView<MatterRow> table = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);
        TableColumn<MatterRow, ?> number = table.getColumns().getFirst();
        TableColumn<MatterRow, ?> title = table.getColumns().get(2);
        // Settled: ColumnFit has grown the column to its header ("Nummer" and the sort arrow) after a layout.
        waitUntil(() -> number.getMinWidth() > 80, () -> "number min " + number.getMinWidth());
        waitUntil(() -> Math.abs(number.getWidth() - number.getMinWidth()) < 1.5,
                () -> "Nummer " + number.getWidth() + " wide, needs " + number.getMinWidth() + "; Rubrik "
                        + title.getWidth());
        assertThat(onFx(number::getWidth)).as("Nummer fits its header").isLessThan(110);
        assertThat(onFx(title::getWidth)).as("Rubrik takes the room").isGreaterThan(2.5 * onFx(number::getWidth));
        for (TableColumn<MatterRow, ?> other : table.getColumns()) {
            assertThat(onFx(title::getWidth)).as("Rubrik beside " + other.getText())
                    .isGreaterThanOrEqualTo(onFx(other::getWidth));
        }
    }
}
