package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.toAwt;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.ledamot.domain.Matter;
import se.ledamot.store.Database;
import se.ledamot.store.MatterStore;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * A title pasted longer than the database holds: the field turns red and says the limit, the editor says why it did
 * not save, and the text stays in the field. Writes target/limits-editor.png (1280×800) to look at.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FieldLimitsWindowTest {
    @TempDir
    Path folder;

    private MainWindow shell;
    private Matter plan;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        try (Database db = Database.open(folder)) {
            plan = Samples.addAll(new MatterStore(db)).getFirst();
        }
        shell = DesktopApp.open(new Stage(), folder, TestContext.CLOCK).orElseThrow();
        shell.show(RegisterScreen.ID);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(shell::requestClose);
    }

    @Test
    void aTooLongTitleTurnsTheFieldRedAndIsKeptButNotSaved(FxRobot robot) throws IOException {
        robot.interact(() -> {
            shell.stage().setWidth(1280);
            shell.stage().setHeight(800);
            shell.screen(RegisterScreen.class).orElseThrow().openMatter(plan.id());
        });
        TextField title = robot.lookup("#title").queryAs(TextField.class);
        waitUntil(() -> plan.title().equals(title.getText()));
        assertThat(FieldLimits.isOver(title)).isFalse();
        assertThat(title.getTooltip().getText()).isEqualTo("Högst 500 tecken (nu 42).");

        String pasted = plan.title() + " – " + "och en mycket lång förklaring ".repeat(16);
        robot.interact(() -> title.setText(pasted));
        assertThat(FieldLimits.isOver(title)).isTrue();
        assertThat(title.getTooltip().getText()).isEqualTo("Rubriken får vara högst 500 tecken, men har "
                + pasted.strip().length() + ".");
        Label problem = robot.lookup("#problem").queryAs(Label.class);
        waitUntil(() -> problem.getText().startsWith("Rubriken får vara högst 500 tecken"));
        assertThat(title.getText()).isEqualTo(pasted);
        assertThat(shell.context().matters().find(plan.id()).orElseThrow().title()).isEqualTo(plan.title());

        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = shell.stage().getScene().snapshot(null));
        ImageIO.write(toAwt(shot[0]), "png", Path.of("target/limits-editor.png").toFile());
        assertThat(Files.size(Path.of("target/limits-editor.png"))).isGreaterThan(10_000L);

        // Shortened, it is saved; the window then closes without asking about unsaved work.
        String shortened = pasted.substring(0, 500);
        robot.interact(() -> title.setText(shortened));
        assertThat(FieldLimits.isOver(title)).isFalse();
        waitUntil(() -> problem.getText().isEmpty());
        assertThat(shell.context().matters().find(plan.id()).orElseThrow().title()).isEqualTo(shortened.strip());
    }
}
