package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.ledamot.l10n.Localization;
import se.ledamot.service.FolderAccess;
import se.ledamot.service.Ledamot;

/**
 * {@code generate} makes a new data folder beside its place and renames it there only when whole: while it writes
 * nothing is under the folder's name; a generate killed part-way (as a separate program) leaves only its side
 * folder, which the next generate refuses with a message naming it and leaves as it is; a failure part-way removes
 * it. The user sees the same progress,
 * summary and data as before.
 */
class GenerateIntoNewFolderTest extends CommandLineTest {
    @Override
    protected Path dataFolder() {
        return data.resolve("kommun");
    }

    private Path side() {
        return data.resolve("kommun.genereras");
    }

    @Test
    void theFolderAppearsOnlyWhenWholeWithTheSameDataAsBefore() throws Exception {
        AtomicBoolean seenWhileWriting = new AtomicBoolean();
        AtomicBoolean sideWhileWriting = new AtomicBoolean();
        Ledamot.generateInto(dataFolder(), Clock.systemDefaultZone(), FolderAccess.NONE, 1_200, 15, n -> {
            seenWhileWriting.compareAndSet(false, Files.exists(dataFolder()));
            sideWhileWriting.set(Files.isDirectory(side()));
        }, n -> seenWhileWriting.compareAndSet(false, Files.exists(dataFolder())));
        assertThat(seenWhileWriting).as("the data folder while generating").isFalse();
        assertThat(sideWhileWriting).isTrue();
        assertThat(side()).doesNotExist();
        assertThat(run("search", "integrationsplanen", "--json")).as(err).isZero();
        String hits = out;

        Path inPlace = data.resolve("på plats");
        Files.createDirectories(inPlace.resolve("redan här"));
        try (Ledamot app = Ledamot.open(inPlace, Clock.systemDefaultZone())) {
            app.generate().generate(1_200, 15, n -> { }, n -> { });
        }
        assertThat(runWithoutData("search", "integrationsplanen", "--json", "--data", inPlace.toString()))
                .as(err).isZero();
        assertThat(out).isEqualTo(hits).contains("integrationsplanen");
        assertThat(run("list", "--json")).isZero();
        String list = out;
        assertThat(runWithoutData("list", "--json", "--data", inPlace.toString())).isZero();
        assertThat(out).isEqualTo(list);
    }

    @Test
    void theCommandSaysWhatItDidAsBefore() {
        assertThat(run("generate", "--matters", "1500", "--seed", "15")).as(err).isZero();
        assertThat(err).contains(Localization.get("cli.generate.written", 1_000, 1_500),
                Localization.get("cli.generate.written", 1_500, 1_500),
                Localization.get("cli.generate.indexed", 1_500, 1_500));
        assertThat(out).matches("(?s)1.500 ärenden, .+ sammanträden, .+\\R");
        assertThat(dataFolder().resolve("ledamot.mv.db")).exists();
        assertThat(side()).doesNotExist();
    }

    @Test
    void aGenerateKilledPartWayLeavesNoFolderAndItsSideFolderIsRefusedAndKept() throws Exception {
        Process p = AppProcess.ledamot(dataFolder(), "generate", "--matters", "5000").start();
        p.getOutputStream().close();
        AppProcess.Drain.of(p.getInputStream());
        String first;
        try (BufferedReader progress = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                StandardCharsets.UTF_8))) {
            first = progress.readLine();
            p.destroyForcibly(); // SIGKILL, as a crash or a flat battery: nothing of the program runs after it
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(first).as("the first progress line").matches(".*1.000.*5.000.*");
        assertThat(dataFolder()).doesNotExist();
        assertThat(side()).isDirectory();
        Map<Path, Long> left = files(side());
        assertThat(left).isNotEmpty();

        assertThat(run("generate", "--matters", "100")).isNotZero();
        assertThat(err).contains(Localization.get("store.generate.leftover", side().toAbsolutePath()));
        assertThat(files(side())).isEqualTo(left);
        assertThat(dataFolder()).doesNotExist();
    }

    private static Map<Path, Long> files(Path folder) throws IOException {
        Map<Path, Long> sizes = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                sizes.put(folder.relativize(f), Files.size(f));
            }
        }
        return sizes;
    }

    @Test
    void aFailurePartWayLeavesNeitherFolder() {
        RuntimeException stop = new IllegalStateException("avbruten");
        assertThatThrownBy(() -> Ledamot.generateInto(dataFolder(), Clock.systemDefaultZone(), FolderAccess.NONE,
                1_500, 15, n -> {
                    if (n == 1_000) {
                        throw stop;
                    }
                }, n -> { })).isSameAs(stop);
        assertThat(dataFolder()).doesNotExist();
        assertThat(side()).doesNotExist();
    }
}
