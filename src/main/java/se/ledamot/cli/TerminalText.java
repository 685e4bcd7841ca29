package se.ledamot.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Output that a terminal cannot be made to act on: control characters in what is printed (a title stored with ESC
 * or BEL before they were refused, a file name with a bell in it) are shown as visible signs — ␛, ␇, ␀ — instead of
 * being sent to the terminal. Line breaks and tabs pass.
 */
final class TerminalText extends FilterWriter {
    private TerminalText(Writer out) {
        super(out);
    }

    /** A writer that prints to {@code out} with control characters made visible. */
    static PrintWriter safe(PrintWriter out) {
        return new Safe(out);
    }

    /**
     * The writer behind a {@linkplain #safe safe} one (or the writer itself), for text that is safe already: JSON
     * written with {@link #JSON_SIGNS}. At 100 000 matters, looking at every character of {@code list --json} again
     * was a tenth of its CPU.
     */
    static PrintWriter behind(PrintWriter out) {
        return out instanceof Safe s ? s.behind : out;
    }

    /**
     * For a JSON generator: the characters a JSON string leaves as they are but a terminal must not get (DEL and the
     * C1 controls) are written as {@link #visible} shows them; the others JSON escapes itself ({@code \n},
     * {@code \u001B}). Its output is what this filter would have printed of the generator's usual output.
     */
    static final CharacterEscapes JSON_SIGNS = new CharacterEscapes() {
        private final int[] ascii = ascii();

        private static int[] ascii() {
            int[] codes = standardAsciiEscapesForJSON();
            codes[0x7F] = ESCAPE_CUSTOM;
            return codes;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch <= 0xFFFF && isHidden((char) ch) ? new SerializedString(sign((char) ch)) : null;
        }
    };

    /** The safe writer, which knows the writer behind it. */
    private static final class Safe extends PrintWriter {
        private final PrintWriter behind;

        Safe(PrintWriter behind) {
            super(new TerminalText(behind), true);
            this.behind = behind;
        }
    }

    /** The text with every control character but line breaks and tabs made visible. */
    static String visible(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHidden(c)) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                b.append(sign(c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    /**
     * A control character (Unicode's Cc: U+0000–U+001F and U+007F–U+009F) other than a line break or tab. Compared
     * by range: {@link Character#getType} for each of the 65 million characters of {@code list --json} at 100 000
     * matters was a measurable part of its time.
     */
    private static boolean isHidden(char c) {
        return c < 0x20 ? c != '\n' && c != '\r' && c != '\t' : c >= 0x7F && c <= 0x9F;
    }

    /** The Unicode control picture for C0 and DEL (␛ for ESC), "<U+009B>" for the C1 controls. */
    private static String sign(char c) {
        if (c < 0x20) {
            return String.valueOf((char) (0x2400 + c));
        }
        return c == 0x7F ? "\u2421" : String.format("<U+%04X>", (int) c);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(visible(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            if (isHidden(buf[i])) {
                out.write(visible(new String(buf, off, len)));
                return;
            }
        }
        out.write(buf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        out.write(visible(str.substring(off, off + len)));
    }
}
