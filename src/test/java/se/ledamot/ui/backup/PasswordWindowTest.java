package se.ledamot.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.DesktopApp;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.shell.MainWindow;

/**
 * The whole password walk in the real window, as a councillor does it: Arkiv → Lösenord… with a password too short,
 * then two that differ, then a good one; the dialog's Avbryt, which changes nothing; a change cancelled from the
 * status bar, reported as what really happened; and at the next start three wrong passwords, refused. Pictures of
 * every step (dialogs included) are kept in target/password-*.png to look at.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class PasswordWindowTest {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
    }

    private MainWindow open(FxRobot robot) throws Exception {
        CompletableFuture<Optional<MainWindow>> window = new CompletableFuture<>();
        Platform.runLater(() -> window.complete(DesktopApp.open(new Stage(), folder, TestContext.CLOCK)));
        return window.get(60, TimeUnit.SECONDS).orElseThrow();
    }

    /** Arkiv → an item; fired later, since its dialog waits for an answer on the FX thread. */
    private static void menu(MainWindow shell, String id) {
        MenuItem item = shell.fileMenu().getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow();
        Platform.runLater(item::fire);
    }

    /** Types a new password and its repetition, and presses Enter (OK). */
    private static void typeNew(FxRobot robot, String first, String again) {
        waitUntil(() -> robot.lookup("#new-password").tryQuery().isPresent());
        PasswordField field = robot.lookup("#new-password").queryAs(PasswordField.class);
        WindowDriver.waitUntilStill(field);
        robot.clickOn(field).write(first);
        robot.clickOn("#new-password-again").write(again);
    }

    private static void ok(FxRobot robot, Node field) {
        robot.type(KeyCode.ENTER);
        waitUntil(() -> field.getScene() == null || !field.getScene().getWindow().isShowing());
    }

    private static String problem(FxRobot robot) {
        waitUntil(() -> robot.lookup("#password-problem").tryQuery().isPresent());
        return robot.lookup("#password-problem").queryAs(Labeled.class).getText();
    }

    /** The newest notice: one said a moment before is shown above it while the bar is up. */
    private static String notice(MainWindow shell) {
        String shown = ((NotificationPane) shell.root().lookup(".notification-pane")).getText();
        return shown == null ? "" : shown.lines().reduce((older, newer) -> newer).orElse("");
    }

    /** The whole screen, dialogs included, for a person to look at. */
    private static void shot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Image image = robot.capture(Screen.getPrimary().getBounds()).getImage();
        Path file = Path.of("target", "password-" + name + ".png");
        Files.createDirectories(file.getParent());
        javafx.scene.image.WritableImage copy = new javafx.scene.image.WritableImage(image.getPixelReader(),
                (int) image.getWidth(), (int) image.getHeight());
        ImageIO.write(WindowDriver.toAwt(copy), "png", file.toFile());
    }

    private static void typePassword(FxRobot robot, String password) {
        waitUntil(() -> robot.lookup("#password").tryQuery().isPresent());
        PasswordField field = robot.lookup("#password").queryAs(PasswordField.class);
        WindowDriver.waitUntilStill(field);
        robot.clickOn(field).write(password);
        ok(robot, field);
    }

    @Test
    void setCancelChangeAndThreeWrongPasswords(FxRobot robot) throws Exception {
        try (Ledamot app = Ledamot.open(folder, TestContext.CLOCK)) {
            app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion bakom lösenord").build());
        }
        MainWindow shell = open(robot);
        robot.interact(() -> {
            shell.stage().setWidth(1280);
            shell.stage().setHeight(800);
        });

        // Set: too short, then two that differ, then a good one.
        menu(shell, "menu-password");
        typeNew(robot, "kort", "kort");
        shot(robot, "1-typed");
        ok(robot, robot.lookup("#new-password").query());
        assertThat(problem(robot)).isEqualTo("Lösenordet måste ha minst 8 tecken.");
        shot(robot, "2-too-short");
        typeNew(robot, "ett långt lösenord", "ett annat lösenord");
        ok(robot, robot.lookup("#new-password").query());
        assertThat(problem(robot)).isEqualTo("Lösenorden var inte lika, försök igen.");
        shot(robot, "3-mismatch");
        typeNew(robot, "ett långt lösenord", "ett långt lösenord");
        ok(robot, robot.lookup("#new-password").query());
        waitUntil(() -> "Datamappen är nu skyddad med lösenord.".equals(notice(shell)));
        shot(robot, "4-set");
        assertThat(shell.context().services().dataFolder().orElseThrow().isProtected()).isTrue();

        // The dialog's Avbryt: nothing is asked of the disk, nothing changes.
        menu(shell, "menu-password");
        typeNew(robot, "det nya lösenordet", "det nya lösenordet");
        Node dialogField = robot.lookup("#new-password").query();
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> "Avbryt".equals(b.getText())).findFirst().orElseThrow());
        waitUntil(() -> dialogField.getScene() == null || !dialogField.getScene().getWindow().isShowing());
        assertThat(notice(shell)).isEqualTo("Datamappen är nu skyddad med lösenord.");

        // A change, and Avbryt in the status bar at once: what the window says is what happened.
        menu(shell, "menu-password");
        typeNew(robot, "det nya lösenordet", "det nya lösenordet");
        ok(robot, robot.lookup("#new-password").query());
        Optional<Button> cancel = robot.lookup(".status-bar .button").tryQueryAs(Button.class);
        if (cancel.isPresent() && cancel.get().getParent().isVisible()) {
            robot.clickOn(cancel.get());
        }
        waitUntil(() -> notice(shell).startsWith("Lösenordet ändrades inte") || notice(shell).equals(
                "Lösenordet är bytt."));
        shot(robot, "5-change-cancelled");
        boolean changed = notice(shell).equals("Lösenordet är bytt.");
        System.out.println("password change with Avbryt in the status bar: " + notice(shell));
        robot.interact(shell::requestClose);

        // The next start: three wrong passwords are refused, and no window opens.
        CompletableFuture<Optional<MainWindow>> refused = new CompletableFuture<>();
        Platform.runLater(() -> refused.complete(DesktopApp.open(new Stage(), folder, TestContext.CLOCK)));
        String right = changed ? "det nya lösenordet" : "ett långt lösenord";
        String wrong = changed ? "ett långt lösenord" : "det nya lösenordet";
        typePassword(robot, wrong);
        assertThat(problem(robot)).isEqualTo("Fel lösenord. Försök igen (försök 2 av 3).");
        shot(robot, "6-wrong-once");
        typePassword(robot, "fel igen");
        typePassword(robot, "fel en tredje gång");
        waitUntil(() -> robot.lookup(".dialog-pane .label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().startsWith("Fel lösenord för")));
        shot(robot, "7-refused");
        Button close = robot.lookup(".dialog-pane .button").queryButton();
        WindowDriver.waitUntilStill(close);
        robot.clickOn(close);
        assertThat(refused.get(30, TimeUnit.SECONDS)).isEmpty();

        // The password the window reported opens the folder, with the matter in it.
        CompletableFuture<Optional<MainWindow>> reopened = new CompletableFuture<>();
        Platform.runLater(() -> reopened.complete(DesktopApp.open(new Stage(), folder, TestContext.CLOCK)));
        typePassword(robot, right);
        MainWindow again = reopened.get(60, TimeUnit.SECONDS).orElseThrow();
        assertThat(again.context().services().matters().list()).extracting(Matter::title)
                .containsExactly("Motion bakom lösenord");
        robot.interact(again::requestClose);
    }

    /**
     * Walk27: Avbryt in the start's password question was told as a wrong password ("Fel lösenord för …" after one
     * wrong try), and at the first question as a message naming the command line's LEDAMOT_PASSWORD, which a
     * councillor in the window has no use for. A cancel says the folder was not opened, and nothing else.
     */
    @Test
    void avbrytAtTheStartSaysTheFolderWasNotOpenedNotThatThePasswordWasWrong(FxRobot robot) throws Exception {
        try (Ledamot app = Ledamot.open(folder, TestContext.CLOCK)) {
            app.dataFolder().orElseThrow().protect("ett långt lösenord".toCharArray());
        }
        for (boolean wrongFirst : new boolean[] {false, true}) {
            CompletableFuture<Optional<MainWindow>> cancelled = new CompletableFuture<>();
            Platform.runLater(() -> cancelled.complete(DesktopApp.open(new Stage(), folder, TestContext.CLOCK)));
            if (wrongFirst) {
                typePassword(robot, "inte rätt lösenord");
                assertThat(problem(robot)).isEqualTo("Fel lösenord. Försök igen (försök 2 av 3).");
            }
            waitUntil(() -> robot.lookup("#password").tryQuery().isPresent());
            Node field = robot.lookup("#password").query();
            WindowDriver.waitUntilStill(field);
            robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                    .filter(b -> "Avbryt".equals(b.getText())).findFirst().orElseThrow());
            waitUntil(() -> robot.lookup(".dialog-pane .label").queryAllAs(Labeled.class).stream()
                    .anyMatch(l -> l.getText() != null && l.getText().contains(folder.toString())));
            String said = robot.lookup(".dialog-pane .label").queryAllAs(Labeled.class).stream()
                    .map(Labeled::getText).filter(t -> t != null && t.contains(folder.toString())).findFirst()
                    .orElseThrow();
            shot(robot, "8-cancelled" + (wrongFirst ? "-after-wrong" : ""));
            System.out.println("Avbryt" + (wrongFirst ? " after a wrong password" : "") + ": " + said);
            assertThat(said).startsWith("Datamappen " + folder + " öppnades inte").doesNotContain("Fel lösenord")
                    .doesNotContain("LEDAMOT_PASSWORD");
            Button close = robot.lookup(".dialog-pane .button").queryButton();
            WindowDriver.waitUntilStill(close);
            robot.clickOn(close);
            assertThat(cancelled.get(30, TimeUnit.SECONDS)).isEmpty();
        }
    }
}
