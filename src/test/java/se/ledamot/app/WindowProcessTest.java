package se.ledamot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.WindowTest;
import se.ledamot.cli.AppProcess;
import se.ledamot.cli.RepeatCommand;
import se.ledamot.store.Database;
import se.ledamot.service.FolderLock;
import se.ledamot.store.MatterStore;
import se.ledamot.store.TestDatabases;

/**
 * The window as a separate program, as a user starts it: beside it a command writes to the same folder while no
 * socket is listening anywhere, and a second window on the folder says why it cannot open and stops.
 */
@WindowTest
class WindowProcessTest {
    @TempDir
    Path data;

    private static void assumeADisplay() {
        assumeTrue(System.getenv("DISPLAY") != null && !GraphicsEnvironment.isHeadless(), "needs a display");
    }

    private Process window() throws Exception {
        return AppProcess.ledamot(data).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Waits until a window holds the folder (its lock can no longer be taken). */
    private void awaitWindowOn(Path folder, Process window) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && window.isAlive()) {
            Optional<FolderLock> free = FolderLock.tryAcquire(folder);
            if (free.isEmpty()) {
                return;
            }
            free.get().close();
            Thread.sleep(100);
        }
        throw new AssertionError("the window did not open");
    }

    @Test
    void noSocketListensWhileTheWindowAndACommandWorkOnTheSameFolder() throws Exception {
        assumeADisplay();
        assumeTrue(Sockets.available(), "reads Linux's /proc");
        Process window = window();
        try {
            awaitWindowOn(data, window);
            ProcessBuilder pb = new ProcessBuilder(AppProcess.command(RepeatCommand.class.getName(), List.of("30",
                    "add", "--kind", "question", "--title", "Fråga #", "--data", data.toString())));
            Process command = pb.start();
            AppProcess.Drain out = AppProcess.Drain.of(command.getInputStream());
            AppProcess.Drain err = AppProcess.Drain.of(command.getErrorStream());
            List<String> heard = new ArrayList<>();
            int samples = 0;
            while (command.isAlive()) {
                heard.addAll(Sockets.listening(window.pid()));
                heard.addAll(Sockets.listening(command.pid()));
                samples++;
                Thread.sleep(50);
            }
            assertThat(command.waitFor()).as(err.text()).isZero();
            // Under heavy load the command may wait for its turn long enough to say so; nothing else may be said.
            assertThat(err.text().lines().filter(l -> !l.startsWith("Väntar på att datamappen"))).isEmpty();
            assertThat(out.text().lines()).hasSize(30);
            assertThat(heard).as("sockets listening in %d looks", samples).isEmpty();
            assertThat(window.isAlive()).isTrue();
            System.out.printf("no listener: %d looks at the window's and a command's sockets while the command"
                    + " added 30 matters beside the open window: 0 listening%n", samples);
        } finally {
            window.destroy();
            window.waitFor(30, TimeUnit.SECONDS);
        }
        try (Database db = TestDatabases.local(data)) {
            assertThat(new MatterStore(db.dsl(), Clock.systemUTC()).list()).hasSizeGreaterThanOrEqualTo(30);
        }
    }

    /**
     * The start-up cache's training rehearses the window (issue 15): built on a generated folder and drawn off screen
     * through the register's rows and a matter in the editor, then closed. It is never shown (the start-up probe,
     * which hears every window shown, says nothing), and the program ends well and lets go of the folder.
     */
    @Test
    void theTrainingsRehearsalDrawsTheWindowOffScreenNeverShowsItAndEnds() throws Exception {
        assumeADisplay();
        AppProcess.Result generated = AppProcess.run(data, "generate", "--matters", "40");
        assertThat(generated.exit()).as(generated.err()).isZero();
        ProcessBuilder rehearsal = AppProcess.ledamot(data);
        rehearsal.command().add(1, "-D" + StartupCache.REHEARSAL + "=true");
        rehearsal.environment().put(StartupProbe.ENV, "rows");

        AppProcess.Result run = AppProcess.run(rehearsal, java.time.Duration.ofMinutes(2));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).as("a window shown").doesNotContain("startup-probe");
        try (FolderLock free = FolderLock.tryAcquire(data).orElseThrow()) {
            assertThat(free).as("the folder let go").isNotNull();
        }
    }

    @Test
    void aSecondWindowOnAFolderSaysWhyInARealDialogAndStopsWhenItIsRead() throws Exception {
        assumeADisplay();
        try (FolderLock first = FolderLock.tryAcquire(data).orElseThrow()) {
            Process second = AppProcess.ledamot(data).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            AppProcess.Drain err = AppProcess.Drain.of(second.getErrorStream());
            Robot robot = new Robot();
            Dimension screen = Toolkit.getDefaultToolkit().getScreenSize();
            // An unowned dialog sits centred across and a third of the way down.
            Rectangle dialog = new Rectangle(screen.width / 2 - 200, (screen.height - 110) / 3, 400, 110);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            int[] ink = {0, 0};
            int paper = dialog.width * dialog.height / 3;
            while (System.nanoTime() < deadline && second.isAlive() && (ink[0] <= paper || ink[1] < 100)) {
                Thread.sleep(500);
                ink = inkAndPaper(robot.createScreenCapture(dialog));
            }
            assertThat(ink[1]).as("dark text on the dialog (a blank dialog has none)").isGreaterThanOrEqualTo(100);
            assertThat(ink[0]).as("the dialog's light background").isGreaterThan(paper);
            for (int tries = 0; tries < 5 && second.isAlive(); tries++) {
                robot.mouseMove(dialog.x + dialog.width / 2, dialog.y + dialog.height / 2);
                robot.keyPress(KeyEvent.VK_ENTER);
                robot.keyRelease(KeyEvent.VK_ENTER);
                second.waitFor(3, TimeUnit.SECONDS);
            }
            assertThat(second.waitFor(15, TimeUnit.SECONDS)).as("the second window stopped").isTrue();
            assertThat(err.text()).contains("Ledamot är redan öppet för datamappen " + data)
                    .doesNotContain("Exception");
        }
    }

    /** Light pixels and dark pixels in a picture. */
    private static int[] inkAndPaper(BufferedImage image) {
        int light = 0;
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int lum = ((rgb >> 16 & 255) * 3 + (rgb >> 8 & 255) * 6 + (rgb & 255)) / 10;
                if (lum > 200) {
                    light++;
                } else if (lum < 90) {
                    dark++;
                }
            }
        }
        return new int[] {light, dark};
    }
}
