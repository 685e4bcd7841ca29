package se.ledamot.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.DomainException;
import se.ledamot.importer.parse.CouncilTextParser;
import se.ledamot.importer.read.UnreadableFileException;

class ImportSummaryTest {
    private static ImportItem read(String name) {
        String text = "Motion om " + name + "\nAnna Ek (C)\n";
        return ImportItem.read(name, SourceFile.of(name, text.getBytes(), "text/utf-8", text),
                new CouncilTextParser().parse(text, name));
    }

    @Test
    void everyKindOfOutcomeIsCountedOnce() {
        ImportItem stored = read("a.txt");
        List<ImportItem> items = List.of(
                stored.withStored(stored.draft().matter().toBuilder().id(7L).build()),
                read("b.txt").withDuplicateOfFile("a.txt"),
                ImportItem.failed("c.pdf", new UnreadableFileException("importer.pdf.broken", null, "c.pdf")),
                read("d.txt").withFailure(new DomainException("importer.store.failed", "d.txt")),
                ImportItem.failed("e.txt", new UnreadableFileException(ImportItem.SKIPPED + "linkOutside", null, "e",
                        "mapp")),
                read("f.txt"));
        ImportSummary s = ImportSummary.of(items);
        assertThat(s).isEqualTo(new ImportSummary(2, 1, 1, 1, 1, 1));
        assertThat(s.text()).isEqualTo("Klart: 1 sparat, 1 dubblett, 1 kunde inte läsas. 1 kunde inte sparas. "
                + "1 länk utanför mappen hoppades över.");
    }

    @Test
    void aStoreFailureKeepsTheDraftAndACorrectionClearsIt() {
        ImportItem failed = read("d.txt").withFailure(new DomainException("importer.store.failed", "d.txt"));
        assertThat(failed.isStoreFailure()).isTrue();
        assertThat(failed.isStorable()).isFalse();
        assertThat(failed.failureText()).isEqualTo("Filen d.txt kunde inte sparas. Inget från den filen sparades; "
                + "övriga filer påverkas inte.");
        assertThat(failed.withDraft(failed.draft()).isStorable()).isTrue();
    }
}
