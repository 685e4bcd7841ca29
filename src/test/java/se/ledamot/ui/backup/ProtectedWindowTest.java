package se.ledamot.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import org.testfx.framework.junit5.Start;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.store.Database;
import se.ledamot.store.FolderBytes;
import se.ledamot.store.MatterStore;
import se.ledamot.ui.DesktopApp;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.store.TestDatabases;

/** A protected folder in the window: the password is asked for, a wrong one said plainly, three tries in all. */
@WindowTest
@ExtendWith(WindowRobot.class)
class ProtectedWindowTest {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
    }

    private CompletableFuture<Optional<MainWindow>> openProtected(String... moreTitles) {
        try (Database db = TestDatabases.local(folder)) {
            new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.MOTION, "Motion bakom lösenord").build());
            for (String title : moreTitles) {
                new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.MOTION, title).build());
            }
            db.protect("rätt lösenord 1".toCharArray());
        }
        CompletableFuture<Optional<MainWindow>> window = new CompletableFuture<>();
        Platform.runLater(() -> window.complete(DesktopApp.open(new Stage(), folder, TestContext.CLOCK)));
        return window;
    }

    private static void type(FxRobot robot, String password) {
        waitUntil(() -> robot.lookup("#password").tryQuery().isPresent());
        PasswordField field = robot.lookup("#password").queryAs(PasswordField.class);
        WindowDriver.waitUntilStill(field);
        robot.clickOn(field).write(password).type(KeyCode.ENTER);
        waitUntil(() -> field.getScene() == null || !field.getScene().getWindow().isShowing());
    }

    @Test
    void aWrongPasswordIsSaidAndTheRightOneOpensTheWindow(FxRobot robot) throws Exception {
        CompletableFuture<Optional<MainWindow>> window = openProtected();
        type(robot, "fel");
        waitUntil(() -> robot.lookup("#password-problem").tryQuery().isPresent());
        assertThat(robot.lookup("#password-problem").queryAs(Labeled.class).getText())
                .isEqualTo("Fel lösenord. Försök igen (försök 2 av 3).");
        type(robot, "rätt lösenord 1");
        MainWindow shell = window.get(30, TimeUnit.SECONDS).orElseThrow();
        assertThat(shell.context().services().matters().list()).extracting(Matter::title).containsExactly("Motion bakom lösenord");
        robot.interact(shell::requestClose);
    }

    /** The register's search and Ctrl+K find the matter, and no file of the folder holds its words afterwards. */
    @Test
    void theWindowSearchesAProtectedFolderAndLeavesNoWordOfItInAFile(FxRobot robot) throws Exception {
        CompletableFuture<Optional<MainWindow>> window = openProtected("Motion om nattbussar");
        type(robot, "rätt lösenord 1");
        MainWindow shell = window.get(30, TimeUnit.SECONDS).orElseThrow();
        robot.interact(() -> shell.show(RegisterScreen.ID));
        TableView<?> table = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);
        robot.clickOn("#search").write("lösenorden");
        waitUntil(() -> table.getItems().size() == 1);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#find-field").queryAs(TextField.class).isFocused());
        robot.write("bakom");
        ListView<?> results = robot.lookup("#find-results").queryListView();
        waitUntil(() -> results.getItems().size() == 2); // the heading and the matter
        robot.type(KeyCode.ESCAPE);
        robot.interact(shell::requestClose);
        waitUntil(() -> !shell.stage().isShowing());
        assertThat(FolderBytes.filesContaining(folder, "bakom")).isEmpty();
        assertThat(FolderBytes.filesContaining(folder, "Motion bakom")).isEmpty();
    }

    @Test
    void threeWrongPasswordsAreRefusedInSwedishAndNoWindowOpens(FxRobot robot) throws Exception {
        CompletableFuture<Optional<MainWindow>> window = openProtected();
        for (int i = 0; i < 3; i++) {
            type(robot, "fel " + i);
        }
        waitUntil(() -> robot.lookup(".dialog-pane .label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().startsWith("Fel lösenord för")));
        Button ok = robot.lookup(".dialog-pane .button").queryButton();
        WindowDriver.waitUntilStill(ok);
        robot.clickOn(ok);
        assertThat(window.get(30, TimeUnit.SECONDS)).isEmpty();
    }
    @Test
    void anEmptyProtectedDatabaseIsRestoredFromItsBackupWithThePasswordTypedOnce(FxRobot robot) throws Exception {
        try (Database db = TestDatabases.local(folder)) {
            new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.MOTION, "Motion i kopian").build());
            db.protect("rätt lösenord 1".toCharArray());
            db.backUp(null);
        }
        java.nio.file.Files.write(folder.resolve("ledamot.mv.db"), new byte[0]);
        CompletableFuture<Optional<MainWindow>> window = new CompletableFuture<>();
        Platform.runLater(() -> window.complete(DesktopApp.open(new Stage(), folder, TestContext.CLOCK)));

        waitUntil(() -> robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .anyMatch(b -> "Återställ säkerhetskopian".equals(b.getText())));
        Button restore = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> "Återställ säkerhetskopian".equals(b.getText())).findFirst().orElseThrow();
        WindowDriver.waitUntilStill(restore);
        robot.clickOn(restore);
        type(robot, "rätt lösenord 1");
        waitUntil(() -> robot.lookup(".dialog-pane .label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().startsWith("Säkerhetskopian är återställd.")));
        Button ok = robot.lookup(".dialog-pane .button").queryButton();
        WindowDriver.waitUntilStill(ok);
        robot.clickOn(ok);

        // The folder's own password is not asked for again: it is the one just typed for the backup.
        MainWindow shell = window.get(30, TimeUnit.SECONDS).orElseThrow();
        assertThat(shell.context().services().matters().list()).extracting(Matter::title).containsExactly("Motion i kopian");
        robot.interact(shell::requestClose);
    }
}
