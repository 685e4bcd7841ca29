package se.ledamot.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.importer.draft.ImportWarning;
import se.ledamot.importer.read.ScannedPdfs;

/**
 * Scanned papers (issue 17.3): a PDF of pictures of text, made here with Java2D, read with Tesseract and Swedish; the
 * limits that stop a hostile scan before anything is rendered; and the message where Tesseract is missing.
 */
// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it points the whole JVM at another tesseract (a system property).
@Isolated
class ScannedImportTest {
    static final String MOTION = """
            MOTION

            Motion om fler bänkar i Stadsparken

            I Stadsparken finns för få bänkar. Många äldre behöver
            kunna vila när de går genom parken till torget.

            Jag yrkar att kommunfullmäktige beslutar
            att kommunen sätter upp tio nya bänkar i Stadsparken

            Kungälv den 3 mars 2024

            Anna Ek (V)
            """;

    @AfterEach
    void findTesseractAgain() {
        System.clearProperty("ledamot.tesseract");
    }

    private static boolean tesseractWithSwedish() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor() == 0 && out.lines().anyMatch("swe"::equals);
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void aScannedMotionIsReadWithSwedishOcrIntoItsFields() throws Exception {
        assumeTrue(tesseractWithSwedish(), "tesseract-ocr and tesseract-ocr-swe are installed (.ci/run installs them)");
        ImportItem item = new Importer().prepare("inskannad.pdf", ScannedPdfs.of(MOTION));
        assertThat(item.failureText()).isNull();
        var m = item.draft().matter();
        assertThat(m.kind()).isEqualTo(MatterKind.MOTION);
        assertThat(m.title()).isEqualTo("Fler bänkar i Stadsparken");
        assertThat(m.submitted()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(m.place()).isEqualTo("Kungälv");
        assertThat(m.authors()).containsExactly(new Person("Anna Ek", "V"));
        assertThat(m.proposals()).containsExactly("kommunen sätter upp tio nya bänkar i Stadsparken");
        assertThat(item.draft().warnings()).extracting(ImportWarning::key).contains("importer.warning.ocr");
        assertThat(item.source().format()).isEqualTo("pdf");
    }

    @Test
    void withoutTesseractAScanIsRefusedWithHowToInstallIt() throws Exception {
        System.setProperty("ledamot.tesseract", "/finns/inte/tesseract");
        ImportItem item = new Importer().prepare("inskannad.pdf", ScannedPdfs.of(MOTION));
        assertThat(item.failure().key()).isEqualTo("importer.pdf.noOcr");
        assertThat(item.failureText()).contains("inskannad.pdf", "Tesseract",
                "sudo apt install tesseract-ocr tesseract-ocr-swe");
    }

    @Test
    void aPageTooLargeToRenderIsRefusedBeforeOcr() throws Exception {
        assumeTrue(tesseractWithSwedish(), "tesseract with Swedish");
        // 200 × 200 inches: at 100 DPI already 400 million pixels.
        ImportItem item = new Importer().prepare("jättesida.pdf", ScannedPdfs.blankScans(1, 14_400, 14_400));
        assertThat(item.failure().key()).isEqualTo("importer.pdf.pageTooLargeForOcr");
        assertThat(item.failureText()).contains("jättesida.pdf", "Sidan 1");
    }

    @Test
    void moreScannedPagesThanTheLimitAreRefusedBeforeOcr() throws Exception {
        assumeTrue(tesseractWithSwedish(), "tesseract with Swedish");
        long start = System.nanoTime();
        ImportItem item = new Importer().prepare("bunt.pdf", ScannedPdfs.blankScans(31, 595, 842));
        assertThat(item.failure().key()).isEqualTo("importer.pdf.tooManyScannedPages");
        assertThat(item.failureText()).contains("31", "30");
        System.out.printf("31 scanned pages refused in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }
}
