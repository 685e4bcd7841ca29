package se.ledamot.importer.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** A meeting's papers in one PDF, as councils publish them: one text per page, bookmarks where asked for. */
public final class CombinedPdfs {
    private CombinedPdfs() {
    }

    /**
     * A PDF of the pages, each one text (lines in Helvetica); a top-level bookmark to every page whose index is in
     * {@code bookmarks}, titled "Ärende n".
     */
    public static byte[] of(String[] pages, int... bookmarks) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                    s.setLeading(13);
                    s.newLineAtOffset(50, 750);
                    for (String line : text.split("\n", -1)) {
                        s.showText(line);
                        s.newLine();
                    }
                    s.endText();
                }
            }
            if (bookmarks.length > 0) {
                PDDocumentOutline outline = new PDDocumentOutline();
                doc.getDocumentCatalog().setDocumentOutline(outline);
                int n = 1;
                for (int at : bookmarks) {
                    PDPageFitDestination dest = new PDPageFitDestination();
                    dest.setPage(doc.getPage(at));
                    PDOutlineItem item = new PDOutlineItem();
                    item.setDestination(dest);
                    item.setTitle("Ärende " + n++);
                    outline.addLast(item);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
