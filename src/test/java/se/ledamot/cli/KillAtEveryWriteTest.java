package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.store.Database;
import se.ledamot.store.MatterStore;
import se.ledamot.store.TestDatabases;

/**
 * {@code add} killed at each of its writes to the database file in turn, not at a random moment: strace's fault
 * injection sends SIGKILL (a flat battery, a crash) when the process makes its n-th positioned write ({@code pwrite64},
 * how the database engine writes its file). Whatever n is, the next add (the same command, run in the test's JVM)
 * opens the folder and writes to it, and afterwards every matter whose id was printed is there. The random kills of
 * {@link CrashSafetyTest} found H2's close-time compaction losing the matter just reported (one run in many); this
 * walks every write, so it fails every time such a window exists. Skipped where strace cannot trace (not installed,
 * or no ptrace in a container); {@code .ci/run} installs it.
 */
@Tag("crash")
class KillAtEveryWriteTest {
    @TempDir
    Path root;

    @Test
    void aMatterReportedSavedSurvivesAKillAtAnyWriteOfTheCommand() throws Exception {
        Path template = root.resolve("template");
        assertThat(AppProcess.run(template, "add", "--kind", "motion", "--title", "Motion före").exit()).isZero();
        killAtWrites(template);
    }

    /**
     * The same, where the file is mostly dead space, so that the add compacts it in a copy when it ends (the file
     * shrinks from tens of megabytes to tens of kilobytes). H2 writes the copy with plain sequential writes, which
     * are not counted here; the kills land on the file's own writes before it and the rename after it.
     */
    @Test
    void aMatterReportedSavedSurvivesAKillWhileTheFileIsCompacted() throws Exception {
        Path template = root.resolve("sparse");
        assertThat(AppProcess.run(template, "add", "--kind", "motion", "--title", "Motion före").exit()).isZero();
        // Written the way a program that never compacts would leave it (Ledamot itself would compact it at the end).
        String url = "jdbc:h2:file:" + template.resolve(Database.FILE_NAME) + ";IFEXISTS=TRUE;MAX_COMPACT_TIME=0";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("create table junk (id int primary key, text varchar(4000))");
            for (int round = 0; round < 3; round++) {
                s.execute("merge into junk key (id) select x, '" + round + "' || repeat('x', 3900)"
                        + " from system_range(1, 1500)");
            }
            s.execute("delete from junk where id > 10");
        }
        long before = Files.size(template.resolve(Database.FILE_NAME + ".mv.db"));
        killAtWrites(template);
        assertThat(Files.size(root.resolve("counted").resolve(Database.FILE_NAME + ".mv.db"))).isLessThan(before / 10);
    }

    /** Kills an add at each of its writes in turn, on a copy of the template each time. */
    private void killAtWrites(Path template) throws Exception {
        Path counted = copy(template, root.resolve("counted"));
        AppProcess.Result plain;
        try {
            plain = AppProcess.run(traced(counted, List.of("-o", root.resolve("writes.txt").toString()),
                    "Motion som räknas"), Duration.ofSeconds(60));
        } catch (java.io.UncheckedIOException noStrace) {
            plain = new AppProcess.Result(-1, "", noStrace.getMessage());
        }
        assumeTrue(plain.exit() == 0, "strace cannot trace here: " + plain.err());
        long writes = Files.readAllLines(root.resolve("writes.txt")).stream().filter(l -> l.contains("pwrite64("))
                .count();
        assertThat(writes).as("writes of a traced add").isPositive();

        // Each kill on its own copy, two at a time: strace counts the writes of its own process, so a kill lands at
        // the same write whatever runs beside it.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> kills = new ArrayList<>();
            for (long n = 1; n <= writes; n++) {
                long at = n;
                kills.add(pool.submit(() -> killedAt(template, at, writes)));
            }
            int printed = 0;
            for (Future<Boolean> kill : kills) {
                printed += outcome(kill) ? 1 : 0;
            }
            assertThat(printed).as("kills after the id was printed").isPositive();
            System.out.printf("crash: add killed at each of its %d writes to the database, %d of them after it"
                    + " printed the id; every folder opened and held every printed matter%n", writes, printed);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * An add killed at its n-th write on a copy of the template, then the next add (the same command in this JVM) and
     * what is stored. True when the killed add had printed its id.
     */
    private boolean killedAt(Path template, long n, long writes) throws Exception {
        Path data = copy(template, root.resolve("kill-" + n));
        String title = "Motion dödad vid skrivning " + n;
        AppProcess.Result r = AppProcess.run(traced(data, List.of("-o", "/dev/null", "-e",
                "inject=pwrite64:signal=SIGKILL:when=" + n), title), Duration.ofSeconds(60));
        String id = r.out().strip();
        // The damage of a cut compaction showed only once the next program wrote: it reused as free the space
        // that still held the reported matter.
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int next = Cli.create(folder -> { }, new PrintWriter(out, true), new PrintWriter(err, true)).execute("add",
                "--kind", "motion", "--title", "Motion efter", "--data", data.toString());
        assertThat(next).as("the next add after a kill at write %d: %s", n, err).isZero();
        try (Database db = TestDatabases.local(data)) {
            MatterStore matters = new MatterStore(db.dsl(), Clock.systemUTC());
            assertThat(matters.find(1)).as("the matter from before, kill at write %d", n).map(Matter::title)
                    .contains("Motion före");
            assertThat(matters.find(Long.parseLong(out.toString().strip()))).as("kill at write %d", n)
                    .map(Matter::title).contains("Motion efter");
            if (!id.isEmpty()) {
                assertThat(matters.find(Long.parseLong(id))).as("matter %s printed, kill at write %d of %d", id,
                        n, writes).map(Matter::title).contains(title);
            }
        }
        return !id.isEmpty();
    }

    /** A kill's outcome, or its failure as this test's own. */
    private static boolean outcome(Future<Boolean> kill) throws Exception {
        try {
            return kill.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (Exception) e.getCause();
        }
    }

    /** The database and the folder's settings (which know the file's size after its last compaction). */
    private static Path copy(Path template, Path to) throws Exception {
        CrashSafetyTest.copy(template, to);
        Files.copy(template.resolve("settings.properties"), to.resolve("settings.properties"));
        return to;
    }

    /** {@code add} under strace, which traces only positioned writes (with the options given). */
    private static ProcessBuilder traced(Path data, List<String> straceOptions, String title) {
        List<String> cmd = new ArrayList<>(List.of("strace", "-f", "-e", "trace=pwrite64"));
        cmd.addAll(straceOptions);
        cmd.addAll(AppProcess.ledamot(data, "add", "--kind", "motion", "--title", title).command());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("LEDAMOT_PASSWORD");
        pb.environment().remove("LEDAMOT_LANG");
        return pb;
    }
}
