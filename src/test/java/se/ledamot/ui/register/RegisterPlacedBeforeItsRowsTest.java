package se.ledamot.ui.register;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.DesktopWindow;

/**
 * At 1280x800 the register's table is laid out below the form from its first layout (issue 15): placed only after
 * that layout, its first rows were made for a table beside the form (taller, narrower) and made again below it a
 * frame later, a fifth more rows and cells in the frame the first rows wait for.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RegisterPlacedBeforeItsRowsTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private void seed(Ledamot app) {
        app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om att upprätta en plan för integration i "
                + "kommunen").submitted(LocalDate.parse("2026-08-02")).status(Status.SUBMITTED).build());
    }

    @Test
    void atALaptopsSizeTheTableIsFirstLaidOutBelowTheForm(FxRobot robot) {
        List<Orientation> atFirstWidth = new ArrayList<>();
        robot.interact(() -> {
            window.shell().stage().setWidth(1280);
            window.shell().stage().setHeight(800);
            window.shell().show(RegisterScreen.ID);
            // The register's view is built by show; its first layout comes with the next frame.
            SplitPane split = (SplitPane) window.shell().stage().getScene().lookup("#register-split");
            // Its skin (and so its children) comes with the first CSS pass: the table is reached through its items.
            TableView<?> table = ((RegisterView) split.getItems().getFirst()).table();
            assertThat(table.getWidth()).as("not laid out yet").isZero();
            table.widthProperty().addListener((o, was, now) -> {
                if (was.doubleValue() <= 0 && now.doubleValue() > 0) {
                    atFirstWidth.add(split.getOrientation());
                }
            });
        });
        waitUntil(() -> !atFirstWidth.isEmpty());
        SplitPane split = robot.lookup("#register-split").queryAs(SplitPane.class);
        waitUntil(() -> split.getOrientation() == Orientation.VERTICAL);
        assertThat(onFx(() -> atFirstWidth.getFirst())).as("placed below before the first layout")
                .isEqualTo(Orientation.VERTICAL);
    }
}
