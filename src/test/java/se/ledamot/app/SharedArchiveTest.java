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

class SharedArchiveTest {
    @TempDir
    Path home;

    @Test
    void anArchiveIsCurrentOnlyWithTheStampOfTheseJarsAndThisJvm() throws Exception {
        Path archive = home.resolve(".cache/ledamot/ledamot.jsa");
        String stamp = SharedArchive.stamp();
        assertThat(SharedArchive.isCurrent(archive, stamp)).as("missing").isFalse();

        Files.createDirectories(archive.getParent());
        Files.write(archive, new byte[] {1});
        assertThat(SharedArchive.isCurrent(archive, stamp)).as("written at exit by an older version: no stamp")
                .isFalse();
        Files.writeString(SharedArchive.stampOf(archive), stamp);
        assertThat(SharedArchive.isCurrent(archive, stamp)).isTrue();
        assertThat(SharedArchive.isCurrent(archive, stamp.replaceFirst("\n", " upgraded\n"))).as("another JVM")
                .isFalse();
    }

    @Test
    void theStampFollowsTheJarsOfTheClassPath() {
        String stamp = SharedArchive.stamp();
        assertThat(stamp).startsWith(System.getProperty("java.vm.version") + "\n");
        String firstJar = List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)).stream()
                .filter(e -> e.endsWith(".jar")).findFirst().orElseThrow();
        assertThat(stamp).contains(firstJar + " ");
    }

    @Test
    void twoStartsAtOnceTrainOnceAndADeadTrainingIsTakenOverLater() throws Exception {
        Path archive = home.resolve(".cache/ledamot/ledamot.jsa");
        Instant now = Instant.now();

        assertThat(SharedArchive.claimTraining(archive, now)).as("the first start").isTrue();
        assertThat(SharedArchive.claimTraining(archive, now)).as("a second start meanwhile").isFalse();

        Files.setLastModifiedTime(SharedArchive.training(archive),
                FileTime.from(now.minus(SharedArchive.TRAINING_LIMIT).minusSeconds(1)));
        assertThat(SharedArchive.claimTraining(archive, now)).as("a training that never ended").isTrue();
    }

    @Test
    void theTrainingAloneWritesTheArchiveAtItsExitAndOnlyAWholeOneIsRenamedIntoPlace() {
        Path archive = home.resolve(".cache/ledamot/ledamot.jsa");
        List<String> command = SharedArchive.trainingCommand(archive, "stamp");

        assertThat(command).contains("TRAINING=" + SharedArchive.training(archive), "ARCHIVE=" + archive)
                .noneMatch(o -> o.contains("AutoCreateSharedArchive") || o.startsWith("-XX:ArchiveClassesAtExit"))
                .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-D" + SharedArchive.PROPERTY));
        assertThat(command.subList(command.indexOf(Main.class.getName()), command.size()))
                .containsExactly(Main.class.getName(), "--data", archive + ".data");
        String script = command.get(command.indexOf("-c") + 1);
        assertThat(script).as("the first run fills the folder, the second alone writes, only a whole archive is renamed")
                .contains("nice \"$java\" \"$@\" generate --matters " + SharedArchive.TRAINING_MATTERS
                        + " && nice \"$java\" \"-XX:ArchiveClassesAtExit=$TRAINING\" \"$@\" overdue --json"
                        + " && [ -s \"$TRAINING\" ] && mv -f \"$TRAINING\" \"$ARCHIVE\"");
    }

    @Test
    void aFolderThatCannotBeMadeIsSaidInSwedishAndStartsAnyway() throws Exception {
        Path file = Files.writeString(home.resolve("fil"), "x");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(SharedArchive.claimTraining(file.resolve("ledamot/ledamot.jsa"), Instant.now()))
                    .as("no training").isFalse();
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("snabbare start")
                .contains(file.resolve("ledamot").toString());
    }
}
