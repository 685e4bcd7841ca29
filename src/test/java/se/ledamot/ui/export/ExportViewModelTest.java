package se.ledamot.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.ui.TestContext;

/** Arkiv → Exportera allt… and Läs in en export…, as a councillor meets them, without a screen. */
class ExportViewModelTest {
    @TempDir
    Path root;

    private TestContext t;
    private final List<String> window = new ArrayList<>();
    private ExportViewModel vm;

    @BeforeEach
    void open() {
        t = new TestContext(root.resolve("data"));
        t.services.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar").build());
        t.services.matters().add(Matter.newMatter(MatterKind.QUESTION, "Fråga om bibliotekets öppettider").build());
        vm = new ExportViewModel(t.context, recordingWindow());
    }

    /** A window that lets its saves land at once and writes down what it was asked to do. */
    private ExportViewModel.Window recordingWindow() {
        return new ExportViewModel.Window() {
            @Override
            public void hold(boolean held, Runnable settled) {
                window.add(held ? "held" : "released");
                settled.run();
            }

            @Override
            public void reopen(Runnable release) {
                window.add("reopened");
                release.run();
            }
        };
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void everythingIsExportedIntoANewFolderBesideWhatIsThereAndTheUserIsToldWhatAndWhere() throws Exception {
        Path documents = Files.createDirectories(root.resolve("Dokument"));
        Files.writeString(documents.resolve("annat.txt"), "något annat");
        t.dialogs.chosenFolder = documents;

        vm.exportAll();

        Path made = documents.resolve("ledamot-export-2026-11-22");
        assertThat(made.resolve("matter.jsonl")).exists();
        assertThat(Files.readAllLines(made.resolve("matter.jsonl"))).hasSize(2);
        assertThat(made.resolve("FORMAT.md")).exists();
        assertThat(t.dialogs.lastNotification()).startsWith("Allt är exporterat till " + made + ": ")
                .contains("2 ärenden");
        assertThat(documents.resolve("annat.txt")).hasContent("något annat");

        vm.exportAll();
        assertThat(documents.resolve("ledamot-export-2026-11-22-2").resolve("matter.jsonl")).exists();
    }

    @Test
    void anExportReadInReplacesTheDataAfterTheUserAgreesAndTheOldIsKeptAsABackup() {
        Path export = root.resolve("export");
        t.dialogs.chosenFolder = export;
        vm.exportAll();
        try (TestContext other = new TestContext(root.resolve("other"))) {
            other.services.matters().add(Matter.newMatter(MatterKind.OTHER, "Något som ersätts").build());
            ExportViewModel reading = new ExportViewModel(other.context, recordingWindow());
            other.dialogs.chosenFolder = export;
            other.dialogs.confirmAnswer = false;
            reading.importExport();
            assertThat(other.dialogs.asked).singleElement().asString()
                    .startsWith("Exporten i " + export + " innehåller ").contains("2 ärenden")
                    .contains("sparas först som säkerhetskopia");
            assertThat(titles(other)).containsExactly("Något som ersätts");
            assertThat(window).isEmpty();

            other.dialogs.confirmAnswer = true;
            reading.importExport();

            assertThat(titles(other)).containsExactlyInAnyOrder("Motion om cykelvägar",
                    "Fråga om bibliotekets öppettider");
            assertThat(window).containsExactly("held", "reopened");
            assertThat(other.dialogs.lastNotification()).startsWith("Exporten är inläst: ").contains("2 ärenden")
                    .contains("Det som fanns innan sparades i ");
            assertThat(other.services.dataFolder().orElseThrow().backups()).hasSize(1);
        }
    }

    @Test
    void aDamagedExportIsSaidInSwedishAndChangesNothing() throws Exception {
        Path export = root.resolve("export");
        t.dialogs.chosenFolder = export;
        vm.exportAll();
        Path matters = export.resolve("matter.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(matters));
        lines.set(1, lines.get(1).replaceFirst("\"kind\":\"[a-z]+\"", "\"kind\":17"));
        Files.write(matters, lines);
        t.services.matters().add(Matter.newMatter(MatterKind.OTHER, "Skrivet efter exporten").build());

        vm.importExport();

        assertThat(t.dialogs.errors).singleElement().asString()
                .isEqualTo("Exporten är skadad: matter.jsonl, rad 2, gick inte att läsa. Inget har lagts in.");
        assertThat(titles(t)).hasSize(3).contains("Skrivet efter exporten");
        assertThat(window).containsExactly("held", "released");
    }

    @Test
    void aFolderThatIsNoExportIsSaidInSwedishBeforeAnythingIsAsked() throws Exception {
        Path notAnExport = Files.createDirectories(root.resolve("bilder"));
        t.dialogs.chosenFolder = notAnExport;

        vm.importExport();

        assertThat(t.dialogs.asked).isEmpty();
        assertThat(t.dialogs.errors).singleElement().asString()
                .isEqualTo("Mappen " + notAnExport + " är ingen export från Ledamot (filen ledamot-export.json"
                        + " saknas eller är skadad).");
        assertThat(window).isEmpty();
    }

    private static List<String> titles(TestContext c) {
        return c.services.matters().list().stream().map(Matter::title).toList();
    }
}
