package se.ledamot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.WindowTest;
import se.ledamot.store.Database;
import se.ledamot.store.MatterStore;
import se.ledamot.store.TestDatabases;

/**
 * The installed app's window where its class-data archive cannot be written (a file where $HOME/.cache should be):
 * the JVM's failing archive write at the end made every close of the window exit with 1 and say "Error occurred
 * during initialization of VM". Closed as with its close button, the window ends the program with 0, its data closed.
 */
@WindowTest
class WindowExitCodeTest {
    @TempDir
    Path dir;

    @Test
    void theInstalledAppsWindowClosesWithExitCodeZeroWhenTheArchiveCannotBeWritten() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null && !GraphicsEnvironment.isHeadless(), "needs a display");
        Path jar = Files.createDirectories(dir.resolve("bin")).resolve("ledamot.jar");
        LauncherOutputTest.writeJar(jar);
        List<String> command = LauncherOutputTest.installedAppWithoutItsCache(dir, jar);
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("stderr.txt").toFile());
        pb.environment().put(StartupProbe.ENV, "close");
        Process window = pb.start();
        window.getOutputStream().close();

        assertThat(window.waitFor(3, TimeUnit.MINUTES)).as("the window closed and the program ended").isTrue();
        String stderr = Files.readString(dir.resolve("stderr.txt"));
        assertThat(window.exitValue()).as("exit code; stderr: " + stderr).isZero();
        assertThat(stderr).doesNotContain("Error occurred");
        // The first window on a new folder wrote the sample matters: stored before the program ended.
        try (Database db = TestDatabases.local(dir.resolve("data"))) {
            assertThat(new MatterStore(db.dsl(), Clock.systemUTC()).list()).isNotEmpty();
        }
    }
}
