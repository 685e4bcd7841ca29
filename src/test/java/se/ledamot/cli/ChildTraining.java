package se.ledamot.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.stream.Stream;

/**
 * A test program: the commands the crash tests' children run most (a new folder, samples, add, list, a brief), on a
 * new data folder given as the argument, so that {@link ChildClassData}'s archive holds the classes they load. Exits
 * 1 if any command failed (the archive is then not used).
 */
public final class ChildTraining {
    private ChildTraining() {
    }

    public static void main(String[] args) {
        String data = args[0];
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        List<List<String>> commands = List.of(List.of("samples"), List.of("add", "--kind", "motion", "--title",
                "Motion om övning"), List.of("list"), List.of("brief", "--meeting", "1", "--group", "V", "-o",
                data + "/underlag.pdf"));
        int failed = 0;
        for (List<String> command : commands) {
            String[] run = Stream.concat(command.stream(), Stream.of("--data", data))
                    .toArray(String[]::new);
            if (Cli.create(folder -> { }, quiet, quiet).execute(run) != 0) {
                failed++;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
