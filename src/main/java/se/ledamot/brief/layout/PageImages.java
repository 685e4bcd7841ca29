package se.ledamot.brief.layout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The pages of another PDF (a document attached to a matter) as pictures with their text, ready to be set in a
 * PDF/A paper. The pages are not copied as they are: an arbitrary PDF may lack embedded fonts, use CMYK or
 * transparency without the intent PDF/A asks for, carry scripts, or be untagged, and any of that would make the
 * whole paper fail PDF/A. Each page is rendered at {@link #DPI} dots per inch instead, in grey when it has no colour,
 * and its text is kept, line by line where the page has it, for a text layer laid invisibly over the picture.
 */
public final class PageImages {
    /** Sharp enough to read and print a typed page; about 100–250 KB a page as JPEG. */
    public static final float DPI = 150;
    private static final float QUALITY = 0.8f;

    private PageImages() {
    }

    /** One rendered page: the JPEG, the page's size in points, its lines of text, and all its text. */
    public record Page(byte[] jpeg, float width, float height, List<Block.Image.TextRun> runs, String text) {
    }

    /**
     * Every page of a PDF, rendered.
     *
     * @throws IOException when the file cannot be read as a PDF (damaged, or locked with a password)
     */
    public static List<Page> of(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                PDRectangle box = page.getCropBox();
                boolean turned = page.getRotation() % 180 != 0;
                float w = turned ? box.getHeight() : box.getWidth();
                float h = turned ? box.getWidth() : box.getHeight();
                BufferedImage picture = renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
                Lines lines = new Lines(page.getRotation() == 0);
                lines.setStartPage(i + 1);
                lines.setEndPage(i + 1);
                String text = lines.getText(doc);
                pages.add(new Page(jpeg(picture), w, h, lines.runs, text.strip()));
            }
            return pages;
        }
    }

    /** The text runs of a page, one per line chunk, where the page shows them (only for an upright page). */
    private static final class Lines extends PDFTextStripper {
        final List<Block.Image.TextRun> runs = new ArrayList<>();
        private final boolean positioned;

        Lines(boolean positioned) {
            this.positioned = positioned;
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            super.writeString(text, positions);
            if (!positioned || positions.isEmpty() || text.isBlank()) {
                return;
            }
            TextPosition first = positions.getFirst();
            TextPosition last = positions.getLast();
            float size = first.getFontSizeInPt() > 0 ? first.getFontSizeInPt() : first.getHeightDir();
            float width = last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj();
            if (size > 0 && width > 0) {
                runs.add(new Block.Image.TextRun(text, first.getXDirAdj(), first.getYDirAdj(), width, size));
            }
        }
    }

    private static byte[] jpeg(BufferedImage rgb) throws IOException {
        BufferedImage picture = isGrey(rgb) ? grey(rgb) : rgb;
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(picture, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Whether every pixel is a shade of grey (within a little), so the page can be kept in one channel. */
    private static boolean isGrey(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int p = image.getRGB(x, y);
                int r = p >> 16 & 0xff;
                int g = p >> 8 & 0xff;
                int b = p & 0xff;
                if (Math.abs(r - g) > 12 || Math.abs(g - b) > 12 || Math.abs(r - b) > 12) {
                    return false;
                }
            }
        }
        return true;
    }

    private static BufferedImage grey(BufferedImage rgb) {
        BufferedImage grey = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(rgb, 0, 0, null);
        return grey;
    }
}
