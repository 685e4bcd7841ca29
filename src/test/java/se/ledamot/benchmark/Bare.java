package se.ledamot.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baselines' program: with no argument a bare JVM start that does nothing; with a file, the same start that
 * copies the file to standard output (what printing a command's JSON costs by itself).
 */
public final class Bare {
    private Bare() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1) {
            Files.copy(Path.of(args[0]), System.out);
            System.out.flush();
        }
    }
}
