package se.ledamot.brief.layout;

import java.util.Arrays;
import java.util.List;

/**
 * Breaks a paragraph into lines by total fit, as Knuth and Plass do it: every way of breaking is weighed at once and
 * the one with the least demerits wins, so one bad line does not push the trouble onward. Words may break where
 * Swedish hyphenation allows ({@link Hyphenator}), at a price: a hyphen costs, two in a row cost more, and a break at
 * a compound joint costs less than one inside a part. Lines are sorted into four fitness classes (tight, decent,
 * loose, very loose) and a loose line beside a tight one costs extra, so the grey of the page stays even.
 *
 * <p>A justified paragraph never gets a word space wider than {@link #MAX_GAP_EM} of its type size: if the best way
 * of breaking it still needs one (a narrow column, a long name, a URL), the whole paragraph is set ragged right
 * instead, which reads better than one line of holes.
 */
public final class LineBreaker {
    /** The widest word space a justified line may have, in ems of its type (the natural space is 0.25 em). */
    public static final float MAX_GAP_EM = 0.5f;
    private static final float STRETCH = 0.5f;
    private static final float SHRINK = 0.33f;
    private static final double OVERFULL = 1e12;
    private static final double LINE_PENALTY = 10;
    private static final double HYPHEN = 200;
    private static final double COMPOUND_HYPHEN = 120;
    private static final double DOUBLE_HYPHEN = 4 * HYPHEN * HYPHEN;
    private static final double ADJACENT_FITNESS = 5_000;
    /** In ragged text, a hyphen costs as much as this many ems of ragged edge, squared. */
    private static final double RAGGED_HYPHEN_EMS = 4;
    private static final int CLASSES = 4;
    /** A third hyphen in a row is as bad as an overfull line: never, unless nothing else fits. */
    private static final double TRIPLE_HYPHEN = 1e10;
    /** States per break: fitness class times whether the line ending there began after a hyphen. */
    private static final int STATES = CLASSES * 2;

    private LineBreaker() {
    }

    /**
     * A word, or a part of one, possibly in several styles; {@code gap} is the space after it (zero between the
     * parts of a word), {@code hyphen} says that a break after it needs a hyphen (a break inside a word).
     */
    public record Word(List<Span> pieces, float width, float gap, boolean hyphen, boolean preferred) {
        Word(List<Span> pieces, float width, float gap) {
            this(pieces, width, gap, false, false);
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            pieces.forEach(p -> sb.append(p.text()));
            return sb.toString();
        }
    }

    /**
     * A set line: its words, how much each of its word spaces is widened (negative: narrowed), and whether it ends
     * with a hyphen; {@code naturalWidth} includes that hyphen.
     */
    public record Line(List<Word> words, float naturalWidth, float extraPerGap, float leading, boolean hyphenated) {
        /** Width of the line as set. */
        public float width() {
            return naturalWidth + extraPerGap * spaces();
        }

        /** The number of word spaces in the line, the places where justification widens it. */
        public int spaces() {
            int n = 0;
            for (int k = 0; k < words.size() - 1; k++) {
                n += words.get(k).gap() > 0 ? 1 : 0;
            }
            return n;
        }

        /** The widest word space as set, in points. */
        public float widestGap() {
            float widest = 0;
            for (int k = 0; k < words.size() - 1; k++) {
                if (words.get(k).gap() > 0) {
                    widest = Math.max(widest, words.get(k).gap() + extraPerGap);
                }
            }
            return widest;
        }

        /** The line's text as a reader sees it, with a hyphen where a word was broken. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < words.size(); k++) {
                sb.append(words.get(k).text());
                if (k < words.size() - 1 && words.get(k).gap() > 0) {
                    sb.append(' ');
                }
            }
            return hyphenated ? sb.append('-').toString() : sb.toString();
        }
    }

    public static List<Line> lines(List<Span> spans, float measure, Align align) {
        List<Word> words = Words.of(spans, measure);
        if (words.isEmpty()) {
            return List.of();
        }
        float leading = 0;
        float size = 0;
        for (Span s : spans) {
            leading = Math.max(leading, s.style().leading());
            size = Math.max(size, s.style().size());
        }
        if (align == Align.JUSTIFY) {
            List<Line> justified = breakLines(words, measure, true, leading, size);
            if (withinMaxGap(justified, size)) {
                return justified;
            }
        }
        return breakLines(words, measure, false, leading, size);
    }

    private static boolean withinMaxGap(List<Line> lines, float size) {
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).widestGap() > MAX_GAP_EM * size + 0.01f) {
                return false;
            }
        }
        return true;
    }

    /** The width of the hyphen a broken word ends with: that of its last piece's style. */
    static float hyphenWidth(Word w) {
        return w.pieces().getLast().style().width("-");
    }

    private static List<Line> breakLines(List<Word> words, float measure, boolean justify, float leading,
            float size) {
        int n = words.size();
        double[][] best = new double[n + 1][STATES];
        int[][] from = new int[n + 1][STATES];
        for (double[] row : best) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        best[0][state(1, false)] = 0;
        double raggedHyphen = square(RAGGED_HYPHEN_EMS * size);
        for (int i = 0; i < n; i++) {
            boolean active = false;
            for (double b : best[i]) {
                active |= b != Double.POSITIVE_INFINITY;
            }
            if (!active) {
                continue;
            }
            boolean afterHyphen = i > 0 && words.get(i - 1).hyphen();
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
                float usable = justify ? shrink : 0;
                if (natural - usable > measure && j > i + 1) {
                    break;
                }
                boolean last = j == n;
                boolean hyphen = !last && w.hyphen();
                float width = natural + (hyphen ? hyphenWidth(w) : 0);
                if (width - usable > measure && j > i + 1) {
                    continue;
                }
                // What the line itself costs, the same from every state it may follow.
                double r = justify ? ratio(width, stretch, shrink, measure) : 0;
                double own;
                if (justify) {
                    own = (last && r >= 0 ? square(LINE_PENALTY) : badnessDemerits(r))
                            + (hyphen ? square(w.preferred() ? COMPOUND_HYPHEN : HYPHEN) : 0);
                } else {
                    double slack = Math.max(0, measure - width);
                    own = (last ? 0 : slack * slack) + (hyphen ? w.preferred() ? raggedHyphen / 2 : raggedHyphen : 0);
                }
                for (int si = 0; si < STATES; si++) {
                    if (best[i][si] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    int fi = si / 2;
                    int fj = !justify ? 0 : last ? fi : fitness(r);
                    double cost = own;
                    if (justify && Math.abs(fj - fi) > 1 && i > 0) {
                        cost += ADJACENT_FITNESS;
                    }
                    if (hyphen && afterHyphen) {
                        cost += si % 2 == 1 ? TRIPLE_HYPHEN : DOUBLE_HYPHEN;
                    }
                    double total = best[i][si] + cost;
                    int sj = state(fj, afterHyphen);
                    if (total < best[j][sj]) {
                        best[j][sj] = total;
                        from[j][sj] = i * STATES + si;
                    }
                }
            }
        }
        int fit = 0;
        for (int f = 1; f < STATES; f++) {
            if (best[n][f] < best[n][fit]) {
                fit = f;
            }
        }
        Line[] out = new Line[n];
        int count = 0;
        for (int j = n, f = fit; j > 0;) {
            int back = from[j][f];
            int i = back / STATES;
            out[count++] = set(words.subList(i, j), measure, j == n, justify, leading);
            j = i;
            f = back % STATES;
        }
        List<Line> lines = Arrays.asList(Arrays.copyOf(out, count));
        return lines.reversed();
    }

    private static int state(int fitness, boolean afterHyphen) {
        return fitness * 2 + (afterHyphen ? 1 : 0);
    }

    /** How far a line is stretched (positive) or shrunk (negative) against what its spaces allow. */
    private static double ratio(float width, float stretch, float shrink, float measure) {
        if (width > measure) {
            return shrink <= 0 ? -OVERFULL : -(width - measure) / shrink;
        }
        return stretch <= 0 ? 10 : (measure - width) / stretch;
    }

    private static double badnessDemerits(double r) {
        if (r < -1) {
            return OVERFULL;
        }
        double b = Math.min(10_000, 100 * Math.abs(r * r * r));
        return square(LINE_PENALTY + b);
    }

    /** Knuth's classes: 0 tight, 1 decent, 2 loose, 3 very loose. */
    private static int fitness(double r) {
        return r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
    }

    private static double square(double x) {
        return x * x;
    }

    private static Line set(List<Word> words, float measure, boolean last, boolean justify, float leading) {
        float natural = 0;
        int spaces = 0;
        for (int k = 0; k < words.size(); k++) {
            float gap = k < words.size() - 1 ? words.get(k).gap() : 0;
            natural += words.get(k).width() + gap;
            spaces += gap > 0 ? 1 : 0;
        }
        boolean hyphen = !last && words.getLast().hyphen();
        if (hyphen) {
            natural += hyphenWidth(words.getLast());
        }
        float extra = 0;
        if (spaces > 0 && (justify && !last || natural > measure)) {
            extra = (measure - natural) / spaces;
        }
        return new Line(List.copyOf(words), natural, extra, leading, hyphen);
    }
}
