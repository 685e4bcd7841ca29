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
import se.ledamot.domain.Matter;
import se.ledamot.service.Ledamot;
import se.ledamot.service.MatterService;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * Takes the README's screenshot of the window with a few realistic matters. Writes target/screenshot.png; to update
 * the README's picture: {@code xvfb-run -a mvn -q test -Dtest=ScreenshotTest -Dledamot.screenshot=src/doc/screenshot.png}
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class ScreenshotTest {
    @TempDir
    Path folder;

    private MainWindow shell;
    private Matter plan;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        try (Ledamot app = Ledamot.open(folder)) {
            MatterService store = app.matters();
            plan = Samples.addAll(store).getFirst();
            Samples.more().forEach(store::add);
        }
        // A window of its own: the screenshot makes it larger than the screen, which other tests must not inherit.
        shell = DesktopApp.open(new Stage(), folder, TestContext.CLOCK).orElseThrow();
        shell.show(RegisterScreen.ID);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(shell::requestClose);
    }

    @Test
    void theWindowWithSomeMattersMakesASmallScreenshot(FxRobot robot) throws IOException {
        TableView<?> table = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 9);
        robot.interact(() -> shell.screen(RegisterScreen.class).orElseThrow().openMatter(plan.id()));
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() >= 0);

        // Wider than the test screen so every column shows; a snapshot does not need the window to fit the screen.
        robot.interact(() -> {
            shell.stage().setWidth(1600);
            shell.stage().setHeight(900);
        });
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = shell.stage().getScene().snapshot(null));
        Path target = Path.of(System.getProperty("ledamot.screenshot", "target/screenshot.png"));
        Files.createDirectories(target.toAbsolutePath().getParent());
        ImageIO.write(toAwt(shot[0]), "png", target.toFile());

        assertThat(shot[0].getWidth()).isEqualTo(1600);
        assertThat(Files.size(target)).isBetween(10_000L, 300_000L);
    }
}
