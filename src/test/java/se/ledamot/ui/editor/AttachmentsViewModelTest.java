package se.ledamot.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.importer.SourceFile;
import se.ledamot.store.AttachmentStore;
import se.ledamot.store.Database;
import se.ledamot.ui.Samples;
import se.ledamot.ui.TestContext;
import se.ledamot.store.TestDatabases;

class AttachmentsViewModelTest {
    private static final byte[] ORIGINAL = "Motion om att upprätta en integrationsplan\n"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    private TestContext test;
    private Matter plan;
    private EditorViewModel editor;

    @BeforeEach
    void open() {
        test = new TestContext(folder);
        plan = test.services.matters().add(Samples.integrationPlan());
        // The services keep files only through an import; the store adds one to a matter made here.
        try (Database db = TestDatabases.local(folder)) {
            new AttachmentStore(db.dsl(), TestContext.CLOCK).add(plan.id(), SourceFile.of("Motion: plan?.txt",
                    ORIGINAL, "txt", new String(ORIGINAL, StandardCharsets.UTF_8)), null, false);
        }
        editor = new EditorViewModel(test.context);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void editorListsTheMattersOriginalFileWithFormatAndSize() {
        editor.load(plan);
        AttachmentRow file = assertThat(editor.attachments().files()).singleElement().actual();
        assertThat(file.text()).isEqualTo("Motion: plan?.txt · TXT · " + ORIGINAL.length
                + " byte");

        Matter other = test.services.matters().add(Samples.integrationPlan().toBuilder().title("Annan").build());
        editor.load(other);
        assertThat(editor.attachments().files()).isEmpty();
        editor.clear();
        assertThat(editor.attachments().files()).isEmpty();
    }

    @Test
    void openWritesATemporaryCopyUnderASafeNameAndHandsItToTheSystem() throws Exception {
        editor.load(plan);
        editor.attachments().open(editor.attachments().files().getFirst());
        Path opened = assertThat(test.dialogs.opened).singleElement().actual();
        assertThat(opened.getFileName().toString()).isEqualTo("Motion_ plan_.txt");
        assertThat(Files.readAllBytes(opened)).isEqualTo(ORIGINAL);
        assertThat(test.dialogs.errors).isEmpty();
    }

    @Test
    void saveAsWritesTheOriginalBytesWhereTheUserChose() throws Exception {
        editor.load(plan);
        test.dialogs.saveTo = elsewhere.resolve("kopia.txt");
        editor.attachments().saveAs(editor.attachments().files().getFirst());
        assertThat(Files.readAllBytes(test.dialogs.saveTo)).isEqualTo(ORIGINAL);
        assertThat(test.dialogs.lastNotification()).contains("kopia.txt");
        try (var left = Files.list(elsewhere)) {
            assertThat(left).containsExactly(test.dialogs.saveTo);
        }
    }

    @Test
    void saveAsIntoAMissingFolderSaysSoInSwedishAndLeavesNothing() {
        editor.load(plan);
        test.dialogs.saveTo = elsewhere.resolve("finns-inte").resolve("kopia.txt");
        editor.attachments().saveAs(editor.attachments().files().getFirst());
        assertThat(test.dialogs.errors).singleElement().asString().startsWith("Filen Motion: plan?.txt kunde inte sparas");
        assertThat(test.dialogs.saveTo).doesNotExist();
    }

    @Test
    void cancellingSaveAsWritesNothing() throws Exception {
        editor.load(plan);
        editor.attachments().saveAs(editor.attachments().files().getFirst());
        try (var left = Files.list(elsewhere)) {
            assertThat(left).isEmpty();
        }
        assertThat(test.dialogs.errors).isEmpty();
    }

    @Test
    void sizesAreShownInSwedishUnits() {
        assertThat(AttachmentsViewModel.size(512)).isEqualTo("512 byte");
        assertThat(AttachmentsViewModel.size(12_700)).isEqualTo("12,4 kB");
        assertThat(AttachmentsViewModel.size(3 * 1024 * 1024)).isEqualTo("3,0 MB");
    }
}
