package se.ledamot.brief.layout;

import java.util.List;

/** One piece of a document's vertical flow. */
public sealed interface Block {

    /**
     * Running text: wrapped to the column, justified or aligned, never leaving a single line of it alone at the foot
     * or head of a page. A heading is a paragraph with a heading role, kept with what follows.
     */
    record Paragraph(List<Span> spans, Align align, float spaceBefore, float spaceAfter, float indent,
            boolean keepWithNext, Anchor anchor, Tag tag) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }

        public Paragraph anchor(Anchor a) {
            return new Paragraph(spans, align, spaceBefore, spaceAfter, indent, keepWithNext, a, tag);
        }

        public Paragraph keptWithNext() {
            return new Paragraph(spans, align, spaceBefore, spaceAfter, indent, true, anchor, tag);
        }

        public Paragraph spacing(float before, float after) {
            return new Paragraph(spans, align, before, after, indent, keepWithNext, anchor, tag);
        }

        public Paragraph align(Align a) {
            return new Paragraph(spans, a, spaceBefore, spaceAfter, indent, keepWithNext, anchor, tag);
        }

        public Paragraph indent(float i) {
            return new Paragraph(spans, align, spaceBefore, spaceAfter, i, keepWithNext, anchor, tag);
        }

        Style style() {
            return spans.isEmpty() ? null : spans.getFirst().style();
        }
    }

    /** A list with its labels (numbers, "att", dashes) hanging in the margin of its items. */
    record ListBlock(List<Item> items, float labelWidth, float spaceBefore, float spaceAfter, Tag tag)
            implements Block {
        public ListBlock {
            items = List.copyOf(items);
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
            Tag tag) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A table of contents: one line per anchor, with dot leaders to the anchor's page number. */
    record Contents(List<Entry> entries, Style style, float spaceAfter, Tag tag) implements Block {
        public Contents {
            entries = List.copyOf(entries);
        }

        public record Entry(String anchorId, String text) {
        }
    }

    /** Fixed vertical space, kept even at the top of a page (for a cover). */
    record Spacer(float height) implements Block {
    }

    /** A thin horizontal line across the measure. */
    record Rule(float spaceBefore, float spaceAfter, Rgb color) implements Block {
    }

    /** What follows starts on a new page. */
    record PageBreak() implements Block {
    }
}
