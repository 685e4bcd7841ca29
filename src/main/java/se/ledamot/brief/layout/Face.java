package se.ledamot.brief.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The typefaces briefs are set in: Liberation Serif and Sans (SIL Open Font License, which allows embedding), read
 * from the openpdf-fonts-extra jar. Glyph widths come from the font's own metrics and are cached per character, so
 * measuring a line costs a few array reads.
 */
public enum Face {
    SERIF("LiberationSerif-Regular.ttf"),
    SERIF_BOLD("LiberationSerif-Bold.ttf"),
    SERIF_ITALIC("LiberationSerif-Italic.ttf"),
    SANS("LiberationSans-Regular.ttf"),
    SANS_BOLD("LiberationSans-Bold.ttf");

    private static final String FOLDER = "/liberation/";
    private static final float UNKNOWN = -1f;

    private final String file;
    private volatile Metrics metrics;

    Face(String file) {
        this.file = file;
    }

    /** The font file as bytes, for embedding into one document. */
    byte[] bytes() {
        return metrics().bytes;
    }

    /** Width of a text in points at a size. */
    public float width(CharSequence text, float size) {
        Metrics m = metrics();
        float units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += m.advance(text.charAt(i));
        }
        return units * size / 1000f;
    }

    /** Whether the face has a glyph for a character, so that it prints rather than vanishes. */
    public boolean canShow(char c) {
        return metrics().glyph(c) != 0;
    }

    /**
     * Text ready to be set in this face: composed (NFC) so that "ễ" is one glyph, control characters and line or
     * paragraph separators as spaces, an invisible format character the face lacks (a byte-order mark, a word joiner)
     * left out, and any other character it lacks replaced by its base letter if that exists. Text pasted from another
     * program carries such characters; each printed as "?" in the answer read aloud (walk29).
     */
    public String printable(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || Character.isSurrogate(c) || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(' ');
            } else if (canShow(c)) {
                out.append(c);
            } else if (type != Character.FORMAT) {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                out.append(!base.isEmpty() && canShow(base.charAt(0)) ? base.charAt(0) : '?');
            }
        }
        return out.toString();
    }

    private Metrics metrics() {
        Metrics m = metrics;
        if (m == null) {
            synchronized (this) {
                m = metrics;
                if (m == null) {
                    m = new Metrics(FOLDER + file);
                    metrics = m;
                }
            }
        }
        return m;
    }

    /** Advance widths in 1/1000 em for the whole Basic Multilingual Plane, filled as characters are met. */
    private static final class Metrics {
        final byte[] bytes;
        private final TrueTypeFont font;
        private final CmapLookup cmap;
        private final float scale;
        private final float[] advance = new float[65536];
        private final int[] glyph = new int[65536];

        Metrics(String resource) {
            try (InputStream in = Face.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the class path: " + resource);
                }
                bytes = in.readAllBytes();
                font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                cmap = font.getUnicodeCmapLookup();
                scale = 1000f / font.getUnitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Arrays.fill(advance, UNKNOWN);
        }

        float advance(char c) {
            float w = advance[c];
            return w != UNKNOWN ? w : measure(c);
        }

        int glyph(char c) {
            advance(c);
            return glyph[c];
        }

        private synchronized float measure(char c) {
            try {
                int gid = cmap.getGlyphId(c);
                float w = font.getAdvanceWidth(gid) * scale;
                glyph[c] = gid;
                advance[c] = w;
                return w;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
