package se.ledamot.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small rooms (issue 12): no source file of ours, main or test, is over 400 lines; the generated jOOQ classes live
 * under target/ and are not counted. A file that grows past it is split along a seam, not squeezed.
 */
class FileSizeTest {
    static final int MOST_LINES = 400;

    @Test
    void noSourceFileIsOver400Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > MOST_LINES)
                    .map(f -> f + " (" + lines(f) + " lines)").sorted().toList();
        }
        assertThat(tooLong).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
