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
import java.util.Comparator;
import java.util.List;
import se.ledamot.l10n.Localization;

/**
 * The AOT caches (JEP 483/514/515: Ledamot's and the JDK's classes loaded and linked, with method profiles) in the
 * user's cache, which the launchers map read-only ({@code -XX:AOTCache}, see installer/args-linux.txt and
 * src/main/scripts/ledamot; where one is missing, broken or made for other jars or another JVM, the JVM starts without
 * it, silently). Two, as a JVM loads every class of its cache at start: the commands' ({@code ledamot.aot}) and, on
 * Linux, the window's ({@code ledamot-window.aot}: the window with the commands' cache loaded 6 656 classes from the
 * jars and ran its first frames cold; a command with the window's cache loaded all of JavaFX, +60 MB). They are
 * written by a training run of their own, never by the program a user started: a JVM that wrote its class-data
 * archive at exit ({@code -XX:+AutoCreateSharedArchive}) left its table of archived lambdas pointing into memory it
 * had freed, and a thread of the program still running then crashed the JVM in LambdaProxyClassArchive.find (issue
 * 15, hs_err of session 10).
 *
 * <p>The training run fills a folder of its own with {@code generate} (a few hundred matters and meetings), then
 * trains the window's cache with the window rehearsed off screen ({@link #REHEARSAL}: never shown; where no display
 * is, it fails and the window starts without a cache), then the commands' with {@code overdue --json} (it loads what
 * {@code list --json} does: the same plain reads, the rules and every matter's JSON, issue 15), each alone in its
 * JVM, started in the background (at low priority) when the cache a start maps is missing or was made for other jars
 * or another JVM. Its JVM ({@code -XX:AOTCacheOutput}) starts a second one at its exit that assembles the cache into a
 * file of its own; only a complete run renames that over the cache, so no program ever maps a half-written one, and
 * two starts at once train once.
 */
final class StartupCache {
    static final String PROPERTY = "ledamot.startupCache";
    /** Set in the training's run of the window: it is rehearsed off screen, never shown ({@code DesktopApp}). */
    static final String REHEARSAL = "ledamot.rehearsal";
    /** The window's cache is named as the commands' with this before {@code .aot}. */
    private static final String WINDOW = "-window";
    /** How the installed app's caches are named: this, a dash and its build's id (installer/app-image). */
    private static final String INSTALLED = "ledamot";
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
        Path commands = commandsCache(cache);
        if (isCurrent(cache, stamp) || !claimTraining(commands, Instant.now())) {
            return;
        }
        removeEarlierCaches(commands);
        try {
            new ProcessBuilder(trainingCommand(commands, stamp)).directory(cache.getParent().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException | RuntimeException e) {
            // No training run (no shell, no java in the runtime): this program starts without the cache, and the
            // claim left behind lets the next try come after TRAINING_LIMIT, not at every start.
        }
    }

    /**
     * Deletes what earlier versions left in the cache's folder, once, at the first training after an upgrade: the
     * class-data archives of the versions before the AOT cache ({@code *.jsa}, ~29 MB each, one per development
     * checkout) and the installed app's caches of other builds (their names carry the build's id, installer/app-image:
     * {@code ledamot-ID.aot}, {@code ledamot-ID-window.aot}, and before that {@code ledamot.aot}), with their stamps,
     * claims and training folders. No launcher maps them any more. Best effort.
     *
     * @param commands the commands' cache this start trains
     */
    static void removeEarlierCaches(Path commands) {
        String name = commands.getFileName().toString();
        String base = name.endsWith(".aot") ? name.substring(0, name.length() - 4) : name;
        try (var files = Files.list(commands.getParent())) {
            for (Path old : files.filter(f -> isEarlier(f.getFileName().toString(), base)).toList()) {
                try (var tree = Files.walk(old)) {
                    for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left for the next training: they take room, never a start's time.
        }
    }

    private static boolean isEarlier(String file, String base) {
        boolean classDataArchive = file.endsWith(".jsa") || file.contains(".jsa.");
        boolean otherBuild = base.startsWith(INSTALLED + "-") && file.startsWith(INSTALLED)
                && !file.startsWith(base + ".") && !file.startsWith(base + WINDOW + ".");
        return classDataArchive || otherBuild;
    }

    /**
     * Whether the cache was trained for these jars and this JVM: its stamp says so. A cache's stamp is written once
     * the cache is in place, or, for the window's, once its training was tried (where it failed, no display, the
     * window starts without a cache rather than train at every start).
     */
    static boolean isCurrent(Path cache, String stamp) {
        try {
            return Files.readString(stampOf(cache), StandardCharsets.UTF_8).equals(stamp);
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
     * path it was written with, each jar of the same size (not time: the launchers see to that).
     */
    static String stamp() {
        StringBuilder s = new StringBuilder(System.getProperty("java.vm.version")).append('\n')
                .append(System.getProperty("java.home")).append('\n');
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            s.append(jarLine(entry)).append('\n');
        }
        return s.toString();
    }

    /**
     * A jar's line in the stamp: its name as on the class path, its size and its time in whole seconds (what both
     * GNU's and BSD's stat tell). The development launcher maps a cache only when its stamp has this line for the jar
     * it starts (the JVM checks a jar's size alone: a jar rebuilt to the same size started with the old build's
     * classes).
     */
    static String jarLine(String entry) {
        Path jar = Path.of(entry);
        try {
            return entry + ' ' + Files.size(jar) + ' '
                    + Files.getLastModifiedTime(jar).to(java.util.concurrent.TimeUnit.SECONDS);
        } catch (IOException e) {
            return entry + " missing";
        }
    }

    /**
     * The training run: this JVM's options but the caches' and the quick compiler's (the window's training wants
     * the profiles of every tier), over the same class path, on a new folder: first {@code generate --matters} to
     * make and fill it (its migrations and writes are no start's work); on Linux the window rehearsed (with
     * preferences of its own, so that nothing its layout does reaches the user's) with
     * {@code -XX:AOTCacheOutput} on a file of its own, renamed over the window's cache when whole, and the window's
     * stamp written whatever came of it; then {@code overdue --json} with {@code -XX:AOTCacheOutput} on the training
     * file, whose JVM has the cache assembled into it at its end; only when that ended well, the file renamed over the
     * commands' cache and its stamp written beside it.
     *
     * @param cache the commands' cache
     */
    static List<String> trainingCommand(Path cache, String stamp) {
        Path training = training(cache);
        Path data = cache.resolveSibling(cache.getFileName() + ".data");
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-XX:AOTCache") && !option.startsWith("-XX:AOTMode")
                    && !option.startsWith("-XX:TieredStopAtLevel") && !option.startsWith("-D" + PROPERTY + "=")
                    && !option.startsWith("-Djava.class.path=")) {
                java.add(option);
            }
        }
        java.addAll(List.of("-XX:ErrorFile=" + cache + ".crash.log", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--data", data.toString()));
        // The window's part fails or not; the commands' cache first, its stamp after: a start in between sees a stamp
        // that does not match and trains again. A run that failed leaves its claim, new: the next try after
        // TRAINING_LIMIT, not at every start.
        String window = !System.getProperty("os.name", "").startsWith("Linux") ? "" : " && { nice \"$java\" -D"
                + REHEARSAL + "=true \"-Djava.util.prefs.userRoot=$DATA.prefs\" \"-XX:AOTCacheOutput=$WINDOW.new\""
                + " \"$@\" && [ -s \"$WINDOW.new\" ]"
                + " && mv -f \"$WINDOW.new\" \"$WINDOW\" || rm -f \"$WINDOW\" \"$WINDOW.new\";"
                + " printf '%s' \"$STAMP\" > \"$WINDOW.stamp.new\" && mv -f \"$WINDOW.stamp.new\" \"$WINDOW"
                + STAMP_SUFFIX + "\"; }";
        String script = "rm -rf \"$DATA\"; java=$1; shift; nice \"$java\" \"$@\" generate --matters " + TRAINING_MATTERS
                + window + " && nice \"$java\" \"-XX:AOTCacheOutput=$TRAINING\" \"$@\" overdue --json"
                + " && [ -s \"$TRAINING\" ] && mv -f \"$TRAINING\" \"$CACHE\""
                + " && printf '%s' \"$STAMP\" > \"$CACHE.stamp.new\" && mv -f \"$CACHE.stamp.new\" \"$CACHE"
                + STAMP_SUFFIX + "\" || { rm -f \"$TRAINING\"; : > \"$TRAINING\"; }; rm -rf \"$DATA\" \"$DATA.prefs\"";
        List<String> command = new ArrayList<>(List.of("/usr/bin/env", "CACHE=" + cache, "WINDOW=" + windowCache(cache),
                "TRAINING=" + training, "DATA=" + data, "STAMP=" + stamp, "/bin/sh", "-c", script, "sh"));
        command.addAll(java);
        return command;
    }

    /** The commands' cache of the pair a cache belongs to. */
    static Path commandsCache(Path cache) {
        String name = cache.getFileName().toString();
        return name.endsWith(WINDOW + ".aot")
                ? cache.resolveSibling(name.substring(0, name.length() - WINDOW.length() - 4) + ".aot") : cache;
    }

    /** The commands' cache beside the one this program was started with, when it is there and current. */
    static java.util.Optional<Path> commandsCacheInUse() {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            return java.util.Optional.empty();
        }
        Path commands = commandsCache(Path.of(name).toAbsolutePath());
        return Files.isRegularFile(commands) && isCurrent(commands, stamp()) ? java.util.Optional.of(commands)
                : java.util.Optional.empty();
    }

    /** The window's cache beside the commands' ({@code ledamot.aot}: {@code ledamot-window.aot}). */
    static Path windowCache(Path commands) {
        String name = commands.getFileName().toString();
        return commands.resolveSibling(name.endsWith(".aot")
                ? name.substring(0, name.length() - 4) + WINDOW + ".aot" : name + WINDOW);
    }

    static Path training(Path cache) {
        return cache.resolveSibling(cache.getFileName() + TRAINING_SUFFIX);
    }

    static Path stampOf(Path cache) {
        return cache.resolveSibling(cache.getFileName() + STAMP_SUFFIX);
    }
}
