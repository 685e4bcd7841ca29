package se.ledamot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The installer's shell scripts check output without a race. Under {@code set -o pipefail}, {@code echo "$out" | grep -q}
 * fails when grep finds its line and exits before the writer has written the rest: the writer dies of SIGPIPE and the
 * pipeline fails although the line was there. Bash's echo writes a pipe line by line, so this happens whenever grep is
 * already waiting when echo starts, as on a busy machine: installer/test-deb failed so at load 26 ("overdue --json
 * does not list the old motion" over output that listed it), and 100 of 100 times with the writer delayed 20 ms.
 */
class InstallerScriptsTest {
    /** A pipe (not the "||" of "a || b") into grep with -q among its options. */
    private static final Pattern PIPE_INTO_QUIET_GREP = Pattern.compile("(?<!\\|)\\|(?!\\|)\\s*grep\\s+-[a-zA-Z]*q");

    @Test
    void noScriptThatSetsPipefailPipesIntoAQuietGrep() throws IOException {
        List<String> races = new ArrayList<>();
        List<Path> checked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("installer"))) {
            for (Path script : files.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
                if (lines.isEmpty() || !lines.getFirst().startsWith("#!")
                        || lines.stream().noneMatch(l -> l.contains("pipefail"))) {
                    continue;
                }
                checked.add(script);
                for (int i = 0; i < lines.size(); i++) {
                    if (PIPE_INTO_QUIET_GREP.matcher(lines.get(i)).find()) {
                        races.add(script + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(checked).contains(Path.of("installer", "test-deb"), Path.of("installer", "build"));
        assertThat(races).as("grep -q reading a here-string or a file instead").isEmpty();
    }
}
