package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, defect 9: every command-line example in the README works when pasted in order on a fresh data folder.
 * The examples are read from the README itself (the first sh block under "## Command line"), so the README cannot
 * drift from what works.
 */
class ReadmeExamplesTest extends CommandLineTest {
    private static final String LAUNCHER = "target/ledamot";

    @TempDir
    Path other;

    @Test
    void theReadmesCommandLineExamplesRunInOrderOnAFreshFolder() throws IOException {
        List<List<String>> examples = examples(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertThat(examples).hasSizeGreaterThan(15);
        for (List<String> words : examples) {
            List<String> args = new ArrayList<>();
            for (int i = 1; i < words.size(); i++) {
                String w = words.get(i);
                boolean output = i > 1 && words.get(i - 1).equals("-o");
                // Another data folder and the papers go to temporary folders, not /tmp or the checkout.
                args.add(w.equals("/tmp/prov") ? other.toString() : output ? data.resolve(w).toString() : w);
            }
            int code = args.contains("--data") ? runWithoutData(args.toArray(String[]::new))
                    : run(args.toArray(String[]::new));
            assertThat(code).as(String.join(" ", words) + "\n" + out + err).isZero();
            if (args.contains("-o") && words.get(1).equals("archive")) {
                // The archive writes a folder of papers with its manifest.
                assertThat(Path.of(args.get(args.indexOf("-o") + 1)).resolve("manifest.csv")).isNotEmptyFile();
            } else if (args.contains("-o")) {
                assertThat(Path.of(args.get(args.indexOf("-o") + 1))).isNotEmptyFile();
            }
        }
    }

    /** The commands of the first sh block after "## Command line", continuation lines joined, comments left out. */
    static List<List<String>> examples(String readme) {
        String section = readme.substring(readme.indexOf("## Command line"));
        int start = section.indexOf("```sh\n") + 6;
        String block = section.substring(start, section.indexOf("```", start));
        List<List<String>> out = new ArrayList<>();
        StringBuilder command = new StringBuilder();
        for (String line : block.split("\n")) {
            String code = withoutComment(line).strip();
            if (code.endsWith("\\")) {
                command.append(code, 0, code.length() - 1).append(' ');
                continue;
            }
            command.append(code);
            if (!command.isEmpty()) {
                List<String> words = words(command.toString());
                assertThat(words.getFirst()).as(command.toString()).isEqualTo(LAUNCHER);
                out.add(words);
            }
            command.setLength(0);
        }
        return out;
    }

    private static String withoutComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** Shell words: split on blanks, double quotes kept together and removed. */
    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : command.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
