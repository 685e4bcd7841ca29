package se.ledamot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it sets a system property the whole JVM reads.
@Isolated
class StartupCacheTest {
    @TempDir
    Path home;

    @Test
    void aCacheIsCurrentOnlyWithTheStampOfTheseJarsAndThisJvm() throws Exception {
        Path cache = home.resolve(".cache/ledamot/ledamot.aot");
        String stamp = StartupCache.stamp();
        assertThat(StartupCache.isCurrent(cache, stamp)).as("missing").isFalse();

        Files.createDirectories(cache.getParent());
        Files.write(cache, new byte[] {1});
        assertThat(StartupCache.isCurrent(cache, stamp)).as("written at exit by an older version: no stamp")
                .isFalse();
        Files.writeString(StartupCache.stampOf(cache), stamp);
        assertThat(StartupCache.isCurrent(cache, stamp)).isTrue();
        assertThat(StartupCache.isCurrent(cache, stamp.replaceFirst("\n", " upgraded\n"))).as("another JVM")
                .isFalse();
    }

    @Test
    void theStampFollowsTheJarsOfTheClassPath() {
        String stamp = StartupCache.stamp();
        assertThat(stamp).startsWith(System.getProperty("java.vm.version") + "\n");
        String firstJar = List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)).stream()
                .filter(e -> e.endsWith(".jar")).findFirst().orElseThrow();
        assertThat(stamp).contains(firstJar + " ");
    }

    @Test
    void theClassDataArchivesOfEarlierVersionsAreRemovedAndNothingElse() throws Exception {
        Path folder = Files.createDirectories(home.resolve(".cache/ledamot"));
        List<String> old = List.of("dev-7.jsa", "dev-7.jsa.stamp", "dev-7.jsa.training", "dev-42.jsa",
                "dev-42.jsa.stamp.new");
        List<String> kept = List.of("dev-7.aot", "dev-7.aot.stamp", "dev-7-window.aot", "ledamot-0a1b.aot",
                "notes.jsam");
        assertThat(leftAfterRemoving(folder, old, kept, "dev-42.jsa.data", "dev-7.aot"))
                .containsExactlyInAnyOrderElementsOf(kept);
    }

    /**
     * The installed app's caches carry its build's id (installer/app-image): an upgrade trains new ones, and the
     * first training removes the other builds' (about 50 MB each) and those named before the id, nothing of a
     * development checkout's.
     */
    @Test
    void theInstalledAppsCachesOfOtherBuildsAreRemovedAtItsFirstTraining() throws Exception {
        Path folder = Files.createDirectories(home.resolve(".cache/ledamot"));
        List<String> old = List.of("ledamot.aot", "ledamot.aot.stamp", "ledamot-window.aot", "ledamot-0a1b.aot",
                "ledamot-0a1b-window.aot.stamp", "ledamot-0a1b.aot.crash.log", "ledamot.jsa");
        List<String> kept = List.of("ledamot-9f8e.aot", "ledamot-9f8e.aot.stamp", "ledamot-9f8e.aot.training",
                "ledamot-9f8e-window.aot", "ledamot-9f8e-window.aot.stamp", "dev-42.aot", "dev-42-window.aot.stamp");
        assertThat(leftAfterRemoving(folder, old, kept, "ledamot-0a1b.aot.data", "ledamot-9f8e.aot"))
                .containsExactlyInAnyOrderElementsOf(kept);
    }

    /**
     * What is left in {@code folder} after the first training of {@code cache} among these files and an earlier
     * training's folder.
     */
    private static List<String> leftAfterRemoving(Path folder, List<String> old, List<String> kept,
            String oldTraining, String cache) throws Exception {
        for (String name : old) {
            Files.writeString(folder.resolve(name), "x");
        }
        for (String name : kept) {
            Files.writeString(folder.resolve(name), "x");
        }
        Path training = Files.createDirectories(folder.resolve(oldTraining).resolve("search"));
        Files.writeString(training.resolve("segments"), "x");

        StartupCache.removeEarlierCaches(folder.resolve(cache));

        try (var left = Files.list(folder)) {
            return left.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void twoStartsAtOnceTrainOnceAndADeadTrainingIsTakenOverLater() throws Exception {
        Path cache = home.resolve(".cache/ledamot/ledamot.aot");
        Instant now = Instant.now();

        assertThat(StartupCache.claimTraining(cache, now)).as("the first start").isTrue();
        assertThat(StartupCache.claimTraining(cache, now)).as("a second start meanwhile").isFalse();

        Files.setLastModifiedTime(StartupCache.training(cache),
                FileTime.from(now.minus(StartupCache.TRAINING_LIMIT).minusSeconds(1)));
        assertThat(StartupCache.claimTraining(cache, now)).as("a training that never ended").isTrue();
    }

    @Test
    void theTrainingAloneWritesTheCacheAtItsExitAndOnlyAWholeOneIsRenamedIntoPlace() {
        Path cache = home.resolve(".cache/ledamot/ledamot.aot");
        List<String> command = StartupCache.trainingCommand(cache, "stamp");

        assertThat(command).contains("TRAINING=" + StartupCache.training(cache), "CACHE=" + cache)
                .noneMatch(o -> o.startsWith("-XX:AOTCache") || o.startsWith("-XX:AOTMode"))
                .noneMatch(o -> o.startsWith("-D" + StartupCache.PROPERTY));
        assertThat(command.subList(command.indexOf(Main.class.getName()), command.size()))
                .containsExactly(Main.class.getName(), "--data", cache + ".data");
        String script = command.get(command.indexOf("-c") + 1);
        assertThat(script).as("the first run fills the folder, the last alone writes, only a whole cache is renamed")
                .startsWith("rm -rf \"$DATA\"; java=$1; shift; nice \"$java\" \"$@\" generate --matters "
                        + StartupCache.TRAINING_MATTERS + " && ")
                .contains(" && nice \"$java\" \"-XX:AOTCacheOutput=$TRAINING\" \"$@\" overdue --json"
                        + " && [ -s \"$TRAINING\" ] && mv -f \"$TRAINING\" \"$CACHE\"");
    }

    /**
     * Two caches, as a JVM loads every class of its cache at start: the window's is trained by the window rehearsed off
     * screen, between the folder's filling and the commands' training, on Linux, with preferences of its own; its
     * stamp is written whatever came of it (no display: the window starts without a cache, not training each time).
     */
    @Test
    void theWindowsCacheIsTrainedByItsRehearsalBesideTheCommands() {
        Path commands = home.resolve(".cache/ledamot/ledamot.aot");
        Path window = home.resolve(".cache/ledamot/ledamot-window.aot");
        assertThat(StartupCache.windowCache(commands)).isEqualTo(window);
        assertThat(StartupCache.commandsCache(window)).isEqualTo(commands);
        assertThat(StartupCache.commandsCache(commands)).isEqualTo(commands);

        List<String> command = StartupCache.trainingCommand(commands, "stamp");
        String script = command.get(command.indexOf("-c") + 1);
        assertThat(command).contains("WINDOW=" + window).noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel"));
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertThat(script.indexOf("-D" + StartupCache.REHEARSAL + "=true")).as("rehearsed after the filling")
                    .isGreaterThan(script.indexOf("generate")).isLessThan(script.indexOf("overdue --json"));
            assertThat(script).contains("\"-Djava.util.prefs.userRoot=$DATA.prefs\"",
                    "\"-XX:AOTCacheOutput=$WINDOW.new\"", "mv -f \"$WINDOW.new\" \"$WINDOW\"",
                    "> \"$WINDOW.stamp.new\" && mv -f \"$WINDOW.stamp.new\" \"$WINDOW.stamp\"; }",
                    "rm -rf \"$DATA\" \"$DATA.prefs\"");
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsSaidInSwedishAndStartsAnyway() throws Exception {
        Path file = Files.writeString(home.resolve("fil"), "x");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(StartupCache.claimTraining(file.resolve("ledamot/ledamot.aot"), Instant.now()))
                    .as("no training").isFalse();
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("snabbare start")
                .contains(file.resolve("ledamot").toString());
    }
}
