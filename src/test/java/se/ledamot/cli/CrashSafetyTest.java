package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.time.Clock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.store.Database;
import se.ledamot.store.MatterStore;
import se.ledamot.store.OldDatabase;
import se.ledamot.store.TestDatabases;

/**
 * Ledamot killed (SIGKILL, as a flat battery or a crash does it) at random moments, as a separate program: right after
 * it reported a new matter, while it creates a new data folder, and while it upgrades a folder full of data. Every
 * reported matter must be there afterwards, and every folder must open, with its data. The number of kills per case
 * is {@value #DEFAULT_TRIALS} unless {@code -Dledamot.crash.trials=N} asks for more.
 */
@Tag("crash")
class CrashSafetyTest {
    static final int DEFAULT_TRIALS = 8;
    private static final int TRIALS = Integer.getInteger("ledamot.crash.trials", DEFAULT_TRIALS);
    private final long seed = Long.getLong("ledamot.crash.seed", System.nanoTime());
    private final Random random = new Random(seed);

    @TempDir
    Path root;

    @Test
    void everyMatterReportedAsAddedIsThereAfterAKillRightAfterTheReport() throws Exception {
        Path data = root.resolve("data");
        assertThat(AppProcess.run(data, "list").exit()).isZero();
        Map<Long, String> reported = new LinkedHashMap<>();
        for (int i = 0; i < TRIALS; i++) {
            String title = "Motion om en avbruten process nr " + i;
            Process p = AppProcess.ledamot(data, "add", "--kind", "motion", "--title", title).start();
            String line;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                line = out.readLine();
                Thread.sleep(random.nextInt(51));
                p.destroyForcibly();
            }
            p.waitFor(30, TimeUnit.SECONDS);
            assertThat(line).as("seed %d, trial %d", seed, i).matches("\\d+");
            assertThat(reported.put(Long.parseLong(line), title)).as("an id given twice (seed %d)", seed).isNull();
        }
        try (Database db = TestDatabases.local(data)) {
            MatterStore matters = new MatterStore(db.dsl(), Clock.systemUTC());
            reported.forEach((id, title) -> assertThat(matters.find(id)).as("matter %d (seed %d)", id, seed)
                    .map(Matter::title).contains(title));
        }
        System.out.printf("crash: %d kills 0-50 ms after add printed its id, %d of %d matters found%n", TRIALS,
                reported.size(), TRIALS);
    }

    @Test
    void aKillWhileANewFolderIsCreatedLeavesNothingOrAWholeDatabase() throws Exception {
        long full = timed(root.resolve("calibration"));
        int noDatabase = 0;
        int whole = 0;
        int workLeft = 0;
        for (int i = 0; i < TRIALS; i++) {
            Path data = root.resolve("new-" + i);
            killAfter(data, random.nextLong(full + 1));
            noDatabase += Files.exists(data.resolve("ledamot.mv.db")) ? 0 : 1;
            workLeft += Files.exists(data.resolve("ledamot-upgrade.mv.db")) ? 1 : 0;
            try (Database db = TestDatabases.local(data)) {
                assertThat(new MatterStore(db.dsl(), Clock.systemUTC()).list()).as("seed %d, trial %d", seed, i).isEmpty();
            }
            assertThat(OldDatabase.pending(data)).isZero();
            whole++;
        }
        System.out.printf("crash: %d kills while a new folder was created (a full run takes %d ms): %d before the"
                + " database existed (%d of them mid-creation), all %d opened afterwards%n", TRIALS, full, noDatabase,
                workLeft, whole);
    }

    @Test
    void aKillWhileAFolderWithDataIsUpgradedLeavesTheOldOrTheNewDatabaseWithTheData() throws Exception {
        Path template = root.resolve("template");
        OldDatabase.withData(template);
        long full = timed(copy(template, root.resolve("calibration")));
        int midUpgrade = 0;
        int upgradedBefore = 0;
        for (int i = 0; i < TRIALS; i++) {
            Path data = copy(template, root.resolve("old-" + i));
            killAfter(data, full / 8 + random.nextLong(full * 3 / 4 - full / 8 + 1));
            midUpgrade += Files.exists(data.resolve("ledamot-upgrade.mv.db")) ? 1 : 0;
            upgradedBefore += OldDatabase.pending(data) == 0 ? 1 : 0;
            try (Database db = TestDatabases.local(data)) {
                Matter m = new MatterStore(db.dsl(), Clock.systemUTC()).find(7).orElseThrow();
                assertThat(m.title()).as("seed %d, trial %d", seed, i)
                        .isEqualTo(OldDatabase.TITLE);
                assertThat(m.body()).isEqualTo("Brödtext åäö");
                assertThat(m.proposals()).containsExactly("en integrationsplan tas fram");
                assertThat(new MatterStore(db.dsl(), Clock.systemUTC()).list()).hasSize(3);
            }
            assertThat(OldDatabase.pending(data)).isZero();
        }
        System.out.printf("crash: %d kills while a folder with data was upgraded from V1 (a full run takes %d ms):"
                + " %d in the middle of the upgrade, %d after it was done, %d before it began; all %d opened with"
                + " their data%n", TRIALS, full, midUpgrade, upgradedBefore, TRIALS - midUpgrade - upgradedBefore,
                TRIALS);
    }

    @Test
    void briefsKilledWhileWritingLeaveNoHalfFileAndTheirTemporaryFilesGoWithTheNextBrief() throws Exception {
        Path data = root.resolve("data");
        Path out = root.resolve("underlag.pdf");
        assertThat(AppProcess.run(data, "samples").exit()).isZero();
        long start = System.nanoTime();
        assertThat(AppProcess.run(data, "brief", "--meeting", "1", "--group", "V", "-o", out.toString()).exit())
                .isZero();
        long full = (System.nanoTime() - start) / 1_000_000;
        byte[] whole = Files.readAllBytes(out);
        int left = 0;
        for (int i = 0; i < TRIALS; i++) {
            Process p = AppProcess.ledamot(data, "brief", "--meeting", "1", "--group", "V", "-o", out.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.waitFor(full / 3 + random.nextLong(full - full / 3 + 1), TimeUnit.MILLISECONDS);
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            left = Math.max(left, temporaryFiles(out).size());
            assertThat(new String(Files.readAllBytes(out), 0, 8, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        }
        assertThat(AppProcess.run(data, "brief", "--meeting", "1", "--group", "V", "-o", out.toString()).exit())
                .isZero();
        assertThat(temporaryFiles(out)).isEmpty();
        assertThat(Files.size(out)).isCloseTo(whole.length, org.assertj.core.data.Percentage.withPercentage(5));
        System.out.printf("crash: %d briefs killed while writing (a whole one takes %d ms): at most %d temporary"
                + " files at once, none after the next brief, the PDF always whole%n", TRIALS, full, left);
    }

    private static java.util.List<Path> temporaryFiles(Path target) throws Exception {
        try (var files = Files.list(target.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith("." + target.getFileName())).toList();
        }
    }

    static Path copy(Path template, Path to) throws Exception {
        Files.createDirectories(to);
        Files.copy(template.resolve("ledamot.mv.db"), to.resolve("ledamot.mv.db"));
        return to;
    }

    /** How long a whole `list` takes on the folder, in milliseconds. */
    private static long timed(Path data) {
        long start = System.nanoTime();
        assertThat(AppProcess.run(data, "list").exit()).isZero();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void killAfter(Path data, long millis) throws Exception {
        Process p = AppProcess.ledamot(data, "list").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor(millis, TimeUnit.MILLISECONDS);
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
    }
}
