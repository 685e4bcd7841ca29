package se.ledamot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Ledamot started as a separate program, as a user or a script starts it: a child JVM on this test run's class path
 * running the real entry point, so it can be killed at any moment (SIGKILL, no shutdown hooks) or run beside another.
 * Its classes come from this run's class path, mapped from a class-data archive where one could be made
 * ({@link ChildClassData}).
 */
public final class AppProcess {
    /**
     * Children start no {@code refresh-kept} after they wrote (one would make kept outputs current behind a test's
     * back); {@link KeptRefreshTest} starts them without it.
     */
    public static final String NO_REFRESH = "-Dledamot.refreshKept=false";
    /** The quick options of the launcher's reading commands (C1 only, the serial collector, a small heap). */
    private static final List<String> JVM = List.of(ProcessHandle.current().info().command().orElse("java"),
            "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xmx256m", "-Dfile.encoding=UTF-8", "-Djava.util.prefs.userRoot=" + prefsRoot(),
            "-Dledamot.cache=" + Path.of("target", "test-cache").toAbsolutePath(), NO_REFRESH);

    private AppProcess() {
    }

    /**
     * The children's own Java preferences (window place, server, writer), under the build folder: never the user's
     * {@code ~/.java}, where a server set by hand made a child's window try to connect to it.
     */
    public static String prefsRoot() {
        return Path.of("target", "child-prefs").toAbsolutePath().toString();
    }

    /** The command line for Ledamot's main class (or another main class of the test run) with these arguments. */
    public static List<String> command(String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>(JVM);
        cmd.addAll(ChildClassData.options(JVM));
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    public static ProcessBuilder ledamot(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        ProcessBuilder pb = new ProcessBuilder(command("se.ledamot.app.Main", all));
        pb.environment().remove("LEDAMOT_PASSWORD");
        pb.environment().remove("LEDAMOT_LANG");
        return pb;
    }

    /** As {@link #ledamot}, a program that starts the refresh of kept outputs after it wrote, as a user's does. */
    public static ProcessBuilder refreshing(Path data, String... args) {
        ProcessBuilder pb = ledamot(data, args);
        pb.command().removeIf(NO_REFRESH::equals);
        return pb;
    }

    /**
     * The call answered only from what is kept, as the launcher's first JVM asks it: its output, or exit 75 with
     * nothing printed. It waits while a refresh under way makes it.
     */
    public static Result keptOnly(Path data, String... args) {
        ProcessBuilder pb = ledamot(data, args);
        pb.command().add(1, "-D" + KeptCalls.ONLY + "=true");
        return run(pb, Duration.ofSeconds(60));
    }

    /** The kept answer once it is made (asked until then, for a minute); the last try's when it never was. */
    public static Result madeAgain(Path data, String... args) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Result r = keptOnly(data, args);
        while (r.exit() == KeptCalls.NOT_KEPT_EXIT && System.nanoTime() < deadline) {
            r = keptOnly(data, args);
        }
        return r;
    }

    /** What a finished run printed. */
    public record Result(int exit, String out, String err) {
    }

    /** Runs to the end (killed after the timeout) and returns what it printed. */
    public static Result run(ProcessBuilder pb, Duration timeout) {
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            Drain out = Drain.of(p.getInputStream());
            Drain err = Drain.of(p.getErrorStream());
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("still running after " + timeout + ": " + pb.command() + "\n" + err.text());
            }
            return new Result(p.exitValue(), out.text(), err.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static Result run(Path data, String... args) {
        return run(ledamot(data, args), Duration.ofSeconds(60));
    }

    public static Result run(Path data, Map<String, String> env, String... args) {
        ProcessBuilder pb = ledamot(data, args);
        pb.environment().putAll(env);
        return run(pb, Duration.ofSeconds(60));
    }

    /** Reads a stream to its end on its own thread, so a child never blocks on a full pipe. */
    public static final class Drain {
        private final StringBuilder text = new StringBuilder();
        private final Thread thread;

        private Drain(InputStream in) {
            thread = Thread.ofVirtual().start(() -> {
                char[] buffer = new char[8192];
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    for (int n; (n = reader.read(buffer)) > 0; ) {
                        synchronized (text) {
                            text.append(buffer, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // The child was killed: what it wrote so far is all there is.
                }
            });
        }

        public static Drain of(InputStream in) {
            return new Drain(in);
        }

        public String text() {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (text) {
                return text.toString();
            }
        }
    }
}
