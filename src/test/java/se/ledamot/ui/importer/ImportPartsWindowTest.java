package se.ledamot.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.toAwt;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import se.ledamot.importer.read.CombinedPdfs;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.look.ScreenTour;

/**
 * The import preview in the real window at 1280x800 with a combined PDF of papers: one row per part, before anything
 * is stored, each saying which pages of which file it is. Writes target/import-parts.png to look at.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ImportPartsWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder.resolve("data"));

    @Test
    void thePartsOfACombinedPdfAreRowsOfThePreview(FxRobot robot) throws IOException {
        ScreenTour.waitForSamples(window.shell());
        Path papers = Files.write(folder.resolve("handlingar.pdf"),
                CombinedPdfs.of(CombinedPdfs.PAPERS));
        robot.interact(() -> window.shell().show(ImportScreen.ID).orElseThrow());
        robot.interact(() -> window.shell().screen(ImportScreen.class).orElseThrow().read(List.of(papers)));
        TableView<?> table = robot.lookup("#import-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 3);
        robot.interact(() -> table.getSelectionModel().select(1));
        waitUntil(() -> robot.lookup(".hint").queryAll().stream().anyMatch(n -> n instanceof Label l
                && l.getText().contains("(s. 3), en av 3 delar")));
        assertThat(shoot(robot, "target/import-parts.png").getWidth()).isEqualTo(1280);
    }

    @Test
    void aScannedPaperShowsItsOcrConfidence(FxRobot robot) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("tesseract", "--list-langs").start().waitFor() == 0, "tesseract installed");
        ScreenTour.waitForSamples(window.shell());
        Path scan = Files.write(folder.resolve("inskannad.pdf"), se.ledamot.importer.read.ScannedPdfs.of("""
                MOTION

                Motion om fler bänkar i Stadsparken

                I Stadsparken finns för få bänkar.

                Jag yrkar att kommunfullmäktige beslutar
                att kommunen sätter upp tio nya bänkar i Stadsparken

                Kungälv den 3 mars 2024

                Anna Ek (V)
                """));
        robot.interact(() -> window.shell().show(ImportScreen.ID).orElseThrow());
        robot.interact(() -> window.shell().screen(ImportScreen.class).orElseThrow().read(List.of(scan)));
        TableView<?> table = robot.lookup("#import-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup(".hint").queryAll().stream().anyMatch(n -> n instanceof Label l
                && l.getText().contains("lästes med OCR")));
        shoot(robot, "target/import-scanned.png");
    }

    /** The window as it is now, written to the file to look at. */
    private WritableImage shoot(FxRobot robot, String file) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = window.shell().stage().getScene().snapshot(null));
        ImageIO.write(toAwt(shot[0]), "png", Path.of(file).toFile());
        return shot[0];
    }
}
