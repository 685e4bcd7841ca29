package se.ledamot.tmp;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.ledamot.ui.DesktopApp;
import se.ledamot.ui.shell.MainWindow;

@ExtendWith(ApplicationExtension.class)
class TourTest {
    @TempDir Path folder;
    MainWindow shell;
    @Start void start(Stage stage) {
        Platform.setImplicitExit(false);
        shell = DesktopApp.open(new Stage(), folder, Clock.systemDefaultZone()).orElseThrow();
    }
    @Test void tour(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shell.context().matters().list().size() >= 4);
        robot.interact(() -> { shell.stage().setWidth(1400); shell.stage().setHeight(850); });
        for (String id : new String[] {"dashboard", "register", "meetings", "group", "answers", "debate", "import"}) {
            robot.interact(() -> shell.show(id));
            WaitForAsyncUtils.waitForFxEvents(20);
            robot.sleep(1500);
            WritableImage[] shot = new WritableImage[1];
            robot.interact(() -> shot[0] = shell.stage().getScene().snapshot(null));
            int w = (int) shot[0].getWidth(), h = (int) shot[0].getHeight();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            PixelReader px = shot[0].getPixelReader();
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, px.getArgb(x, y));
            ImageIO.write(out, "png", new java.io.File("/tmp/tour-" + id + ".png"));
        }
        robot.interact(shell::requestClose);
    }
}
