package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.toAwt;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import org.testfx.framework.junit5.Start;
import se.ledamot.WindowTest;
import se.ledamot.domain.MatterKind;
import se.ledamot.ui.dashboard.AttentionItem;
import se.ledamot.ui.dashboard.DashboardScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * Issue 10, defect 10, in the real window at 1280×800: the first start on a new folder loads the samples, and the
 * dashboard's first line is the interpellation due at the sample meeting, not an old deadline. Writes
 * target/samples-register.png and target/samples-dashboard.png to look at.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class SampleWindowTest {
    @TempDir
    Path folder;

    private MainWindow shell;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        shell = DesktopApp.open(new Stage(), folder, TestContext.CLOCK).orElseThrow();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(shell::requestClose);
    }

    @Test
    void onTheFirstStartTheDashboardBeginsWithTheInterpellationDueAtTheSampleMeeting(FxRobot robot)
            throws IOException {
        robot.interact(() -> {
            shell.stage().setWidth(1280);
            shell.stage().setHeight(800);
        });
        // The samples load off the FX thread; then the window shows them in the register.
        waitUntil(() -> robot.lookup("#register-table").tryQuery().isPresent());
        TableView<?> register = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> register.getItems().size() == 4);
        shot(robot, "target/samples-register.png");

        robot.interact(() -> shell.show(DashboardScreen.ID));
        waitUntil(() -> robot.lookup("#attention").tryQuery().isPresent());
        TableView<?> attention = robot.lookup("#attention").queryTableView();
        waitUntil(() -> !attention.getItems().isEmpty());
        shot(robot, "target/samples-dashboard.png");

        AttentionItem first = (AttentionItem) attention.getItems().getFirst();
        assertThat(first.matter().kind()).isEqualTo(MatterKind.INTERPELLATION);
        assertThat(first.reason()).isEqualTo(AttentionItem.Reason.DUE_AT_NEXT_MEETING);
        assertThat(attention.getItems()).noneMatch(a -> ((AttentionItem) a).detail().contains("försenad"));
    }

    private void shot(FxRobot robot, String file) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = shell.stage().getScene().snapshot(null));
        Path target = Path.of(file);
        Files.createDirectories(target.toAbsolutePath().getParent());
        ImageIO.write(toAwt(shot[0]), "png", target.toFile());
    }
}
