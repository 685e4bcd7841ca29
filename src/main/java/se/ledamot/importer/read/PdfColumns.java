package se.ledamot.importer.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * A page set in two columns, found from where its glyphs stand: an empty vertical band (the gutter) near the middle
 * that most of the page's lines stop short of, with text on both sides. Lines that cross the gutter (a title set across
 * the full width) stay before the columns when above them and after when below; the columns are read left then right.
 * Any page that is not clearly so (a crossing line between column lines, too few lines, a narrow or half-empty column,
 * such as a table of labels and values) is left as it is.
 */
final class PdfColumns {
    /** Most of the page's lines stand beside the gutter, not across it. */
    private static final double MIN_COLUMN_LINE_SHARE = 0.6;
    private static final int MIN_COLUMN_LINES = 4;
    /** The narrower column is at least this share of the wider one. */
    private static final double MIN_WIDTH_RATIO = 0.6;

    private PdfColumns() {
    }

    /**
     * The page's glyphs in reading order as separate runs (text above the columns, the left column, the right one,
     * text below), or null when the page is not two columns.
     */
    static List<List<TextPosition>> split(List<TextPosition> glyphs) {
        List<List<TextPosition>> lines = lines(glyphs);
        if (lines.size() < MIN_COLUMN_LINES || glyphs.isEmpty()) {
            return null;
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float widths = 0;
        for (TextPosition g : glyphs) {
            left = Math.min(left, g.getXDirAdj());
            right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
            widths += g.getWidthDirAdj();
        }
        float glyphWidth = widths / glyphs.size();
        // A word space is about half a glyph; a gutter is wider than two glyphs.
        float minGutter = Math.max(6f, 2 * glyphWidth);
        if (right - left < 8 * minGutter) {
            return null;
        }
        float[] gutter = gutter(lines, left + (right - left) / 4, right - (right - left) / 4, minGutter);
        if (gutter == null) {
            return null;
        }
        return columns(lines, gutter, left, right, minGutter);
    }

    /**
     * The gap all lines split near the middle have in common: each such line's widest gap whose middle lies between
     * from and to, intersected. Null when fewer than a few lines are split so or their gaps do not line up.
     */
    private static float[] gutter(List<List<TextPosition>> lines, float from, float to, float minGutter) {
        float start = -Float.MAX_VALUE;
        float end = Float.MAX_VALUE;
        int split = 0;
        for (List<TextPosition> line : lines) {
            List<float[]> spans = spans(line, minGutter);
            float[] widest = null;
            for (int i = 1; i < spans.size(); i++) {
                float gapStart = spans.get(i - 1)[1];
                float gapEnd = spans.get(i)[0];
                float middle = (gapStart + gapEnd) / 2;
                if (middle > from && middle < to && (widest == null || gapEnd - gapStart > widest[1] - widest[0])) {
                    widest = new float[] {gapStart, gapEnd};
                }
            }
            if (widest != null) {
                split++;
                start = Math.max(start, widest[0]);
                end = Math.min(end, widest[1]);
            }
        }
        return split < MIN_COLUMN_LINES || end - start < minGutter ? null : new float[] {start, end};
    }

    private static List<List<TextPosition>> columns(List<List<TextPosition>> lines, float[] gutter, float left,
            float right, float minGutter) {
        List<TextPosition> above = new ArrayList<>();
        List<TextPosition> leftColumn = new ArrayList<>();
        List<TextPosition> rightColumn = new ArrayList<>();
        List<TextPosition> below = new ArrayList<>();
        float middle = (gutter[0] + gutter[1]) / 2;
        int columnLines = 0;
        int bothSides = 0;
        float leftFill = 0;
        float rightFill = 0;
        for (List<TextPosition> line : lines) {
            boolean crosses = spans(line, minGutter).stream().anyMatch(s -> s[0] < gutter[1] && s[1] > gutter[0]);
            if (crosses) {
                if (columnLines > 0) {
                    below.addAll(line);
                } else {
                    above.addAll(line);
                }
                continue;
            }
            if (!below.isEmpty()) {
                return null; // a full-width line between column lines: not a plain two-column page
            }
            columnLines++;
            boolean onLeft = false;
            boolean onRight = false;
            for (TextPosition g : line) {
                if (g.getXDirAdj() + g.getWidthDirAdj() / 2 < middle) {
                    leftColumn.add(g);
                    onLeft = true;
                } else {
                    rightColumn.add(g);
                    onRight = true;
                }
            }
            bothSides += onLeft && onRight ? 1 : 0;
            leftFill += onLeft ? extent(line, middle, true) : 0;
            rightFill += onRight ? extent(line, middle, false) : 0;
        }
        if (columnLines < Math.max(MIN_COLUMN_LINES, MIN_COLUMN_LINE_SHARE * lines.size())
                || bothSides < columnLines / 2) {
            return null;
        }
        // Two columns of about the same width, mostly filled with running text, unlike a table of short labels
        // beside long values.
        float leftWidth = gutter[0] - left;
        float rightWidth = right - gutter[1];
        if (Math.min(leftWidth, rightWidth) < MIN_WIDTH_RATIO * Math.max(leftWidth, rightWidth)
                || leftFill / columnLines < leftWidth / 2 || rightFill / columnLines < rightWidth / 2) {
            return null;
        }
        return List.of(above, leftColumn, rightColumn, below);
    }

    /** How wide the line's text is on one side of the gutter's middle. */
    private static float extent(List<TextPosition> line, float middle, boolean leftSide) {
        float from = Float.MAX_VALUE;
        float to = -Float.MAX_VALUE;
        for (TextPosition g : line) {
            float end = g.getXDirAdj() + g.getWidthDirAdj();
            if ((g.getXDirAdj() + g.getWidthDirAdj() / 2 < middle) == leftSide) {
                from = Math.min(from, g.getXDirAdj());
                to = Math.max(to, end);
            }
        }
        return to > from ? to - from : 0;
    }

    /** The stretches of a line's text, word spaces closed, gaps of a gutter's width kept open. */
    private static List<float[]> spans(List<TextPosition> line, float minGutter) {
        List<float[]> spans = new ArrayList<>();
        float[] open = null;
        for (TextPosition g : line) {
            if (blank(g)) {
                continue;
            }
            float start = g.getXDirAdj();
            float end = start + g.getWidthDirAdj();
            if (open != null && start - open[1] < minGutter) {
                open[1] = Math.max(open[1], end);
            } else {
                open = new float[] {start, end};
                spans.add(open);
            }
        }
        return spans;
    }

    private static boolean blank(TextPosition g) {
        return g.getUnicode() == null || g.getUnicode().isBlank();
    }

    /** The glyphs grouped into lines by baseline, top to bottom, each line left to right. */
    private static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        List<TextPosition> line = null;
        float y = 0;
        for (TextPosition g : sorted) {
            if (line == null || g.getYDirAdj() - y > Math.max(1f, g.getHeightDir() / 2)) {
                line = new ArrayList<>();
                lines.add(line);
                y = g.getYDirAdj();
            }
            line.add(g);
        }
        for (List<TextPosition> l : lines) {
            l.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        }
        return lines;
    }
}
