package se.ledamot.brief.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.ledamot.brief.PdfA;

class PdfWriterTest {
    private static final Style BODY = Style.of(Face.SERIF, 11);
    private static final Style HEAD = Style.of(Face.SANS_BOLD, 14).color(Rgb.ACCENT);
    private static final String NAMES = "Şahin Nguyễn Đorđević Łukasz Åsa Östen Müller Éloïse";

    static Document sample(int sections) {
        Tag doc = Tag.document();
        List<Block> blocks = new ArrayList<>();
        List<Block.Contents.Entry> toc = new ArrayList<>();
        for (int s = 1; s <= sections; s++) {
            toc.add(new Block.Contents.Entry("s" + s, "§ " + s + " Avsnitt " + s));
        }
        blocks.add(new Block.Paragraph(List.of(new Span("Innehåll", HEAD)), Align.LEFT, 0, 8, 0, true, null,
                doc.child("H1")));
        blocks.add(new Block.Contents(toc, BODY, BODY, 0, doc.child("TOC")));
        for (int s = 1; s <= sections; s++) {
            blocks.add(new Block.PageBreak());
            blocks.add(new Block.Paragraph(List.of(new Span("§ " + s + " Avsnitt " + s, HEAD)), Align.LEFT, 0, 6, 0,
                    true, new Anchor("s" + s, "§ " + s + " Avsnitt " + s, 1), doc.child("H1")));
            for (int p = 0; p < 4; p++) {
                blocks.add(new Block.Paragraph(List.of(new Span(("Stycke " + p + " med " + NAMES
                        + " som skriver om integration i kommunen och hur arbetet ska följas upp. ").repeat(5), BODY)),
                        Align.JUSTIFY, 0, 6, 0, false, null, doc.child("P")));
            }
            Tag list = doc.child("L");
            blocks.add(new Block.ListBlock(List.of(
                    new Block.ListBlock.Item(new Span("att", BODY.face(Face.SERIF_BOLD)),
                            List.of(new Span("kommunen tar fram en plan för integration.", BODY))),
                    new Block.ListBlock.Item(new Span("att", BODY.face(Face.SERIF_BOLD)),
                            List.of(new Span("planen följs upp varje år. ".repeat(6), BODY)))), 24, 6, 6, list));
            blocks.add(new Block.Table(new float[] {0.3f, 0.7f}, List.of(
                    List.of(new Span("Datum", BODY.face(Face.SANS_BOLD)), new Span("Händelse", BODY.face(Face.SANS_BOLD))),
                    List.of(new Span("2026-01-0" + (s % 9 + 1), BODY), new Span("Inlämnad", BODY))), true, 6, 6,
                    doc.child("Table")));
        }
        return new Document(new Document.Info("Provdokument", "Ledamot", "Prov", "prov", "sv",
                Instant.parse("2026-11-23T10:00:00Z")), Document.Page.A4,
                new Document.Running("Provdokument", "Arbetsmaterial", (p, n) -> "sida " + p + " av " + n,
                        Style.of(Face.SANS, 8).color(Rgb.GREY), true), blocks);
    }

    static byte[] write(Document d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(d, out, PdfWriter.Progress.NONE);
        return out.toByteArray();
    }

    @Test
    void writtenDocumentIsPdfA2aAndPdfUa1() throws Exception {
        assertThat(PdfA.failures(write(sample(3)))).isEmpty();
    }

    @Test
    void everyFontIsEmbeddedAndSpecialNamesComeBackOut() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(write(sample(2)))) {
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Şahin", "Nguyễn", "Đorđević", "Łukasz", "Åsa", "Östen", "Müller", "Éloïse");
        }
    }

    @Test
    void aSignTheFontLacksIsPrintedAsABoxNeitherLostNorAQuestionMark() throws Exception {
        Document d = new Document(new Document.Info("Svar", "Ledamot", "Prov", "prov", "sv",
                Instant.parse("2026-12-03T10:00:00Z")), Document.Page.A4,
                new Document.Running("Svar", "", (p, n) -> "sida " + p, Style.of(Face.SANS, 8), true),
                List.of(new Block.Paragraph(
                List.of(new Span("Tack \u2764\uFE0F för stödet \uD83D\uDC4D\uD83C\uDFFD!", BODY)), Align.LEFT, 0, 6, 0,
                false, null, Tag.document().child("P"))));
        try (PDDocument pdf = Loader.loadPDF(write(d))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Tack \u25A1 för stödet \u25A1!");
        }
    }

    @Test
    void bookmarksPointToEachSectionAndFooterCountsPages() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(write(sample(3)))) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).containsExactly("§ 1 Avsnitt 1", "§ 2 Avsnitt 2", "§ 3 Avsnitt 3");
            int pages = pdf.getNumberOfPages();
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(pages);
            last.setEndPage(pages);
            assertThat(last.getText(pdf)).contains("sida " + pages + " av " + pages);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Provdokument");
        }
    }
}
