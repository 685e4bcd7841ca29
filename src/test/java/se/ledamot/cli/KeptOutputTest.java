package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.service.OutputCache;
import se.ledamot.store.Database;
import se.ledamot.store.OpenOptions;

/**
 * {@code list} and {@code overdue} asked again with nothing changed are answered from their kept output, without
 * the database (issue 15); anything written by any program since is in the next answer; the commands that only
 * read leave the file as it was, so they do not undo each other's kept output.
 */
class KeptOutputTest {
    @TempDir
    Path data;

    @BeforeEach
    void threeMotions() {
        for (int i = 1; i <= 3; i++) {
            assertThat(cli("add", "--kind", "motion", "--title", "Motion " + i)).isZero();
        }
    }

    private String[] onData(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    private int cli(String... args) {
        String[] all = onData(args);
        return Cli.create(folder -> { }, new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()))
                .execute(all);
    }

    /** The command as the program runs it: the kept output if current, else the command, recorded. */
    private String run(String... args) {
        String[] all = onData(args);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!KeptCalls.printed(out, all)) {
            StringWriter err = new StringWriter();
            assertThat(Cli.run((folder, server, named) -> { }, out, new PrintWriter(err, true), all)).as(err.toString())
                    .isZero();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private boolean kept(String... args) {
        String[] all = onData(args);
        return KeptCalls.printed(new ByteArrayOutputStream(), all);
    }

    @Test
    void askedAgainWithNothingChangedTheKeptOutputIsPrintedWithoutTakingTheFolder() throws Exception {
        AppProcess.Result first = AppProcess.run(data, "list", "--json");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("Motion 3");
        // Another program has the folder's turn: a command that opened the database would wait for it.
        try (Database other = Database.open(data, OpenOptions.on(Clock.systemDefaultZone()).readingOnly())) {
            other.dsl().connection(c -> {
                AppProcess.Result again = AppProcess.run(AppProcess.ledamot(data, "list", "--json"),
                        Duration.ofSeconds(20));
                assertThat(again.exit()).isZero();
                assertThat(again.err()).isEmpty();
                assertThat(again.out()).isEqualTo(first.out());
            });
        }
    }

    @Test
    void whatAnyProgramWroteSinceIsInTheNextAnswer() {
        String before = run("list", "--json");
        assertThat(kept("list", "--json")).isTrue();
        assertThat(cli("add", "--kind", "motion", "--title", "Motion om cykelbanor")).isZero();

        assertThat(kept("list", "--json")).isFalse();
        String after = run("list", "--json");
        assertThat(before).doesNotContain("Motion om cykelbanor");
        assertThat(after).contains("Motion om cykelbanor").contains("Motion 3");
        assertThat(run("list", "--json")).isEqualTo(after);
    }

    @Test
    void commandsThatOnlyReadKeepEachOthersOutputAndEachCallItsOwn() throws Exception {
        String list = run("list", "--json");
        byte[] file = Files.readAllBytes(data.resolve("ledamot.mv.db"));
        String overdue = run("overdue", "--json", "--today", "2031-01-01");
        run("show", "1");
        run("meetings");
        run("search", "motion");
        assertThat(Files.readAllBytes(data.resolve("ledamot.mv.db"))).as("left as it was").isEqualTo(file);

        assertThat(kept("list", "--json")).isTrue();
        assertThat(kept("overdue", "--json", "--today", "2031-01-01")).isTrue();
        assertThat(kept("overdue", "--json", "--today", "2031-01-02")).as("another call").isFalse();
        assertThat(run("list", "--json")).isEqualTo(list);
        assertThat(run("overdue", "--json", "--today", "2031-01-01")).isEqualTo(overdue);
        assertThat(run("list")).as("the same command, other options").contains("Motion 2").isNotEqualTo(list);
        assertThat(kept("list", "--json")).as("kept beside the other call of list").isTrue();
    }

    @Test
    void aKeptFileCutShortIsNotPrintedAndACallThroughTheIndexOrAServerKeepsNothing() throws Exception {
        String list = run("list", "--json");
        Path kept = keptFiles("list").getFirst();
        byte[] whole = Files.readAllBytes(kept);
        Files.write(kept, java.util.Arrays.copyOf(whole, whole.length - 1));
        assertThat(kept("list", "--json")).isFalse();
        assertThat(run("list", "--json")).isEqualTo(list);
        assertThat(Files.readAllBytes(kept)).isEqualTo(whole);

        assertThat(KeptCalls.of("--data", data.toString(), "list", "--query", "motion")).isEmpty();
        assertThat(KeptCalls.of("--data", data.toString(), "list", "--query=motion")).isEmpty();
        assertThat(KeptCalls.of("list", "--server", "postgresql://anna@server/ledamot")).isEmpty();
        assertThat(KeptCalls.of("--server", "postgresql://anna@server/ledamot", "list")).isEmpty();
        assertThat(KeptCalls.of("--data", data.toString(), "show", "1")).isEmpty();
        assertThat(KeptCalls.of("--data", data.toString())).as("the window").isEmpty();
        assertThat(KeptCalls.of("list", "--json", "--data=" + data)).isPresent();
    }

    /**
     * The launcher asks a call that may be kept first of a JVM without the commands' AOT cache (a JVM loads all of
     * its classes at start): that start prints the kept output, or ends with {@link KeptCalls#NOT_KEPT_EXIT} having
     * printed nothing, and the launcher starts the command again with the cache.
     */
    @Test
    void aStartThatOnlyAnswersKeptCallsPrintsNothingWhenTheOutputIsNotKept() throws Exception {
        AppProcess.Result notYet = keptOnly("list", "--json");
        assertThat(notYet).isEqualTo(new AppProcess.Result(KeptCalls.NOT_KEPT_EXIT, "", ""));
        assertThat(keptFiles("list")).as("nothing kept").isEmpty();

        AppProcess.Result first = AppProcess.run(data, "list", "--json");
        assertThat(keptOnly("list", "--json")).isEqualTo(new AppProcess.Result(0, first.out(), ""));
        assertThat(keptOnly("show", "1").exit()).as("a call never kept").isEqualTo(KeptCalls.NOT_KEPT_EXIT);
        assertThat(cli("add", "--kind", "motion", "--title", "Motion om cykelbanor")).isZero();
        assertThat(keptOnly("list", "--json").exit()).as("changed since").isEqualTo(KeptCalls.NOT_KEPT_EXIT);
    }

    private AppProcess.Result keptOnly(String... args) {
        ProcessBuilder pb = AppProcess.ledamot(data, args);
        pb.command().add(1, "-D" + KeptCalls.ONLY + "=true");
        return AppProcess.run(pb, Duration.ofSeconds(60));
    }

    /** The files that keep a command's outputs, one per call. */
    private List<Path> keptFiles(String command) throws java.io.IOException {
        Path folder = data.resolve(OutputCache.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(command + "-")).toList();
        }
    }
}
