package se.ledamot.brief.layout;

import java.util.List;

/** One piece of a document's vertical flow. */
public sealed interface Block {

    /**
     * Running text: wrapped to the column, justified or aligned, never leaving a single line of it alone at the foot
     * or head of a page. A heading is a paragraph with a heading role, kept with what follows. A note, if any, is
     * set in the left margin beside the first line.
     */
    record Paragraph(List<Span> spans, Align align, float spaceBefore, float spaceAfter, float indent,
            boolean keepWithNext, Anchor anchor, Tag tag, Span note) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }

        /** A paragraph with no note in the margin. */
        public Paragraph(List<Span> spans, Align align, float spaceBefore, float spaceAfter, float indent,
                boolean keepWithNext, Anchor anchor, Tag tag) {
            this(spans, align, spaceBefore, spaceAfter, indent, keepWithNext, anchor, tag, null);
        }

        public Paragraph anchor(Anchor a) {
            return new Paragraph(spans, align, spaceBefore, spaceAfter, indent, keepWithNext, a, tag, note);
        }

        public Paragraph keptWithNext() {
            return new Paragraph(spans, align, spaceBefore, spaceAfter, indent, true, anchor, tag, note);
        }

        public Paragraph spacing(float before, float after) {
            return new Paragraph(spans, align, before, after, indent, keepWithNext, anchor, tag, note);
        }

        public Paragraph align(Align a) {
            return new Paragraph(spans, a, spaceBefore, spaceAfter, indent, keepWithNext, anchor, tag, note);
        }

        public Paragraph indent(float i) {
            return new Paragraph(spans, align, spaceBefore, spaceAfter, i, keepWithNext, anchor, tag, note);
        }

        /**
         * The paragraph with a short note in the left margin, level with its first line and set flush against the
         * column: a paragraph's speaking time beside an answer read aloud.
         */
        public Paragraph note(Span n) {
            return new Paragraph(spans, align, spaceBefore, spaceAfter, indent, keepWithNext, anchor, tag, n);
        }

        Style style() {
            return spans.isEmpty() ? null : spans.getFirst().style();
        }
    }

    /** A list with its labels (numbers, "att", dashes) hanging in the margin of its items. */
    record ListBlock(List<Item> items, float labelWidth, float spaceBefore, float spaceAfter, Tag tag, Align align,
            float indent) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }

        /** A list set from the left edge of the measure. */
        public ListBlock(List<Item> items, float labelWidth, float spaceBefore, float spaceAfter, Tag tag,
                Align align) {
            this(items, labelWidth, spaceBefore, spaceAfter, tag, align, 0);
        }

        /** A justified list. */
        public ListBlock(List<Item> items, float labelWidth, float spaceBefore, float spaceAfter, Tag tag) {
            this(items, labelWidth, spaceBefore, spaceAfter, tag, Align.JUSTIFY);
        }

        /** The list set {@code by} points in from the left edge of the measure, its labels too. */
        public ListBlock indent(float by) {
            return new ListBlock(items, labelWidth, spaceBefore, spaceAfter, tag, align, by);
        }

        /** One item: its label and its text. */
        public record Item(Span label, List<Span> body) {
            public Item {
                body = List.copyOf(body);
            }
        }
    }

    /**
     * A small table: column widths as fractions of the measure, rows of cells wrapped within their column. A row is
     * never split across pages; the first row can be a header, kept with the next.
     */
    record Table(float[] columns, List<List<Span>> rows, boolean header, float spaceBefore, float spaceAfter,
            Tag tag, float indent) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** A table across the whole measure. */
        public Table(float[] columns, List<List<Span>> rows, boolean header, float spaceBefore, float spaceAfter,
                Tag tag) {
            this(columns, rows, header, spaceBefore, spaceAfter, tag, 0);
        }

        /** The table set {@code by} points in from the left edge; its columns share what is left of the measure. */
        public Table indent(float by) {
            return new Table(columns, rows, header, spaceBefore, spaceAfter, tag, by);
        }
    }

    /**
     * A picture of a given size in points (a PNG or JPEG file's bytes), set at the left of the measure, or scaled down
     * to the page when larger: a council's logo, or a page of an attached PDF. It is a figure of the structure tree
     * with its alternative text. Text runs, if any, are laid invisibly over it where the picture shows them, so that
     * the page's words can be searched, selected and read aloud (as a scanned page with a text layer is).
     */
    record Image(byte[] data, float width, float height, float spaceBefore, float spaceAfter, Tag tag,
            List<TextRun> text, boolean frame, float indent) implements Block {
        public Image {
            text = List.copyOf(text);
        }

        /** A picture at the left edge of the measure. */
        public Image(byte[] data, float width, float height, float spaceBefore, float spaceAfter, Tag tag,
                List<TextRun> text, boolean frame) {
            this(data, width, height, spaceBefore, spaceAfter, tag, text, frame, 0);
        }

        /** A line of a picture's text layer: where it is, in points from the picture's top left corner. */
        public record TextRun(String text, float x, float top, float width, float size) {
        }
    }

    /** A table of contents: one line per anchor, with dot leaders to the anchor's page number. */
    record Contents(List<Entry> entries, Style style, Style noteStyle, float spaceAfter, Tag tag) implements Block {
        public Contents {
            entries = List.copyOf(entries);
        }

        /** A line of the list and its page number; under it, a note of its own or none (null). */
        public record Entry(String anchorId, String text, String note) {
            public Entry(String anchorId, String text) {
                this(anchorId, text, null);
            }
        }
    }

    /** Fixed vertical space, kept even at the top of a page (for a cover). */
    record Spacer(float height) implements Block {
    }

    /** A thin horizontal line across the measure. */
    record Rule(float spaceBefore, float spaceAfter, Rgb color) implements Block {
    }

    /**
     * Blocks kept together: on one page when they fit on one (moving to the next page whole rather than splitting),
     * and, when they are longer than a page, starting a page of their own and breaking inside by the usual rules; but
     * never leaving more than a third of a page empty to do so (they run on below and break by the usual rules). An
     * agenda item is one: a short one runs on after the one before, a long one starts where a reader looks for it.
     */
    record Together(List<Block> blocks) implements Block {
        public Together {
            blocks = List.copyOf(blocks);
        }
    }

    /** What follows starts on a new page. */
    record PageBreak() implements Block {
    }
}
