package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import javafx.geometry.BoundingBox;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.ui.shell.MainWindow;

/**
 * The window opens wholly on the screen, whatever place and size its stage had before: a stage given a smaller size
 * by a test before was centred for that size and then made as wide as the window, reaching past the screen's right
 * edge (its right columns out of the pointer's reach: the register's deadline cell in whole test runs, whose stage
 * is reused).
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class WindowOnTheScreenTest {
    @TempDir
    Path folder;

    @Test
    void aStageShownBeforeElsewhereOpensTheWindowWhollyOnTheScreen(FxRobot robot) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Rectangle2D screen = onFx(() -> Screen.getPrimary().getVisualBounds());
        robot.interact(() -> {
            stage.setScene(new Scene(new Pane()));
            stage.setWidth(1000); // as a test before set it: the size JavaFX centred the next window by
            stage.setHeight(650);
            stage.setX(screen.getMaxX() - 1000);
            stage.setY(screen.getMaxY() - 650);
            stage.show();
            stage.hide();
        });
        MainWindow shell = onFx(() -> DesktopApp.open(stage, folder, TestContext.CLOCK).orElseThrow());
        try {
            waitUntil(stage::isShowing);
            BoundingBox window = onFx(() -> new BoundingBox(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight()));
            assertThat(window.getMinX()).as("left edge of " + window).isGreaterThanOrEqualTo(screen.getMinX());
            assertThat(window.getMinY()).as("top edge of " + window).isGreaterThanOrEqualTo(screen.getMinY());
            assertThat(window.getMaxX()).as("right edge of " + window).isLessThanOrEqualTo(screen.getMaxX());
            assertThat(window.getMaxY()).as("bottom edge of " + window).isLessThanOrEqualTo(screen.getMaxY());
        } finally {
            robot.interact(shell::requestClose);
            waitUntil(() -> !stage.isShowing());
        }
    }
}
