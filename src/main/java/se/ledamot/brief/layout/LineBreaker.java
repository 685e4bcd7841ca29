package se.ledamot.brief.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Breaks a paragraph into lines by total fit, as Knuth and Plass do it without hyphenation: every way of breaking
 * is weighed at once and the one with the least loose or tight lines wins, so one bad line does not push the
 * trouble onward. Spaces stretch by half and shrink by a third of their width; the last line is set ragged.
 */
final class LineBreaker {
    private static final float STRETCH = 0.5f;
    private static final float SHRINK = 0.33f;
    private static final double OVERFULL = 1e12;

    private LineBreaker() {
    }

    /** A word, possibly in several styles, and the space after it (zero where a long word was cut). */
    record Word(List<Span> pieces, float width, float gap) {
    }

    /** A set line: its words, and how much each of its gaps is widened (negative: narrowed). */
    record Line(List<Word> words, float naturalWidth, float extraPerGap, float leading) {
        /** Width of the line as set. */
        float width() {
            return naturalWidth + extraPerGap * Math.max(0, words.size() - 1);
        }
    }

    static List<Line> lines(List<Span> spans, float measure, Align align) {
        List<Word> words = words(spans, measure);
        if (words.isEmpty()) {
            return List.of();
        }
        float leading = 0;
        for (Span s : spans) {
            leading = Math.max(leading, s.style().leading());
        }
        int n = words.size();
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Double.POSITIVE_INFINITY) {
                continue;
            }
            float natural = 0;
            float stretch = 0;
            float shrink = 0;
            for (int j = i + 1; j <= n; j++) {
                Word w = words.get(j - 1);
                if (j > i + 1) {
                    float gap = words.get(j - 2).gap();
                    natural += gap;
                    stretch += gap * STRETCH;
                    shrink += gap * SHRINK;
                }
                natural += w.width();
                if (natural - shrink > measure && j > i + 1) {
                    break;
                }
                double cost = best[i] + demerits(natural, stretch, shrink, measure, j == n, align);
                if (cost < best[j]) {
                    best[j] = cost;
                    from[j] = i;
                }
            }
        }
        List<Line> out = new ArrayList<>();
        for (int j = n; j > 0; j = from[j]) {
            int i = from[j];
            out.add(set(words.subList(i, j), measure, j == n, align, leading));
        }
        return out.reversed();
    }

    private static double demerits(float natural, float stretch, float shrink, float measure, boolean last,
            Align align) {
        if (natural > measure) {
            if (shrink <= 0 || natural - shrink > measure) {
                return OVERFULL;
            }
            double r = (natural - measure) / shrink;
            return square(10 + 100 * r * r * r);
        }
        if (last) {
            return 0;
        }
        if (align != Align.JUSTIFY) {
            double slack = measure - natural;
            return slack * slack;
        }
        double r = stretch <= 0 ? 10 : (measure - natural) / stretch;
        return square(10 + Math.min(10_000, 100 * r * r * r));
    }

    private static double square(double x) {
        return x * x;
    }

    private static Line set(List<Word> words, float measure, boolean last, Align align, float leading) {
        float natural = 0;
        for (int k = 0; k < words.size(); k++) {
            natural += words.get(k).width() + (k < words.size() - 1 ? words.get(k).gap() : 0);
        }
        float extra = 0;
        int gaps = words.size() - 1;
        if (gaps > 0 && (align == Align.JUSTIFY && !last || natural > measure)) {
            extra = (measure - natural) / gaps;
        }
        return new Line(List.copyOf(words), natural, extra, leading);
    }

    /** Splits spans at spaces into words; text of adjacent spans with no space between stays one word. */
    static List<Word> words(List<Span> spans, float measure) {
        List<Word> out = new ArrayList<>();
        List<Span> pieces = new ArrayList<>();
        float width = 0;
        Style lastStyle = null;
        for (Span span : spans) {
            String text = span.style().face().printable(span.text());
            Style st = span.style();
            int start = 0;
            for (int k = 0; k <= text.length(); k++) {
                boolean end = k == text.length();
                if (end || text.charAt(k) == ' ') {
                    if (k > start) {
                        String part = text.substring(start, k);
                        pieces.add(new Span(part, st));
                        width += st.width(part);
                        lastStyle = st;
                    }
                    if (!end && !pieces.isEmpty()) {
                        addWord(out, pieces, width, st.width(" "), measure);
                        pieces = new ArrayList<>();
                        width = 0;
                    }
                    start = k + 1;
                }
            }
        }
        if (!pieces.isEmpty()) {
            addWord(out, pieces, width, lastStyle.width(" "), measure);
        }
        return out;
    }

    /** A word wider than the measure (a long address) is cut into pieces that fit, joined without a space. */
    private static void addWord(List<Word> out, List<Span> pieces, float width, float gap, float measure) {
        if (width <= measure) {
            out.add(new Word(List.copyOf(pieces), width, gap));
            return;
        }
        List<Span> chunk = new ArrayList<>();
        float chunkWidth = 0;
        for (Span piece : pieces) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < piece.text().length(); k++) {
                String c = piece.text().substring(k, k + 1);
                float w = piece.style().width(c);
                if (chunkWidth + w > measure && (chunkWidth > 0)) {
                    if (!sb.isEmpty()) {
                        chunk.add(new Span(sb.toString(), piece.style()));
                        sb.setLength(0);
                    }
                    out.add(new Word(List.copyOf(chunk), chunkWidth, 0));
                    chunk.clear();
                    chunkWidth = 0;
                }
                sb.append(c);
                chunkWidth += w;
            }
            if (!sb.isEmpty()) {
                chunk.add(new Span(sb.toString(), piece.style()));
            }
        }
        out.add(new Word(List.copyOf(chunk), chunkWidth, gap));
    }
}
