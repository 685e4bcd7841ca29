package se.ledamot.ui.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.toAwt;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.service.MeetingService;
import se.ledamot.ui.DesktopWindow;

/** Arkiv → Exportera underlag… in the real window: the next meeting's debate brief is previewed page by page. */
@WindowTest
@ExtendWith(WindowRobot.class)
class BriefExportWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private void seed(Ledamot app) {
        Matter motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om en integrationsplan")
                .authors(List.of(new Person("Łukasz Şahin", "V"))).proposals(List.of("en plan tas fram")).build());
        MeetingService meetings = app.meetings();
        Meeting next = meetings.add(Meeting.planned("KF", LocalDate.of(2026, 12, 14)).withPlace("Kommunhuset"));
        meetings.addMatters(next.id(), List.of(motion.id()));
    }

    @Test
    void previewShowsTheFirstPageThenTheNext(FxRobot robot) throws Exception {
        MenuItem export = window.shell().fileMenu().getItems().stream().filter(i -> "menu-brief".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(export::fire);
        Button preview = robot.lookup("#brief-preview").queryButton();
        waitUntil(() -> !preview.isDisabled());
        robot.interact(preview::fire);
        Label status = robot.lookup("#brief-status").queryAs(Label.class);
        ImageView page = robot.lookup("#brief-page").queryAs(ImageView.class);
        waitUntil(() -> page.getImage() != null);
        assertThat(status.getText()).isEqualTo("Underlaget har 2 sidor.");
        double firstWidth = page.getImage().getWidth();
        var firstImage = page.getImage();
        robot.interact(() -> robot.lookup("#brief-next").queryButton().fire());
        waitUntil(() -> page.getImage() != null && page.getImage() != firstImage);
        assertThat(page.getImage().getWidth()).isEqualTo(firstWidth);

        Window window = page.getScene().getWindow();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = window.getScene().snapshot(null));
        Path target = Path.of("target/brief-export.png");
        Files.createDirectories(target.toAbsolutePath().getParent());
        ImageIO.write(toAwt(shot[0]), "png", target.toFile());
        assertThat(Files.size(target)).isGreaterThan(10_000L);
    }

    /** Issue 10, defect 11: the export window closes with its own button and with Escape. */
    @Test
    void theExportWindowClosesWithEscapeAndWithItsCloseButton(FxRobot robot) {
        MenuItem export = window.shell().fileMenu().getItems().stream().filter(i -> "menu-brief".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(export::fire);
        Button preview = robot.lookup("#brief-preview").queryButton();
        Window exportWindow = preview.getScene().getWindow();
        waitUntil(() -> exportWindow.isShowing() && exportWindow.isFocused());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !exportWindow.isShowing());

        robot.interact(export::fire);
        waitUntil(exportWindow::isShowing);
        robot.clickOn("#brief-close");
        waitUntil(() -> !exportWindow.isShowing());
        assertThat(window.shell().stage().isShowing()).isTrue();
    }

    /** The walk at 1280x800: the window was 860 px high and its top row (Underlag) stood above the screen's edge. */
    @Test
    void theExportWindowFitsTheScreen(FxRobot robot) {
        MenuItem export = window.shell().fileMenu().getItems().stream().filter(i -> "menu-brief".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(export::fire);
        Window exportWindow = robot.lookup("#brief-preview").queryButton().getScene().getWindow();
        waitUntil(exportWindow::isShowing);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(exportWindow.getScene().getHeight()).as("scene height on a screen of %s", screen)
                .isLessThanOrEqualTo(screen.getHeight());
    }
}
