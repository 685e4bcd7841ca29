package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.testfx.api.FxRobot;
import se.ledamot.service.FakeSecretTool;
import se.ledamot.service.Keyring;
import se.ledamot.service.ServerAdministration;
import se.ledamot.store.TestPostgres;
import se.ledamot.ui.DesktopApp;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.shell.MainWindow;

/**
 * The window tests of issue 16.5 share this: this program's window signed in to a database on the tests' real
 * PostgreSQL as one login (its password in a fake keyring), and a picture of a window to look at.
 */
final class OnlineWindow {
    private OnlineWindow() {
    }

    /** @param bin, vault where the fake keyring keeps its program and secrets */
    static MainWindow connect(Stage stage, Path folder, Path bin, Path vault, Preferences node, TestPostgres pg,
            String login, String database) throws Exception {
        Keyring keyring = FakeSecretTool.install(bin, vault);
        ServerAdministration.Server server = ServerAdministration.server("postgresql://" + login + "@127.0.0.1:"
                + pg.port() + "/" + database, "nobody");
        assertThat(keyring.store(server.toString(), TestPostgres.PASSWORD.toCharArray())).isTrue();
        CompletableFuture<Optional<MainWindow>> opened = new CompletableFuture<>();
        Platform.runLater(() -> opened.complete(DesktopApp.connect(stage, folder, TestContext.CLOCK, keyring,
                new ServerMemory(node), server)));
        return opened.get(60, TimeUnit.SECONDS).orElseThrow();
    }

    /** After a test: every window asked to close (not waited for: one may ask about something unsaved). */
    static void closeWindows() {
        Platform.runLater(() -> List.copyOf(Window.getWindows()).stream().filter(Window::isShowing)
                .forEach(w -> w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST))));
    }

    /** Writes the window as it looks to target/{name}.png. */
    static void snapshot(FxRobot robot, Window window, String name) throws Exception {
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = window.getScene().snapshot(null));
        Files.createDirectories(Path.of("target"));
        javax.imageio.ImageIO.write(WindowDriver.toAwt(shot[0]), "png", Path.of("target", name + ".png").toFile());
    }
}
