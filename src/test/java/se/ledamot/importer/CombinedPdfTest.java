package se.ledamot.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.importer.draft.ImportWarning;
import se.ledamot.importer.read.CombinedPdfs;

/**
 * A meeting's papers in one PDF (issue 17.2): split into its items at its headings or its bookmarks, each part read
 * as a matter of its own and kept as a PDF of its own pages.
 */
class CombinedPdfTest {
    static final String[] PAGES = CombinedPdfs.PAPERS;

    @TempDir
    Path folder;

    private List<ImportItem> importFile(String name, byte[] bytes) throws Exception {
        Path file = Files.write(folder.resolve(name), bytes);
        return new Importer().prepare(List.of(file), ImportProgress.NONE, () -> false);
    }

    @Test
    void aCombinedPdfIsSplitAtTheHeadingsWithADnrAndEachPartParsed() throws Exception {
        List<ImportItem> items = importFile("handlingar.pdf", CombinedPdfs.of(PAGES));
        assertThat(items).hasSize(3).noneMatch(ImportItem::isFailed);
        assertThat(items).extracting(ImportItem::file).containsExactly(
                folder.resolve("handlingar.pdf") + ", s. 1–2", folder.resolve("handlingar.pdf") + ", s. 3",
                folder.resolve("handlingar.pdf") + ", s. 4");

        var motion = items.get(0).draft().matter();
        assertThat(motion.kind()).isEqualTo(MatterKind.MOTION);
        assertThat(motion.title()).isEqualTo("Fler bänkar i Stadsparken");
        assertThat(motion.number()).isEqualTo("KS 2024/11");
        assertThat(motion.authors()).containsExactly(new Person("Anna Ek", "V"));
        var interpellation = items.get(1).draft().matter();
        assertThat(interpellation.kind()).isEqualTo(MatterKind.INTERPELLATION);
        assertThat(interpellation.number()).isEqualTo("KS 2024/12");
        assertThat(interpellation.questions()).containsExactly("Vad gör kommunen åt väntetiderna?",
                "När blir det bättre?");
        var proposal = items.get(2).draft().matter();
        assertThat(proposal.kind()).isEqualTo(MatterKind.CITIZEN_PROPOSAL);
        assertThat(proposal.authors()).containsExactly(new Person("Gustav Ekman", null));

        assertThat(items.get(0).source().name()).isEqualTo("handlingar-s1-2.pdf");
        assertThat(pageTexts(items.get(0).source().bytes())).hasSize(2).first().asString()
                .contains("Motion om fler bänkar");
        assertThat(pageTexts(items.get(2).source().bytes())).singleElement().asString()
                .contains("hundrastgård");
        assertThat(items.get(1).draft().warnings()).extracting(ImportWarning::key)
                .contains("importer.warning.partByHeading");
        assertThat(items.get(1).draft().warnings().getFirst().text()).contains("handlingar.pdf (s. 3), en av 3 delar");
    }

    @Test
    void bookmarksSplitAPdfWhoseItemsHaveNoHeadings() throws Exception {
        String[] pages = new String[PAGES.length];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = PAGES[i].replaceAll("(?m)^(Dnr|Ärende) .*\n", "");
        }
        List<ImportItem> items = importFile("papper.pdf", CombinedPdfs.of(pages, 0, 2, 3));
        assertThat(items).hasSize(3);
        assertThat(items).extracting(i -> i.draft().matter().kind()).containsExactly(MatterKind.MOTION,
                MatterKind.INTERPELLATION, MatterKind.CITIZEN_PROPOSAL);
        assertThat(items.get(0).draft().warnings()).extracting(ImportWarning::key)
                .contains("importer.warning.partByBookmark");
    }

    @Test
    void aPdfOfOneMatterWithItsDnrOnEveryPageIsNotSplit() throws Exception {
        List<ImportItem> items = importFile("motion.pdf", CombinedPdfs.of(new String[] {PAGES[0], PAGES[1]}));
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.file()).endsWith("motion.pdf");
            assertThat(i.source().name()).isEqualTo("motion.pdf");
        });
    }

    @Test
    void theSameCombinedPdfTwiceGivesEveryPartOnceAndTheRestAsDuplicates() throws Exception {
        byte[] pdf = CombinedPdfs.of(PAGES);
        Files.write(folder.resolve("kopia.pdf"), pdf);
        Files.write(folder.resolve("handlingar.pdf"), pdf);
        List<ImportItem> items = new Importer().prepare(List.of(folder), ImportProgress.NONE, () -> false);
        assertThat(items).hasSize(6);
        assertThat(items.stream().filter(ImportItem::isDuplicate)).hasSize(3);
    }

    private static List<String> pageTexts(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> out = new java.util.ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.add(stripper.getText(doc));
            }
            return out;
        }
    }
}
