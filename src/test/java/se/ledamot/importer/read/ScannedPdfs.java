package se.ledamot.importer.read;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Image-only PDFs, as a scanner makes them: text drawn with Java2D into a picture that fills an A4 page. */
public final class ScannedPdfs {
    /** The scan's resolution: what an office scanner uses for text. */
    static final int DPI = 200;

    private ScannedPdfs() {
    }

    /** One A4 page per text, each the text's lines drawn in a 12-point serif font, with no text layer. */
    public static byte[] of(String... pageTexts) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : pageTexts) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(doc, scan(text));
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** {@code pages} pages of the given size in points, each showing a one-pixel picture stretched over it. */
    public static byte[] blankScans(int pages, float width, float height) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDImageXObject image = LosslessFactory.createFromImage(doc,
                    new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY));
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(new PDRectangle(width, height));
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.drawImage(image, 0, 0, width, height);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static BufferedImage scan(String text) {
        int width = Math.round(PDRectangle.A4.getWidth() / 72 * DPI);
        int height = Math.round(PDRectangle.A4.getHeight() / 72 * DPI);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 12 * DPI / 72));
            int lineHeight = g.getFontMetrics().getHeight() + 4;
            int y = DPI;
            for (String line : text.split("\n", -1)) {
                g.drawString(line, DPI, y);
                y += lineHeight;
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
