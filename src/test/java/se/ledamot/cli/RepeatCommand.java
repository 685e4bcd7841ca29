package se.ledamot.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A test program: runs one Ledamot command many times in one JVM, each run opening and closing the data folder as a
 * separate command does, so two of these make two busy writers without paying a JVM start per command. Arguments:
 * the count, then the command; "#" in it becomes the run's number. Prints each run's output; exits 1 if any failed.
 */
public final class RepeatCommand {
    private RepeatCommand() {
    }

    public static void main(String[] args) {
        int times = Integer.parseInt(args[0]);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int failed = 0;
        for (int i = 0; i < times; i++) {
            String n = String.valueOf(i);
            String[] run = Arrays.stream(args).skip(1).map(a -> a.replace("#", n)).toArray(String[]::new);
            if (Cli.create(folder -> { }, out, err).execute(run) != 0) {
                failed++;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
