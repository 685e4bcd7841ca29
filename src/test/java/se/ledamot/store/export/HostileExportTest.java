package se.ledamot.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.ExportProgress;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.l10n.Localization;
import se.ledamot.store.Database;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MovableClock;
import se.ledamot.store.TestDatabases;
import se.ledamot.store.WorldFixture;

/**
 * Exports that are broken or made to harm: each is refused with a Swedish message naming what is wrong, and the
 * database it was read into (replacing its data, as the window does) holds exactly what it held before.
 */
class HostileExportTest {
    @TempDir
    Path temp;

    private final MovableClock clock = new MovableClock("2026-11-22T08:00:00Z");
    private Path export;

    @BeforeEach
    void export() {
        export = temp.resolve("export");
        try (Database source = TestDatabases.local(temp.resolve("source"))) {
            WorldFixture.write(source.dsl(), clock);
            new Exporter(source.dsl(), clock).export(export, ExportProgress.NONE);
        }
    }

    private void edit(String file, int line, UnaryOperator<String> change) throws IOException {
        Path p = export.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(p));
        lines.set(line - 1, change.apply(lines.get(line - 1)));
        Files.write(p, lines);
    }

    /** Reads the export in place of a database's data and returns the Swedish message; the data is unchanged. */
    private String refusal(String key) {
        try (Database target = TestDatabases.local(temp.resolve("target"))) {
            new MatterStore(target.dsl(), clock).add(Matter.newMatter(MatterKind.OTHER, "Kvar efter försöket").build());
            Map<String, List<Map<String, Object>>> before = ExportRoundTripTest.everyRow(target.dsl());
            String[] message = new String[1];
            assertThatThrownBy(() -> new ExportReader(target.dsl()).read(export, true, ExportProgress.NONE))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.key()).isEqualTo(key);
                        message[0] = Localization.message(e);
                    });
            assertThat(ExportRoundTripTest.everyRow(target.dsl())).isEqualTo(before);
            return message[0];
        }
    }

    @Test
    void aFileNameThatLeadsOutOfTheExportIsRefused() throws Exception {
        Path secret = Files.writeString(temp.resolve("hemlig.txt"), "hemligt");
        edit("attachment.jsonl", 1, l -> l.replaceFirst("\"content\":\"[^\"]+\"",
                "\"content\":\"files/../../hemlig.txt\""));
        assertThat(refusal("export.damaged")).isEqualTo(
                "Exporten är skadad: attachment.jsonl, rad 1, gick inte att läsa. Inget har lagts in.");
        assertThat(secret).hasContent("hemligt");
    }

    @Test
    void anOriginalFileThatIsALinkOutOfTheExportIsRefused() throws Exception {
        Path secret = Files.writeString(temp.resolve("hemlig.txt"), "hemligt");
        try (var files = Files.walk(export.resolve("files"))) {
            Path original = files.filter(Files::isRegularFile).filter(p -> p.toString().contains("attachment"))
                    .findFirst().orElseThrow();
            Files.delete(original);
            Files.createSymbolicLink(original, secret);
        }
        assertThat(refusal("export.damaged")).contains("attachment.jsonl, rad 1");
    }

    @Test
    void aTextLongerThanItsColumnIsRefusedBeforeTheDatabaseSeesIt() throws Exception {
        edit("matter.jsonl", 2, l -> l.replaceFirst("\"title\":\"[^\"]+\"", "\"title\":\"" + "x".repeat(5000) + "\""));
        assertThat(refusal("export.damaged")).contains("matter.jsonl, rad 2").doesNotContain("SQL");
    }

    @Test
    void aValueOfTheWrongKindOrACodeTheProgramDoesNotKnowIsRefused() throws Exception {
        edit("matter.jsonl", 1, l -> l.replaceFirst("\"status\":\"[a-z_]+\"", "\"status\":\"hacked\""));
        assertThat(refusal("export.damaged")).contains("matter.jsonl, rad 1");
        edit("matter.jsonl", 1, l -> l.replaceFirst("\"status\":\"hacked\"", "\"status\":\"submitted\"")
                .replaceFirst("\"id\":\\d+", "\"id\":\"ett\"").replaceFirst("\"created_at\":\"[^\"]+\"",
                        "\"created_at\":true"));
        assertThat(refusal("export.damaged")).contains("matter.jsonl, rad 1");
    }

    @Test
    void theSameThingTwiceOrAReferenceToNothingIsRefused() throws Exception {
        List<String> lines = Files.readAllLines(export.resolve("matter.jsonl"));
        Files.writeString(export.resolve("matter.jsonl"), lines.getFirst() + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(refusal("export.damaged")).contains("matter.jsonl");
        Files.write(export.resolve("matter.jsonl"), lines);
        edit("agenda_item.jsonl", 1, l -> l.replaceFirst("\"meeting\":\"[^\"]+\"", "\"meeting\":\"inget-möte\""));
        assertThat(refusal("export.damaged")).contains("agenda_item.jsonl, rad 1");
    }

    @Test
    void brokenTextIsRefused() throws Exception {
        Path matters = export.resolve("matter.jsonl");
        byte[] good = Files.readAllBytes(matters);
        Files.write(matters, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        assertThat(refusal("export.damaged")).contains("matter.jsonl");
        Files.writeString(matters, "[".repeat(100_000) + "\n");
        assertThat(refusal("export.damaged")).contains("matter.jsonl, rad 1");
        Files.writeString(matters, "inte json\n");
        assertThat(refusal("export.damaged")).contains("matter.jsonl, rad 1");
        Files.write(matters, good);
    }

    @Test
    void aLineLongerThanAnyExportWritesIsRefusedWithoutReadingItWhole() throws Exception {
        try (OutputStream out = Files.newOutputStream(export.resolve("meeting.jsonl"))) {
            byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i <= ExportReader.MAX_LINE_CHARS >> 20; i++) {
                out.write(block);
            }
        }
        assertThat(refusal("export.damaged")).contains("meeting.jsonl, rad 1");
    }

    @Test
    void aFolderThatIsNoExportOrANewerOnesIsRefusedBeforeAnythingIsRead() throws Exception {
        Path manifest = export.resolve("ledamot-export.json");
        String good = Files.readString(manifest);
        Files.writeString(manifest, good.replace("\"version\" : 1", "\"version\" : 99"));
        assertThat(refusal("export.newer")).isEqualTo("Exporten i " + export
                + " är gjord av en nyare version av Ledamot. Uppdatera Ledamot och försök igen.");
        Files.writeString(manifest, "{\"format\": \"något annat\"}");
        assertThat(refusal("export.notAnExport")).contains("är ingen export från Ledamot");
        Files.delete(manifest);
        assertThat(refusal("export.notAnExport")).contains("är ingen export från Ledamot");
    }

    @Test
    void aCancelledReadingChangesNothingAndACancelledExportLeavesNoHalfFolder() {
        ExportProgress cancelAtOnce = () -> true;
        try (Database target = TestDatabases.local(temp.resolve("target"))) {
            new MatterStore(target.dsl(), clock).add(Matter.newMatter(MatterKind.OTHER, "Kvar").build());
            var before = ExportRoundTripTest.everyRow(target.dsl());
            assertThatThrownBy(() -> new ExportReader(target.dsl()).read(export, true, cancelAtOnce))
                    .isInstanceOf(CancellationException.class);
            assertThat(ExportRoundTripTest.everyRow(target.dsl())).isEqualTo(before);

            Path half = temp.resolve("half");
            assertThatThrownBy(() -> new Exporter(target.dsl(), clock).export(half, cancelAtOnce))
                    .isInstanceOf(CancellationException.class);
            assertThat(half).isEmptyDirectory();
        }
    }
}
