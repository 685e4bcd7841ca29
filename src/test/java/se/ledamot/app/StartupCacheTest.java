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
        List<String> old = List.of("ledamot.jsa", "ledamot.jsa.stamp", "ledamot.jsa.training", "dev-42.jsa",
                "dev-42.jsa.stamp.new");
        for (String name : old) {
            Files.writeString(folder.resolve(name), "x");
        }
        Files.createDirectories(folder.resolve("dev-42.jsa.data/search"));
        Files.writeString(folder.resolve("dev-42.jsa.data/search/segments"), "x");
        List<String> kept = List.of("ledamot.aot", "ledamot.aot.stamp", "notes.jsam");
        for (String name : kept) {
            Files.writeString(folder.resolve(name), "x");
        }

        StartupCache.removeClassDataArchives(folder);

        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(kept);
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
        assertThat(script).as("the first run fills the folder, the second alone writes, only a whole cache is renamed")
                .contains("nice \"$java\" \"$@\" generate --matters " + StartupCache.TRAINING_MATTERS
                        + " && nice \"$java\" \"-XX:AOTCacheOutput=$TRAINING\" \"$@\" overdue --json"
                        + " && [ -s \"$TRAINING\" ] && mv -f \"$TRAINING\" \"$CACHE\"");
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
