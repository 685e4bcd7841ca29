package se.ledamot.app;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.ledamot.l10n.Localization;

/**
 * The AOT cache (JEP 483/514/515: Ledamot's and the JDK's classes loaded and linked, with method profiles) in the
 * user's cache, which the launchers map read-only ({@code -XX:AOTCache}, see installer/args-linux.txt and
 * src/main/scripts/ledamot; where it is missing, broken or made for other jars or another JVM, the JVM starts without
 * it, silently). It is written by a training run of its own, never by the program a user started: a JVM that wrote
 * its class-data archive at exit ({@code -XX:+AutoCreateSharedArchive}) left its table of archived lambdas pointing
 * into memory it had freed, and a thread of the program still running then crashed the JVM in
 * LambdaProxyClassArchive.find (issue 15, hs_err of session 10).
 *
 * <p>The training run is {@code overdue --json} on a folder of its own that {@code generate} filled with a few hundred
 * matters and meetings (it loads what {@code list --json} does: the same plain reads, the rules and every matter's
 * JSON, issue 15), alone in its JVM, started in the background (at low priority) when the cache is missing or was made
 * for other jars or another JVM. Its JVM ({@code -XX:AOTCacheOutput}) starts a second one at its exit that assembles
 * the cache into a file of its own; only a complete run renames that over the cache, so no program ever maps a
 * half-written one, and two starts at once train once.
 */
final class StartupCache {
    static final String PROPERTY = "ledamot.startupCache";
    /** A training run older than this is taken for dead (killed with the terminal, the machine off): train again. */
    static final Duration TRAINING_LIMIT = Duration.ofMinutes(10);
    /** What the cache was made for: the JVM's own name for the jars, their sizes and times. */
    private static final String STAMP_SUFFIX = ".stamp";
    private static final String TRAINING_SUFFIX = ".training";
    /** Enough matters of every kind for overdue entries with every kind of deadline; a few seconds to generate. */
    static final int TRAINING_MATTERS = 300;

    private StartupCache() {
    }

    /**
     * Starts a training run when the cache named by {@link #PROPERTY} is missing or out of date and none is under
     * way; nothing when the property is not set (tests, the training run itself).
     */
    static void refresh() {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            return;
        }
        Path cache = Path.of(name).toAbsolutePath();
        String stamp = stamp();
        if (isCurrent(cache, stamp) || !claimTraining(cache, Instant.now())) {
            return;
        }
        try {
            new ProcessBuilder(trainingCommand(cache, stamp)).directory(cache.getParent().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException | RuntimeException e) {
            // No training run (no shell, no java in the runtime): this program starts without the cache, and the
            // claim left behind lets the next try come after TRAINING_LIMIT, not at every start.
        }
    }

    /** Whether the cache is there and was made for these jars and this JVM. */
    static boolean isCurrent(Path cache, String stamp) {
        try {
            return Files.isRegularFile(cache)
                    && Files.readString(stampOf(cache), StandardCharsets.UTF_8).equals(stamp);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Takes the training run for this start: false when another start's run is under way (its file is younger than
     * {@link #TRAINING_LIMIT}). Makes the cache folder; where it cannot be made, says so and trains nothing.
     */
    static boolean claimTraining(Path cache, Instant now) {
        Path training = training(cache);
        try {
            Files.createDirectories(cache.getParent());
            try {
                Files.createFile(training);
                return true;
            } catch (FileAlreadyExistsException e) {
                if (Files.getLastModifiedTime(training).toInstant().isAfter(now.minus(TRAINING_LIMIT))) {
                    return false;
                }
                Files.delete(training);
                Files.createFile(training);
                return true;
            }
        } catch (IOException | RuntimeException e) {
            System.err.println(Localization.get("app.startupCache.unwritable", cache.getParent(), e.getMessage()));
            return false;
        }
    }

    /**
     * The JVM, the jars and the class path's order the cache is valid for: the JVM maps a cache only for the class
     * path it was written with, each jar of the same size and time.
     */
    static String stamp() {
        StringBuilder s = new StringBuilder(System.getProperty("java.vm.version")).append('\n')
                .append(System.getProperty("java.home")).append('\n');
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            s.append(entry);
            try {
                s.append(' ').append(Files.size(jar)).append(' ').append(Files.getLastModifiedTime(jar).toMillis());
            } catch (IOException e) {
                s.append(" missing");
            }
            s.append('\n');
        }
        return s.toString();
    }

    /**
     * The training run: this JVM's options but the cache's, over the same class path, on a new folder: first
     * {@code generate --matters} to make and fill it (its migrations and writes are no start's work), then
     * {@code overdue --json} with {@code -XX:AOTCacheOutput} on the training file, whose JVM has the cache assembled
     * into it at its end; only when that ended well, the file renamed over the cache and the stamp written beside it.
     */
    static List<String> trainingCommand(Path cache, String stamp) {
        Path training = training(cache);
        Path data = cache.resolveSibling(cache.getFileName() + ".data");
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-XX:AOTCache") && !option.startsWith("-XX:AOTMode")
                    && !option.startsWith("-D" + PROPERTY + "=") && !option.startsWith("-Djava.class.path=")) {
                java.add(option);
            }
        }
        java.addAll(List.of("-XX:ErrorFile=" + cache + ".crash.log", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--data", data.toString()));
        // The cache first, its stamp after: a start in between sees a stamp that does not match and trains again.
        // A run that failed leaves its claim, new: the next try after TRAINING_LIMIT, not at every start.
        String script = "rm -rf \"$DATA\"; java=$1; shift; nice \"$java\" \"$@\" generate --matters " + TRAINING_MATTERS
                + " && nice \"$java\" \"-XX:AOTCacheOutput=$TRAINING\" \"$@\" overdue --json"
                + " && [ -s \"$TRAINING\" ] && mv -f \"$TRAINING\" \"$CACHE\""
                + " && printf '%s' \"$STAMP\" > \"$CACHE.stamp.new\" && mv -f \"$CACHE.stamp.new\" \"$CACHE"
                + STAMP_SUFFIX + "\" || { rm -f \"$TRAINING\"; : > \"$TRAINING\"; }; rm -rf \"$DATA\"";
        List<String> command = new ArrayList<>(List.of("/usr/bin/env", "CACHE=" + cache, "TRAINING=" + training,
                "DATA=" + data, "STAMP=" + stamp, "/bin/sh", "-c", script, "sh"));
        command.addAll(java);
        return command;
    }

    static Path training(Path cache) {
        return cache.resolveSibling(cache.getFileName() + TRAINING_SUFFIX);
    }

    static Path stampOf(Path cache) {
        return cache.resolveSibling(cache.getFileName() + STAMP_SUFFIX);
    }
}
