package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import se.ledamot.l10n.Localization;
import se.ledamot.service.FolderAccess;
import se.ledamot.service.Ledamot;

/**
 * {@code generate} makes a new data folder beside its place and renames it there only when whole: while it writes
 * (where a kill would stop it) nothing is under the folder's name; a side folder a killed generate left is refused
 * with a message naming it and left as it is; a failure part-way removes it. The user sees the same progress,
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
    void aSideFolderLeftByAKilledGenerateIsRefusedAndKept() throws Exception {
        Files.createDirectories(side());
        Files.writeString(side().resolve("ledamot.mv.db"), "halv");
        assertThat(run("generate", "--matters", "100")).isNotZero();
        assertThat(err).contains(Localization.get("store.generate.leftover", side().toAbsolutePath()));
        assertThat(Files.readString(side().resolve("ledamot.mv.db"))).isEqualTo("halv");
        assertThat(dataFolder()).doesNotExist();
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
