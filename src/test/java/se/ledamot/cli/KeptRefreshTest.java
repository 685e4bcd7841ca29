package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.service.OutputCache;

/**
 * Once a program that writes has given the folder back, the calls of {@code list} and {@code overdue} asked before
 * are made again in the background ({@code refresh-kept}, issue 15): the next call finds its answer made, and a call
 * asked while it is being made waits for it or reads the database — never the answer from before the change.
 */
class KeptRefreshTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @BeforeEach
    void oneMotionListedAndOverdueAsked() {
        assertThat(AppProcess.run(data, "add", "--kind", "motion", "--title", "Motion om skolskjuts").exit()).isZero();
        assertThat(AppProcess.run(data, "list", "--json").out()).contains("skolskjuts");
        assertThat(AppProcess.run(data, "overdue", "--json", "--today", "2031-01-01").exit()).isZero();
    }

    /**
     * The refresh started last has ended: it may go on making another call after the one a test waited for, and its
     * files in the folder then kept JUnit from removing it ("Failed to delete temp directory").
     */
    @AfterEach
    void refreshEnded() throws Exception {
        Path kept = data.resolve(OutputCache.FOLDER);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while ((starting(kept.resolve("refresh.started")) || held(kept.resolve("refresh.lock")))
                && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    /** A refresh started and not yet begun (a JVM starting): it begins within 5 s or not at all. */
    private static boolean starting(Path started) throws Exception {
        return Files.exists(started)
                && Files.getLastModifiedTime(started).toMillis() > System.currentTimeMillis() - 5_000;
    }

    private static boolean held(Path lock) throws Exception {
        if (!Files.exists(lock)) {
            return false;
        }
        try (var channel = java.nio.channels.FileChannel.open(lock, java.nio.file.StandardOpenOption.WRITE);
                var mine = channel.tryLock()) {
            return mine == null;
        }
    }

    /** Ledamot as a user starts it: after it wrote it starts the refresh (the tests' children do not). */
    private AppProcess.Result refreshing(String... args) {
        return AppProcess.run(AppProcess.refreshing(data, args), PATIENCE);
    }

    private AppProcess.Result keptOnly(String... args) {
        return AppProcess.keptOnly(data, args);
    }

    private AppProcess.Result madeAgain(String... args) {
        return AppProcess.madeAgain(data, args);
    }

    @Test
    void aChangeHasTheCallsAskedBeforeMadeAgainWithoutAnyoneAskingThem() throws Exception {
        assertThat(keptOnly("list", "--json").out()).as("kept before the change").contains("skolskjuts")
                .doesNotContain("cykelbanor");

        assertThat(refreshing("add", "--kind", "motion", "--title", "Motion om cykelbanor").exit()).isZero();

        AppProcess.Result list = madeAgain("list", "--json");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("skolskjuts").contains("cykelbanor");
        // Printed by a JVM that only prints what is current: made again after the change.
        AppProcess.Result overdue = madeAgain("overdue", "--json", "--today", "2031-01-01");
        assertThat(overdue.exit()).as(overdue.err()).isZero();
        assertThat(keptOnly("list").exit()).as("a call never asked is not made").isEqualTo(KeptCalls.NOT_KEPT_EXIT);
        try (var files = Files.list(data.resolve(OutputCache.FOLDER))) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no half-made file left")
                    .noneMatch(f -> f.endsWith(".tmp"));
        }
    }

    @Test
    void aCallRightAfterTheChangePrintsTheNewAnswer() {
        assertThat(refreshing("add", "--kind", "motion", "--title", "Motion om cykelbanor").exit()).isZero();

        AppProcess.Result list = AppProcess.run(data, "list", "--json");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("skolskjuts").contains("cykelbanor");
        assertThat(refreshing("add", "--kind", "motion", "--title", "Motion om gatubelysning").exit()).isZero();
        assertThat(AppProcess.run(data, "list", "--json").out()).contains("gatubelysning");
    }

    /**
     * Changes in a row, each while the refresh started by the one before may be under way (which a program that
     * writes then does not start again): the answer made at the end holds them all. (A change made after the refresh
     * had made the call left it stale until the next change, once in the benchmark at 100 000 matters; this folder
     * is too small to hit that moment at will, and passed before the fix too.)
     */
    @Test
    void changesInARowAreAllInTheAnswerMadeAtTheEnd() {
        for (String title : List.of("Motion om bryggor", "Motion om badplatser", "Motion om båtplatser")) {
            assertThat(refreshing("add", "--kind", "motion", "--title", title).exit()).isZero();
        }

        AppProcess.Result list = madeAgain("list", "--json");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("bryggor", "badplatser", "båtplatser");
    }
}
