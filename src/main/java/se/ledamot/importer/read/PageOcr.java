package se.ledamot.importer.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import se.ledamot.importer.budget.Budget;

/**
 * Reads one scanned PDF page: rendered in grey with PDFBox at {@link #DPI} (less for a large page, so the image stays
 * under {@link #MAX_PIXELS}), handed to {@link Tesseract} with Swedish, and its TSV turned back into lines of text with
 * each word's confidence. A page too large to render at a readable resolution is refused before anything is drawn.
 */
final class PageOcr {
    /** Tesseract reads body text best at about 300 dots per inch. */
    static final int DPI = 300;
    /** Below this a line of 10-point text is too few pixels high to read. */
    static final int MIN_DPI = 100;
    /** A grey image of 40 million pixels (40 MB): an A3 page at 300 DPI is 17 million. */
    static final long MAX_PIXELS = 40_000_000;
    /** One page's OCR: a few seconds on a laptop; a loaded machine may take ten times as long. */
    static final Duration TIME_PER_PAGE = Duration.ofSeconds(60);

    /** A page's text and the confidence (0–100) of each word read, in reading order. */
    record Read(String text, List<OcrWord> words) {
    }

    private PageOcr() {
    }

    /** The resolution a page is rendered at, or 0 when it is too large (or broken) to read. */
    static float dpi(PDRectangle box) {
        double w = box.getWidth() / 72.0;
        double h = box.getHeight() / 72.0;
        if (!(w > 0 && h > 0) || Double.isInfinite(w * h)) {
            return 0;
        }
        double dpi = Math.min(DPI, Math.sqrt(MAX_PIXELS / (w * h)));
        return dpi < MIN_DPI ? 0 : (float) Math.floor(dpi);
    }

    /** Renders and reads page {@code index}; the caller has checked {@link #dpi} and that Tesseract is ready. */
    static Read read(PDDocument pdf, int index, float dpi) throws IOException {
        Budget.checkpoint();
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(index, dpi, ImageType.GRAY);
        Budget.checkpoint();
        Path dir = Files.createTempDirectory("ledamot-ocr");
        try {
            Path png = dir.resolve("page.png");
            ImageIO.write(image, "png", png.toFile());
            image.flush();
            return fromTsv(Tesseract.tsv(png, TIME_PER_PAGE));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Tesseract's TSV: level, page, block, paragraph, line, word, left, top, width, height, confidence, text. Words
     * (level 5) of one line are joined by spaces; a new paragraph or block starts after an empty line.
     */
    static Read fromTsv(String tsv) {
        StringBuilder text = new StringBuilder();
        List<OcrWord> words = new ArrayList<>();
        String lastPar = null;
        String lastLine = null;
        for (String row : tsv.split("\n")) {
            String[] c = row.split("\t", -1);
            if (c.length < 12 || !c[0].equals("5") || c[11].isBlank()) {
                continue;
            }
            String par = c[2] + "/" + c[3];
            String line = par + "/" + c[4];
            if (lastLine != null && !line.equals(lastLine)) {
                text.append(par.equals(lastPar) ? "\n" : "\n\n");
            } else if (lastLine != null) {
                text.append(' ');
            }
            String word = c[11].strip();
            text.append(word);
            words.add(new OcrWord(word, confidence(c[10])));
            lastPar = par;
            lastLine = line;
        }
        return new Read(text.toString(), words);
    }

    private static int confidence(String s) {
        try {
            return (int) Math.round(Math.max(0, Math.min(100, Double.parseDouble(s.strip()))));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
