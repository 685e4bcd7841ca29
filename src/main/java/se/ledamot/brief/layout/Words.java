package se.ledamot.brief.layout;

import java.util.ArrayList;
import java.util.List;
import se.ledamot.brief.layout.LineBreaker.Word;

/**
 * Cuts a paragraph's spans into the units the line breaker places: words at spaces (not at those {@link Ties} binds,
 * which stay inside the word), and the parts of a word where it may break — at its own hyphen ("e-|post") and, where
 * its style allows or the word is wider than the measure, where Swedish hyphenation does. A part still wider than the whole measure (a long address) is cut into pieces that fit.
 */
final class Words {
    private Words() {
    }

    static List<Word> of(List<Span> spans, float measure) {
        List<Word> out = new ArrayList<>();
        List<Span> pieces = new ArrayList<>();
        Style lastStyle = null;
        List<String> texts = new ArrayList<>(spans.size());
        for (Span span : spans) {
            // A soft hyphen typed into the text would print as a hyphen mid-line; the breaker finds its own.
            texts.add(span.style().face().printable(span.text().replace("\u00AD", "")));
        }
        boolean[] tied = Ties.in(String.join("", texts));
        int offset = 0;
        for (int s = 0; s < spans.size(); s++) {
            String text = texts.get(s);
            Style st = spans.get(s).style();
            int start = 0;
            for (int k = 0; k <= text.length(); k++) {
                boolean end = k == text.length();
                if (end || text.charAt(k) == ' ' && !tied[offset + k]) {
                    if (k > start) {
                        pieces.add(new Span(text.substring(start, k), st));
                        lastStyle = st;
                    }
                    if (!end && !pieces.isEmpty()) {
                        word(out, pieces, st.width(" "), measure);
                        pieces = new ArrayList<>();
                    }
                    start = k + 1;
                }
            }
            offset += text.length();
        }
        if (!pieces.isEmpty()) {
            word(out, pieces, lastStyle.width(" "), measure);
        }
        return out;
    }

    /** One word: its parts between the places it may break, the last part followed by the space. */
    private static void word(List<Word> out, List<Span> pieces, float gap, float measure) {
        StringBuilder all = new StringBuilder();
        pieces.forEach(p -> all.append(p.text()));
        String text = all.toString();
        // A word wider than the measure breaks at a syllable with a hyphen even where the style sets none (a long
        // compound in a heading), rather than being cut wherever the measure runs out.
        boolean tooWide = width(pieces) > measure;
        int space = text.indexOf(' ');
        if (space >= 0 && tooWide) {
            // Words tied together (a name and its party, a date) wider than the line break at their spaces after all.
            word(out, slice(pieces, 0, space), slice(pieces, space, space + 1).getFirst().style().width(" "), measure);
            word(out, slice(pieces, space + 1, text.length()), gap, measure);
            return;
        }
        // Tied words stay whole: no hyphen inside a name or a date.
        boolean whole = space >= 0;
        boolean hyphenate = !whole && (pieces.getFirst().style().hyphenate() || tooWide);
        byte[] breaks = hyphenate ? Hyphenator.swedish().breaks(text).clone() : new byte[text.length()];
        boolean[] explicit = new boolean[text.length()];
        for (int i = 1; i < text.length() - 1 && !whole; i++) {
            if (text.charAt(i) == '-' && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1))) {
                explicit[i + 1] = true;
                breaks[i + 1] = Hyphenator.NONE;
            }
        }
        int from = 0;
        for (int i = 1; i <= text.length(); i++) {
            boolean end = i == text.length();
            if (end || breaks[i] != Hyphenator.NONE || explicit[i]) {
                List<Span> part = slice(pieces, from, i);
                float width = width(part);
                if (end) {
                    fit(out, new Word(part, width, gap), measure);
                } else {
                    fit(out, new Word(part, width, 0, breaks[i] != Hyphenator.NONE,
                            breaks[i] == Hyphenator.PREFERRED || explicit[i]), measure);
                }
                from = i;
            }
        }
    }

    /** The spans covering characters [from, to) of the word the pieces make. */
    private static List<Span> slice(List<Span> pieces, int from, int to) {
        List<Span> out = new ArrayList<>(2);
        int at = 0;
        for (Span p : pieces) {
            int len = p.text().length();
            int a = Math.max(from, at);
            int b = Math.min(to, at + len);
            if (a < b) {
                out.add(a == at && b == at + len ? p : new Span(p.text().substring(a - at, b - at), p.style()));
            }
            at += len;
        }
        return out;
    }

    private static float width(List<Span> part) {
        float w = 0;
        for (Span s : part) {
            w += s.style().width(s.text());
        }
        return w;
    }

    /** A part wider than the measure is cut into pieces that fit, joined without a space or a hyphen. */
    private static void fit(List<Word> out, Word w, float measure) {
        if (w.width() <= measure) {
            out.add(w);
            return;
        }
        List<Span> chunk = new ArrayList<>();
        float chunkWidth = 0;
        for (Span piece : w.pieces()) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < piece.text().length(); k++) {
                String c = piece.text().substring(k, k + 1);
                float cw = piece.style().width(c);
                if (chunkWidth + cw > measure && chunkWidth > 0) {
                    if (!sb.isEmpty()) {
                        chunk.add(new Span(sb.toString(), piece.style()));
                        sb.setLength(0);
                    }
                    out.add(new Word(List.copyOf(chunk), chunkWidth, 0));
                    chunk.clear();
                    chunkWidth = 0;
                }
                sb.append(c);
                chunkWidth += cw;
            }
            if (!sb.isEmpty()) {
                chunk.add(new Span(sb.toString(), piece.style()));
            }
        }
        out.add(new Word(List.copyOf(chunk), chunkWidth, w.gap(), w.hyphen(), w.preferred()));
    }
}
