package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import se.ledamot.l10n.Localization;
import se.ledamot.service.FakeSecretTool;
import se.ledamot.service.Keyring;
import se.ledamot.service.ServerAdministration;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.online.TwoLogins;
import se.ledamot.ui.DesktopApp;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.shell.MainWindow;

/**
 * The window tests of issue 16 share this: this program's window signed in to a database on the tests' real
 * PostgreSQL as one login (its password in a fake keyring), and a picture of a window to look at. As an extension it
 * gives each test TestFX's stage, a temporary folder with the data folder and the fake keyring's folders, and a
 * preferences node of its own, and after the test asks every window to close before the server's logins are closed,
 * its database dropped and the folder removed:
 *
 * <pre>
 * &#64;ExtendWith(WindowRobot.class)
 * class SomeServerWindowTest {
 *     &#64;RegisterExtension
 *     final OnlineWindow online = new OnlineWindow();
 * </pre>
 */
final class OnlineWindow implements BeforeEachCallback, AfterEachCallback {
    private final Deque<AutoCloseable> afterWindows = new ArrayDeque<>();
    private Path temp;
    private Stage stage;
    private Preferences node;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        temp = Files.createTempDirectory("ledamot-online-window");
        stage = FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        node = TestContext.testPreferences();
        DesktopWindow.forgetWhoWorksHere();
        for (Path folder : List.of(folder(), bin(), vault())) {
            Files.createDirectories(folder);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        closeWindows();
        awaitWindowsClosed();
        while (!afterWindows.isEmpty()) {
            afterWindows.pop().close();
        }
        node.removeNode();
        DesktopWindow.forgetWhoWorksHere(); // the window filled them from the member's enrolment
        TestContext.deleteFolder(temp);
    }

    /**
     * A window closes when its background work has ended, in a nested event loop: waits for that, so that a late
     * close does not hide the next test's window on the same stage, nor write to a dropped database. A window that
     * asks about something unsaved instead (a test that ends with a conflict open, or a failed one) is left as it is
     * as soon as it asks: its question waits for an answer, so waiting on for the close only cost the whole wait.
     */
    private static void awaitWindowsClosed() {
        try {
            WindowDriver.waitUntil(() -> Window.getWindows().stream().noneMatch(Window::isShowing)
                    || Window.getWindows().stream().anyMatch(OnlineWindow::asksAboutUnsaved));
        } catch (AssertionError stillOpen) {
            // The test has failed already; its window is not for the tear-down to close.
        }
    }

    /** The close question of a window with something not stored ({@code MainWindow}'s confirm, showing). */
    private static boolean asksAboutUnsaved(Window w) {
        return w.isShowing() && w instanceof Stage s
                && Localization.get("ui.close.unsaved.title").equals(s.getTitle());
    }

    Stage stage() {
        return stage;
    }

    /** The data folder the window is given (it stays empty while the window works on the server). */
    Path folder() {
        return temp.resolve("data");
    }

    /** Where the fake keyring's program is. */
    Path bin() {
        return temp.resolve("bin");
    }

    /** Where the fake keyring keeps its secrets. */
    Path vault() {
        return temp.resolve("vault");
    }

    Preferences node() {
        return node;
    }

    /** Two logins on a new database of the server ({@link TwoLogins}), closed after the test's windows. */
    TwoLogins logins(String first, String second, String group, ServerRole role) {
        return afterWindows(new TwoLogins(first, second, group, role));
    }

    /** One login and the administrator, the secretariat ({@link TwoLogins#withAdmin}), closed after the windows. */
    TwoLogins loginAndAdmin(String login, String group, ServerRole role) {
        return afterWindows(TwoLogins.withAdmin(login, group, role));
    }

    /** Something of the test's that the windows may still use until they close (a cut network): closed after them. */
    <T extends AutoCloseable> T afterWindows(T resource) {
        afterWindows.push(resource);
        return resource;
    }

    /** This program's window on the logins' database, signed in as {@code login} (the password in the fake keyring). */
    MainWindow connect(TwoLogins logins, String login) throws Exception {
        Keyring keyring = FakeSecretTool.install(bin(), vault());
        ServerAdministration.Server server = ServerAdministration.server(logins.server.url(login), "nobody");
        assertThat(keyring.store(server.toString(), TestPostgres.PASSWORD.toCharArray())).isTrue();
        CompletableFuture<Optional<MainWindow>> opened = new CompletableFuture<>();
        Platform.runLater(() -> opened.complete(DesktopApp.connect(stage, folder(), TestContext.CLOCK, keyring,
                new ServerMemory(node), server)));
        return opened.get(60, TimeUnit.SECONDS).orElseThrow();
    }

    /** {@link #connect} at 1280×800, showing the screen {@code screenId}: how a secretary's window is looked at. */
    MainWindow connectShowing(FxRobot robot, TwoLogins logins, String login, String screenId) throws Exception {
        MainWindow shell = connect(logins, login);
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            shell.show(screenId);
        });
        return shell;
    }

    /** After a test: every window asked to close (not waited for: one may ask about something unsaved). */
    private static void closeWindows() {
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
