package se.ledamot.brief.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
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
    private static final char BOX = '\u25A1';

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
     * Text ready to be set in this face, as near to what was typed as the face allows. Composed (NFC) so that "ễ" is
     * one glyph; control characters, line or paragraph separators and broken surrogate halves as spaces; an invisible
     * format character or mark the face lacks (a byte-order mark, a word joiner, an emoji's variation selector or skin
     * tone) left out; a styled letter as the plain one ("𝐀" as "A", by NFKC); an accented one as its base letter;
     * and any other sign it lacks (an emoji, a flag, a Chinese name) as one box "□" per sign as a reader sees it, so
     * that nothing pasted vanishes from the paper nor prints as "?" (walk29).
     */
    public String printable(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        BreakIterator signs = null;
        for (int i = 0; i < composed.length(); ) {
            int c = composed.codePointAt(i);
            int next = i + Character.charCount(c);
            String shown = shown(c);
            if (shown == null) {
                if (signs == null) {
                    signs = BreakIterator.getCharacterInstance(Locale.ROOT);
                    signs.setText(composed);
                }
                out.append(canShow(BOX) ? BOX : '?');
                next = Math.max(next, signs.following(i));
            } else {
                out.append(shown);
            }
            i = next;
        }
        return out.toString();
    }

    /** One code point as the face shows it, "" if it is better left out, null if only a box can stand for it. */
    private String shown(int c) {
        int type = Character.getType(c);
        if (Character.isISOControl(c) || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) {
            return " ";
        }
        if (showable(c)) {
            return Character.toString(c);
        }
        if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || Character.isEmojiModifier(c)) {
            return "";
        }
        String alone = Character.toString(c);
        String compatible = Normalizer.normalize(alone, Normalizer.Form.NFKC);
        if (!compatible.equals(alone) && compatible.codePoints().allMatch(this::showable)) {
            return compatible;
        }
        int base = Normalizer.normalize(alone, Normalizer.Form.NFD).codePointAt(0);
        return base != c && showable(base) ? Character.toString(base) : null;
    }

    /** Metrics cover the Basic Multilingual Plane only; the Liberation faces have nothing beyond it. */
    private boolean showable(int c) {
        return Character.isBmpCodePoint(c) && canShow((char) c);
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
