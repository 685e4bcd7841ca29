package se.ledamot.ui.look;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.toAwt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.shell.Appearance.Theme;

/**
 * A picture of every screen at 1280x800 with the sample data, light, and dark for the main ones. Writes
 * target/screens/; to update the pictures in src/doc:
 * {@code xvfb-run -a mvn -q test -Dtest=ScreensTest -Dledamot.screens=src/doc/screens}
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class ScreensTest {
    /** The screens a councillor spends the day in: pictured in the dark theme too. */
    static final Set<String> MAIN = Set.of("dashboard", "register", "meetings", "answers");

    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder);

    @AfterEach
    void lightAgain(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet()));
    }

    @Test
    void everyScreenIsPictured(FxRobot robot) throws IOException {
        ScreenTour.waitForSamples(window.shell());
        Path target = Path.of(System.getProperty("ledamot.screens", "target/screens"));
        Files.createDirectories(target);
        ScreenTour tour = new ScreenTour(robot, window.shell());
        List<Path> written = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            robot.interact(() -> Application.setUserAgentStylesheet(theme.stylesheet()));
            for (String id : ScreenTour.screenIds(window.shell())) {
                if (theme == Theme.LIGHT || MAIN.contains(id)) {
                    tour.visit(id);
                    written.add(shoot(robot, target.resolve(id + "-" + theme.name().toLowerCase() + ".png")));
                }
            }
        }
        assertThat(written).hasSize(ScreenTour.screenIds(window.shell()).size() + MAIN.size());
        for (Path p : written) {
            assertThat(Files.size(p)).as(p.toString()).isBetween(10_000L, 400_000L);
        }
    }

    private Path shoot(FxRobot robot, Path file) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = window.shell().stage().getScene().snapshot(null));
        ImageIO.write(toAwt(shot[0]), "png", file.toFile());
        return file;
    }
}
