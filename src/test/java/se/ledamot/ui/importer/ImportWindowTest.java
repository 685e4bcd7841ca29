package se.ledamot.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.ledamot.domain.Matter;
import se.ledamot.ui.DesktopApp;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.shell.MainWindow;

/** The real window on a new database: the samples are there at once, and a dropped folder is previewed and stored. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ImportWindowTest {
    @TempDir
    Path folder;
    @TempDir
    Path files;

    private MainWindow shell;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        shell = DesktopApp.open(stage, folder, TestContext.CLOCK).orElseThrow();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (shell.stage().isShowing()) {
                shell.requestClose();
            }
        });
    }

    @Test
    void firstStartShowsTheSampleMattersAndAnImportedFileIsCheckedThenStored(FxRobot robot) throws Exception {
        // The samples load in the background; once stored, the window shows them in the register.
        waitUntil(() -> robot.lookup("#register-table").tryQuery().isPresent());
        TableView<?> register = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> register.getItems().size() == 4);
        assertThat(robot.lookup(".notification-bar .label").queryAs(Labeled.class).getText())
                .startsWith("Välkommen! 4 exempelärenden");

        Files.writeString(files.resolve("motion.txt"), """
                Motion om solceller på kommunens tak

                Vi yrkar att fullmäktige beslutar att solceller sätts upp på alla kommunens skolor.

                Lund 2025-04-01
                Ida Falk (MP)
                """);
        robot.interact(() -> ((ImportScreen) shell.show(ImportScreen.ID).orElseThrow()).read(List.of(files)));
        TableView<?> preview = robot.lookup("#import-table").queryTableView();
        waitUntil(() -> preview.getItems().size() == 1);
        waitUntil(() -> robot.lookup("motion.txt").tryQuery().isPresent());  // the row is drawn after the item comes
        robot.clickOn("motion.txt");
        TextField title = robot.lookup("#import-title").queryAs(TextField.class);
        assertThat(title.getText()).isEqualTo("Solceller på kommunens tak");
        robot.clickOn(title);
        robot.interact(title::selectAll);
        robot.write("Solceller på skolornas tak").clickOn("#import-place");
        robot.clickOn("#import-store");
        waitUntil(() -> register.getItems().size() == 5);
        Matter stored = shell.context().services().matters().list().stream().filter(m -> m.place() != null
                && m.place().equals("Lund")).findFirst().orElseThrow();
        assertThat(stored.title()).isEqualTo("Solceller på skolornas tak");
        assertThat(stored.proposals()).containsExactly("solceller sätts upp på alla kommunens skolor");
    }
}
