package se.ledamot.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.importer.read.DocumentReader;

/** A motion whose body is set in two columns under a full-width title is read column by column. */
class TwoColumnPdfTest {
    private static final String[] LEFT = {
        "Barnen i Tierp blir fler och förskolorna är",
        "fulla. Köerna har växt varje år sedan 2019",
        "och många föräldrar får vänta i flera månader",
        "på en plats nära hemmet eller arbetet.",
        "",
        "Kommunen behöver planera i god tid för att",
        "kunna erbjuda en plats inom fyra månader, så",
        "som skollagen kräver av varje kommun.",
    };
    private static final String[] RIGHT = {
        "Vi yrkar att kommunfullmäktige beslutar",
        "",
        "att barn- och utbildningsnämnden får i",
        "uppdrag att planera för två nya förskolor",
        "att planeringen redovisas senast i juni 2025",
        "",
        "Tierp den 4 februari 2025",
        "Sara Lind (C)",
    };

    @TempDir
    Path dir;

    @Test
    void motionInTwoColumnsHasItsTitleBodyInReadingOrderAndClauses() throws Exception {
        Path file = dir.resolve("motion.pdf");
        Files.write(file, twoColumns());
        ImportItem item = new Importer().prepare(file);
        assertThat(item.failure()).isNull();
        var m = item.draft().matter();
        assertThat(m.kind()).isEqualTo(MatterKind.MOTION);
        assertThat(m.title()).isEqualTo("Fler förskoleplatser i Tierp för barnen i hela kommunen");
        assertThat(m.proposals()).containsExactly(
                "barn- och utbildningsnämnden får i uppdrag att planera för två nya förskolor",
                "planeringen redovisas senast i juni 2025");
        assertThat(m.authors()).containsExactly(new Person("Sara Lind", "C"));
        assertThat(m.submitted()).isEqualTo(LocalDate.of(2025, 2, 4));
        String body = m.body();
        assertThat(body).contains("Barnen i Tierp blir fler och förskolorna är\nfulla. Köerna")
                .contains("som skollagen kräver av varje kommun.\nVi yrkar att kommunfullmäktige beslutar")
                .doesNotContain("förskolorna är Vi yrkar");
        assertThat(body.indexOf("Motion om fler")).isLessThan(body.indexOf("Barnen i Tierp"));
        assertThat(body.indexOf("skollagen")).isLessThan(body.indexOf("Vi yrkar"));
    }

    @Test
    void tableOfShortLabelsBesideLongValuesStaysRowByRow() throws Exception {
        String[][] rows = {
            {"Datum", "2024-03-03, sammanträde i kommunfullmäktiges sal"},
            {"Dnr", "KS 2024/123, kommunstyrelsens diarium för motioner"},
            {"Från", "Anna Ek (V), ledamot i kommunfullmäktige sedan 2018"},
            {"Till", "Kommunfullmäktige i Kungälvs kommun, för beslut"},
            {"Ärende", "Fler bänkar i Stadsparken och längs med älven"},
        };
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                for (int i = 0; i < rows.length; i++) {
                    show(s, 50, 700 - 13 * i, rows[i][0]);
                    show(s, 300, 700 - 13 * i, rows[i][1]);
                }
            }
            doc.save(out);
            bytes = out.toByteArray();
        }
        String text = DocumentReader.read("tabell.pdf", bytes).text();
        assertThat(text).contains("Datum 2024-03-03, sammanträde").contains("Ärende Fler bänkar");
    }

    /** Title across the page in 14 pt; below it two columns of 10 pt Helvetica, 50–280 and 320–560. */
    private static byte[] twoColumns() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(font, 14);
                s.newLineAtOffset(50, 740);
                s.showText("Motion om fler förskoleplatser i Tierp för barnen i hela kommunen");
                s.endText();
                s.setFont(font, 10);
                for (int i = 0; i < LEFT.length; i++) {
                    show(s, 50, 700 - 13 * i, LEFT[i]);
                    show(s, 320, 700 - 13 * i, RIGHT[i]);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void show(PDPageContentStream s, float x, float y, String text) throws Exception {
        if (text.isEmpty()) {
            return;
        }
        s.beginText();
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}
