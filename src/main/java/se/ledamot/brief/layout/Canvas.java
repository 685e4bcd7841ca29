package se.ledamot.brief.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws onto one page at a time: lines of text as marked content tied to the structure tree, everything else
 * (rules, dot leaders, running header and footer) as artifacts that screen readers skip.
 */
final class Canvas {
    private static final String SOFT_HYPHEN = "\u00AD";
    private final PDDocument doc;
    private final Structure structure;
    private final Map<String, Integer> anchorPages;
    private final Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);
    private PDPage page;
    private PDPageContentStream cs;

    Canvas(PDDocument doc, Structure structure, Map<String, Integer> anchorPages) {
        this.doc = doc;
        this.structure = structure;
        this.anchorPages = anchorPages;
    }

    void begin(PDPage p) throws IOException {
        page = p;
        p.setStructParents(structure.startPage());
        cs = new PDPageContentStream(doc, p);
    }

    void end() throws IOException {
        cs.close();
        cs = null;
    }

    /** One set line with its top at {@code top}; words are placed with TJ so justified spacing works in Type 0 fonts. */
    void line(Tag tag, LineBreaker.Line line, float x, float top) {
        if (line.words().isEmpty()) {
            return;
        }
        Style first = line.words().getFirst().pieces().getFirst().style();
        float baseline = top - (line.leading() - first.size()) / 2 - first.ascent();
        try {
            begin(tag);
            cs.beginText();
            float segmentX = x;
            float cursor = x;
            Style current = null;
            List<Object> parts = new ArrayList<>();
            List<LineBreaker.Word> words = line.words();
            for (int k = 0; k < words.size(); k++) {
                LineBreaker.Word w = words.get(k);
                for (Span piece : w.pieces()) {
                    if (!piece.style().equals(current)) {
                        flush(parts, current, segmentX, baseline);
                        current = piece.style();
                        segmentX = cursor;
                    }
                    parts.add(piece.text());
                    cursor += piece.style().width(piece.text());
                }
                if (k < words.size() - 1 && w.gap() > 0) {
                    parts.add(" ");
                    if (line.extraPerGap() != 0) {
                        parts.add(-line.extraPerGap() * 1000f / current.size());
                    }
                    cursor += w.gap() + line.extraPerGap();
                }
            }
            if (line.hyphenated()) {
                // A hyphen made by hyphenation is the soft hyphen, so that text taken out of the PDF joins the word.
                parts.add(SOFT_HYPHEN);
            }
            flush(parts, current, segmentX, baseline);
            cs.endText();
            cs.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flush(List<Object> parts, Style style, float x, float baseline) throws IOException {
        if (parts.isEmpty()) {
            return;
        }
        cs.setFont(font(style.face()), style.size());
        color(style.color());
        cs.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
        cs.showTextWithPositioning(parts.toArray());
        parts.clear();
    }

    /** A structure element for a tag with nothing drawn, such as an empty table cell. */
    void empty(Tag tag) {
        structure.ensure(tag, page);
    }

    /** The dot leader after a contents entry (an artifact) and the page number of its anchor (content). */
    void leaderAndNumber(Tag tag, Style style, float from, float to, float top, String anchorId) {
        Integer target = anchorPages.get(anchorId);
        String number = target == null ? "–" : String.valueOf(target);
        float numberWidth = style.width(number);
        float baseline = top - (style.leading() - style.size()) / 2 - style.ascent();
        float dotPitch = style.width(". ");
        float start = from + style.size() * 0.6f;
        float end = to - numberWidth - style.size() * 0.6f;
        int dots = (int) Math.floor((end - start) / dotPitch);
        try {
            if (dots > 0) {
                cs.beginMarkedContent(COSName.ARTIFACT);
                text(style.color(Rgb.GREY), end - dots * dotPitch, baseline, ". ".repeat(dots));
                cs.endMarkedContent();
            }
            begin(tag);
            text(style, to - numberWidth, baseline, number);
            cs.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text that is not part of the content: running header and footer. */
    void artifact(Style style, float x, float baseline, String text) {
        try {
            cs.beginMarkedContent(COSName.ARTIFACT);
            text(style, x, baseline, style.face().printable(text));
            cs.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A picture as a figure of the structure tree, with its text runs laid invisibly over it (rendering mode 3) as a
     * paragraph beside the figure, and a thin frame (an artifact) when asked for.
     */
    void image(Block.Image im, float x, float top, float w, float h) {
        try {
            PDImageXObject xo = Pictures.embed(doc, im.data());
            begin(im.tag());
            cs.drawImage(xo, x, top - h, w, h);
            cs.endMarkedContent();
            if (im.frame()) {
                cs.beginMarkedContent(COSName.ARTIFACT);
                cs.setStrokingColor(Rgb.LIGHT.r(), Rgb.LIGHT.g(), Rgb.LIGHT.b());
                cs.setLineWidth(0.5f);
                cs.addRect(x, top - h, w, h);
                cs.stroke();
                cs.endMarkedContent();
            }
            if (!im.text().isEmpty()) {
                Tag text = im.tag().parent().child("P");
                float scale = w / im.width();
                for (Block.Image.TextRun run : im.text()) {
                    invisible(text, x + run.x() * scale, top - run.top() * scale, run.width() * scale,
                            run.size() * scale, run.text());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text that is not seen but found, selected and read: a picture's words, stretched to where the picture has them. */
    private void invisible(Tag tag, float x, float baseline, float width, float size, String raw) throws IOException {
        String text = Face.SERIF.printable(raw);
        float natural = Face.SERIF.width(text, size);
        if (text.isBlank() || natural <= 0 || size <= 0) {
            return;
        }
        begin(tag);
        cs.beginText();
        cs.setRenderingMode(RenderingMode.NEITHER);
        cs.setFont(font(Face.SERIF), size);
        cs.setHorizontalScaling(Math.max(1f, Math.min(1000f, width / natural * 100f)));
        cs.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
        cs.showText(text);
        cs.setHorizontalScaling(100f);
        cs.setRenderingMode(RenderingMode.FILL);
        cs.endText();
        cs.endMarkedContent();
    }

    /** A small empty box with its label above it, for a signature or initials: an artifact. */
    void box(Style style, float x, float y, float w, float h, String label) {
        try {
            cs.beginMarkedContent(COSName.ARTIFACT);
            cs.setStrokingColor(Rgb.GREY.r(), Rgb.GREY.g(), Rgb.GREY.b());
            cs.setLineWidth(0.5f);
            cs.addRect(x, y, w, h);
            cs.stroke();
            text(style, x, y + h + 3, style.face().printable(label));
            cs.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rule(float x1, float y, float x2, Rgb color) {
        try {
            cs.beginMarkedContent(COSName.ARTIFACT);
            cs.setStrokingColor(color.r(), color.g(), color.b());
            cs.setLineWidth(0.5f);
            cs.moveTo(x1, y);
            cs.lineTo(x2, y);
            cs.stroke();
            cs.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(Style style, float x, float baseline, String text) throws IOException {
        cs.beginText();
        cs.setFont(font(style.face()), style.size());
        color(style.color());
        cs.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
        cs.showText(text);
        cs.endText();
    }

    private void begin(Tag tag) throws IOException {
        COSDictionary props = new COSDictionary();
        props.setInt(COSName.MCID, structure.mark(tag, page));
        cs.beginMarkedContent(COSName.getPDFName(tag.role()), PDPropertyList.create(props));
    }

    private void color(Rgb c) throws IOException {
        cs.setNonStrokingColor(c.r(), c.g(), c.b());
    }

    private PDType0Font font(Face face) throws IOException {
        PDType0Font f = fonts.get(face);
        if (f == null) {
            // Glyph substitution off: widths are measured per character, and PDFBox's GSUB path is slow.
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
            ttf.setEnableGsub(false);
            f = PDType0Font.load(doc, ttf, true);
            fonts.put(face, f);
        }
        return f;
    }
}
