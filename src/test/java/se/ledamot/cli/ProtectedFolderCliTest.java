package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.store.Database;
import se.ledamot.store.FolderBytes;
import se.ledamot.store.MatterStore;
import se.ledamot.store.OpenOptions;
import se.ledamot.store.TestDatabases;

/**
 * A protected folder on the command line: the password comes from the environment (or the terminal), never from an
 * argument; a wrong or missing one is said in Swedish; and a password change killed at any moment leaves a folder
 * that the old or the new password opens, with its data.
 */
@Tag("crash")
class ProtectedFolderCliTest {
    private static final int TRIALS = Integer.getInteger("ledamot.crash.trials", CrashSafetyTest.DEFAULT_TRIALS);
    private static final Map<String, String> OLD = Map.of("LEDAMOT_PASSWORD", "gammalt lösenord",
            "LEDAMOT_NEW_PASSWORD", "nytt lösenord 2026");

    /** A folder with three matters, protected with the old password: made once, each test works on copies. */
    @TempDir
    static Path prepared;
    private static Path template;

    @TempDir
    Path root;

    @BeforeAll
    static void aProtectedFolder() {
        template = prepared.resolve("template");
        for (int i = 0; i < 3; i++) {
            int code = Cli.create(folder -> { }, new PrintWriter(Writer.nullWriter()),
                    new PrintWriter(Writer.nullWriter())).execute("add", "--kind", "motion", "--title", "Motion " + i,
                    "--data", template.toString());
            assertThat(code).isZero();
        }
        AppProcess.Result set = AppProcess.run(template, Map.of("LEDAMOT_NEW_PASSWORD", "gammalt lösenord"),
                "password");
        assertThat(set.out()).contains("Datamappen är nu skyddad med lösenord.");
    }

    @Test
    void thePasswordComesFromTheEnvironmentAndAWrongOrMissingOneIsSaidInSwedish() throws Exception {
        Path data = copy(template, "data");
        AppProcess.Result right = AppProcess.run(data, Map.of("LEDAMOT_PASSWORD", "gammalt lösenord"), "list");
        assertThat(right.exit()).isZero();
        assertThat(right.out()).contains("Motion 2");

        AppProcess.Result wrong = AppProcess.run(data, Map.of("LEDAMOT_PASSWORD", "fel"), "list");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).startsWith("Fel lösenord").doesNotContain("Exception");

        AppProcess.Result none = AppProcess.run(data, "list");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("skyddad med lösenord").contains("LEDAMOT_PASSWORD");

        AppProcess.Result tooShort = AppProcess.run(data, Map.of("LEDAMOT_PASSWORD", "gammalt lösenord",
                "LEDAMOT_NEW_PASSWORD", "kort"), "password");
        assertThat(tooShort.err()).contains("minst 8 tecken");
    }

    @Test
    void searchAndReindexKeepTheIndexSealedAndSaySo() throws Exception {
        Path data = copy(template, "search");
        Map<String, String> password = Map.of("LEDAMOT_PASSWORD", "gammalt lösenord");
        AppProcess.Result found = AppProcess.run(data, password, "search", "motionen");
        assertThat(found.exit()).isZero();
        assertThat(found.out()).contains("«Motion» 2");
        AppProcess.Result reindex = AppProcess.run(data, password, "reindex");
        assertThat(reindex.out()).contains("3 ärenden").contains("krypterade med mappens nyckel");
        assertThat(data.resolve("search")).as("no plain index beside the encrypted database").doesNotExist();
        assertThat(FolderBytes.filesContaining(data, "motion")).as("no file holds a word typed").isEmpty();
        AppProcess.Result again = AppProcess.run(data, password, "search", "motionen");
        assertThat(again.out()).as("the sealed index read by the next command").contains("«Motion» 2");
    }

    @Test
    void aPasswordChangeKilledAtAnyMomentLeavesTheOldOrTheNewPasswordWithTheData() throws Exception {
        long start = System.nanoTime();
        assertThat(AppProcess.run(copy(template, "calibration"), OLD, "password").exit()).isZero();
        long full = (System.nanoTime() - start) / 1_000_000;
        Random random = new Random();
        int old = 0;
        int changed = 0;
        for (int i = 0; i < TRIALS; i++) {
            Path data = copy(template, "kill-" + i);
            ProcessBuilder pb = AppProcess.ledamot(data, "password").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().putAll(OLD);
            Process p = pb.start();
            p.waitFor(full / 4 + random.nextLong(full), TimeUnit.MILLISECONDS);
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            String[] worked = {null};
            try (Database db = Database.open(data, TestDatabases.options().withPasswords(request -> {
                worked[0] = request.attempt() == 1 ? "old" : "new";
                return (request.attempt() == 1 ? "gammalt lösenord" : "nytt lösenord 2026").toCharArray();
            }))) {
                assertThat(new MatterStore(db.dsl(), Clock.systemUTC()).list()).as("trial %d", i).hasSize(3);
            }
            if ("old".equals(worked[0])) {
                old++;
            } else {
                changed++;
            }
        }
        System.out.printf("protection: %d password changes killed at random (a full one takes %d ms): %d kept the"
                + " old password, %d had the new one, all opened with their data%n", TRIALS, full, old, changed);
    }

    /** A copy of the folder's files, as the folder was left by the program that protected it. */
    private Path copy(Path template, String name) throws Exception {
        Path to = root.resolve(name);
        Files.createDirectories(to);
        try (var files = Files.list(template)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
