package se.ledamot.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.toAwt;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.importer.read.CombinedPdfs;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.look.ScreenTour;

/**
 * The import preview in the real window at 1280x800 with a combined PDF of papers: one row per part, before anything
 * is stored, each saying which pages of which file it is. Writes target/import-parts.png to look at.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
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
    void aKallelseWithItsPapersShowsWhereEachPaperGoesAndTheUserCanKeepOneApart(FxRobot robot) throws IOException {
        ScreenTour.waitForSamples(window.shell());
        int mattersBefore = window.shell().context().services().matters().list().size();
        Path file = Files.write(folder.resolve("kf-2027-03-11.pdf"), CombinedPdfs.of(new String[] {
            CombinedPdfs.KALLELSE,
            CombinedPdfs.BY_DNR[0].replace("Dnr KS 2027/11", "Ärende 3"),
            CombinedPdfs.BY_DNR[1],
            CombinedPdfs.BY_DNR[2].replace("Dnr KS 2027/13", "Ärende 9")}));
        robot.interact(() -> window.shell().show(ImportScreen.ID).orElseThrow());
        robot.interact(() -> window.shell().screen(ImportScreen.class).orElseThrow().read(List.of(file)));
        TableView<?> table = robot.lookup("#import-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 4);
        ImportRow second = (ImportRow) table.getItems().get(2);
        assertThat(second.state()).isEqualTo("Hör till punkt 4, det nya ärendet ”Skolskjutsarna” (samma Dnr)");

        // The last paper matched its item by title only: said, marked, and the user keeps it apart.
        robot.interact(() -> table.getSelectionModel().select(3));
        waitUntil(() -> robot.lookup("#import-part-target").tryQuery().isPresent());
        Label where = robot.lookup("#import-part-target").queryAs(Label.class);
        assertThat(where.getText()).startsWith("Kontrollera: hör till punkt 5").endsWith("(bara samma rubrik)");
        assertThat(where.getStyleClass()).contains("unsure-label");
        CheckBox keep = robot.lookup("#import-part-keep").queryAs(CheckBox.class);
        assertThat(keep.isSelected()).isTrue();
        assertThat(shoot(robot, "target/import-handlingar.png").getWidth()).isEqualTo(1280);
        robot.clickOn(keep);
        waitUntil(() -> !((ImportRow) table.getItems().get(3)).item().isMatchedPart());

        robot.clickOn("#import-store");
        waitUntil(() -> ((ImportRow) table.getItems().get(3)).item().stored() != null);
        var matters = window.shell().context().services().matters();
        // Three matters from the kallelse, one of the paper kept apart; the others are kept with their matters.
        assertThat(matters.list()).hasSize(mattersBefore + 4);
        long motion = matters.list().stream().filter(m -> "KS 2027/11".equals(m.number())).findFirst().orElseThrow()
                .id();
        assertThat(matters.attachments(motion)).extracting(a -> a.fileName()).containsExactly("kf-2027-03-11-s2.pdf");
        assertThat(((ImportRow) table.getItems().get(1)).state()).isEqualTo("Sparad med ärende " + motion);
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
        // Each field read from the scan says how sure OCR was of its words, beside it.
        for (String field : List.of("kind", "title", "submitted", "place", "authors", "proposals")) {
            Label ocr = robot.lookup("#import-ocr-" + field).queryAs(Label.class);
            assertThat(ocr.getText()).as(field).matches("Läst med OCR: \\d{1,3} % säkert.*");
        }
        assertThat(robot.lookup("#import-ocr-addressee").tryQuery()).as("not in the paper").isEmpty();
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
