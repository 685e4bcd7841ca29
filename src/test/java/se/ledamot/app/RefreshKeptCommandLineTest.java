package se.ledamot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.cli.AppProcess;
import se.ledamot.cli.KeptCalls;

/**
 * The program Ledamot starts after it wrote ({@link Main#refreshKept}): this JVM's java on this class path, at low
 * priority, {@code refresh-kept} on the folder. Run as it is built, it makes a stale kept output current again.
 */
class RefreshKeptCommandLineTest {
    @TempDir
    Path data;

    @Test
    void theProgramMainStartsMakesTheStaleKeptAnswerAgain() throws Exception {
        assertThat(AppProcess.run(data, "add", "--kind", "motion", "--title", "Motion om skolskjuts").exit()).isZero();
        assertThat(AppProcess.run(data, "list", "--json").exit()).isZero();
        // A matter added is carried into the kept answer by the program that added it; a paper setting changed
        // leaves it stale (a change to anything but matters and meetings), and the tests' children start no refresh.
        assertThat(AppProcess.run(data, "add", "--kind", "motion", "--title", "Motion om cykelbanor").exit()).isZero();
        assertThat(AppProcess.run(data, "papers", "--council", "Testkommun").exit()).isZero();
        assertThat(AppProcess.keptOnly(data, "list", "--json").exit()).isEqualTo(KeptCalls.NOT_KEPT_EXIT);

        List<String> command = Main.refreshKept(data);
        assertThat(command).containsSubsequence("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data", data.toString(), "refresh-kept");
        assertThat(command.stream().filter(c -> c.endsWith("java") || c.endsWith("java.exe")).findFirst())
                .hasValueSatisfying(java -> assertThat(Path.of(java)).isExecutable());
        Process refresh = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolveSibling("refresh.log").toFile()).start();
        assertThat(refresh.waitFor(60, TimeUnit.SECONDS)).as("ended").isTrue();
        assertThat(refresh.exitValue()).as(Files.readString(data.resolveSibling("refresh.log"))).isZero();

        // Asked as the launcher's first JVM asks it, of the same build (a kept answer is its build's alone).
        List<String> asked = new ArrayList<>(command.subList(0, command.size() - 1));
        asked.addAll(List.of("list", "--json"));
        asked.add(asked.indexOf(Main.class.getName()) - 2, "-D" + KeptCalls.ONLY + "=true");
        AppProcess.Result kept = AppProcess.run(new ProcessBuilder(asked), Duration.ofSeconds(60));
        assertThat(kept.exit()).as(kept.err()).isZero();
        assertThat(kept.out()).contains("skolskjuts", "cykelbanor");
    }
}
