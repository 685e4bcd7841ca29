package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.store.AttachmentStore;
import se.ledamot.store.Database;
import se.ledamot.store.MatterStore;
import se.ledamot.store.TestDatabases;

/**
 * {@code import FOLDER} killed (SIGKILL) at random moments, again and again into the same folder: files are stored in
 * batches, one transaction each, so every matter there afterwards is whole (its file kept, its timeline begun, its
 * att-satser) and none is there twice; the next import stores the rest, and one more stores nothing.
 */
@Tag("crash")
class ImportCrashTest {
    private static final int FILES = 400;
    private static final int KILLS = Integer.getInteger("ledamot.crash.trials", 3);
    private final long seed = Long.getLong("ledamot.crash.seed", System.nanoTime());
    private final Random random = new Random(seed);

    @TempDir
    Path root;

    @Test
    void killedImportsLeaveWholeMattersAndTheNextImportStoresTheRest() throws Exception {
        Path files = Files.createDirectories(root.resolve("motioner"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(files.resolve(String.format("motion-%03d.txt", i)), """
                    Motion om fler cykelvägar nummer %d

                    Kommunen behöver fler cykelvägar. Många invånare har hört av sig.

                    Jag föreslår därför kommunfullmäktige

                    att kommunstyrelsen får i uppdrag att planera cykelväg nummer %d

                    att arbetet redovisas inom ett år

                    Bergsjö den 3 mars 2026

                    Karin Lindqvist (C)
                    """.formatted(i, i));
        }
        Path template = root.resolve("template");
        assertThat(AppProcess.run(template, "list").exit()).isZero();
        long start = System.nanoTime();
        importAll(CrashSafetyTest.copy(template, root.resolve("calibration")), files);
        long full = (System.nanoTime() - start) / 1_000_000;

        StringBuilder counts = new StringBuilder();
        for (int i = 0; i < KILLS; i++) {
            Path data = CrashSafetyTest.copy(template, root.resolve("data-" + i));
            Process p = AppProcess.ledamot(data, "import", files.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.waitFor(full / 4 + random.nextLong(full * 3 / 4 + 1), TimeUnit.MILLISECONDS);
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            counts.append(' ').append(wholeMatters(data, "seed " + seed + ", kill " + i));
            assertThat(importAll(data, files)).contains(" sparade, ");
            assertThat(wholeMatters(data, "the import after kill " + i + " (seed " + seed + ")")).isEqualTo(FILES);
            if (i == KILLS - 1) {
                assertThat(importAll(data, files)).contains("0 sparade, " + FILES + " dubbletter");
                assertThat(wholeMatters(data, "after importing again")).isEqualTo(FILES);
            }
        }
        System.out.printf("crash: %d imports of %d files killed (a whole one takes %d ms); matters after each:%s;"
                + " the next import stored the rest, one more nothing%n", KILLS, FILES, full, counts);
    }

    private static String importAll(Path data, Path files) {
        AppProcess.Result run = AppProcess.run(AppProcess.ledamot(data, "import", files.toString()),
                java.time.Duration.ofMinutes(5));
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out();
    }

    /** How many matters there are, each checked whole and each text once. */
    private static int wholeMatters(Path data, String when) {
        try (Database db = TestDatabases.local(data)) {
            MatterStore matters = new MatterStore(db.dsl(), Clock.systemUTC());
            AttachmentStore attachments = new AttachmentStore(db.dsl(), Clock.systemUTC());
            List<Matter> all = matters.list();
            assertThat(all).as(when).allSatisfy(m -> {
                assertThat(attachments.of(m.id())).as(when).hasSize(1);
                assertThat(matters.timeline(m.id())).extracting(MatterChange::field).as(when)
                        .containsExactly(MatterChange.CREATED);
                assertThat(m.proposals()).as(when).hasSize(2);
            });
            assertThat(all.stream().map(Matter::title).distinct().count()).as(when).isEqualTo(all.size());
            return all.size();
        }
    }
}
