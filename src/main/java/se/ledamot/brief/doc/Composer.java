package se.ledamot.brief.doc;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import se.ledamot.brief.layout.Align;
import se.ledamot.brief.layout.Anchor;
import se.ledamot.brief.layout.Block;
import se.ledamot.brief.layout.Document;
import se.ledamot.brief.layout.Rgb;
import se.ledamot.brief.layout.Span;
import se.ledamot.brief.layout.Style;
import se.ledamot.brief.layout.Tag;
import se.ledamot.l10n.Localization;

/** Builds a brief's blocks in the house style, with their structure tags, one call per element of the page. */
final class Composer {
    private final HouseStyle st;
    private final Tag root = Tag.document();
    private final List<Block> blocks = new ArrayList<>();
    /** Where blocks go now: the document, or a group being kept together. */
    private List<Block> target = blocks;
    /** The groups {@link #together()} opened around the one blocks go into now, innermost last. */
    private final Deque<List<Block>> outer = new ArrayDeque<>();
    private Tag section = root;
    /** How far text blocks are set in from the left of the measure: the papers' hanging column. */
    private float indent;

    Composer(HouseStyle style) {
        this.st = style;
    }

    /** Text blocks from here on start {@code by} points in from the left of the measure; headings with a note too. */
    Composer indent(float by) {
        indent = by;
        return this;
    }

    float indent() {
        return indent;
    }

    /** The structure element blocks go into now, for a block made outside the composer. */
    Tag tag(String role) {
        return section.child(role);
    }

    /** A structure element with an alternative text (a figure). */
    Tag tag(String role, String alt) {
        return section.child(role, alt);
    }

    /** Adds a block as it is, made by the caller (a picture, a table of its own). */
    Composer add(Block block) {
        target.add(block);
        return this;
    }

    HouseStyle style() {
        return st;
    }

    static String t(String key, Object... args) {
        return Localization.get("brief." + key, args);
    }

    /** Starts a section of the structure tree (an agenda item), so its heading and text belong together. */
    Composer section() {
        section = root.child("Sect");
        return this;
    }

    Composer title(String text, Anchor anchor) {
        target.add(new Block.Paragraph(List.of(new Span(text, st.title())), Align.LEFT, 0, st.body().size(), 0, true,
                anchor, section.child("H1")));
        return this;
    }

    /** A small grey line above a title: "Motion · KS 2015/123". */
    Composer kicker(String text) {
        target.add(new Block.Paragraph(List.of(new Span(text, st.label())), Align.LEFT, 0, 2, 0, true, null,
                section.child("P")));
        return this;
    }

    Composer h1(String text, Anchor anchor) {
        target.add(new Block.Paragraph(List.of(new Span(text, st.h1())), Align.LEFT, st.body().size() * 1.2f,
                st.body().size() * 0.5f, 0, true, anchor, section.child("H1")));
        return this;
    }

    /**
     * A heading in the text column with its number in the hanging column beside it: "§ 101", "5". The number is part
     * of the heading for a reader of the structure, and of its bookmark.
     */
    Composer numbered(String number, String text, Anchor anchor) {
        target.add(new Block.Paragraph(List.of(new Span(text, st.h1())), Align.LEFT, st.body().size() * 1.2f,
                st.body().size() * 0.3f, indent, true, anchor, section.child("H1")).note(new Span(number, st.h1())));
        return this;
    }

    /** Label–value rows whose labels fill the hanging column, so the values line up with the text column. */
    Composer facts(float labelWidth, List<String[]> rows) {
        List<List<Span>> table = new ArrayList<>();
        for (String[] row : rows) {
            if (row[1] != null && !row[1].isBlank()) {
                table.add(List.of(new Span(row[0], st.label()), new Span(row[1], st.body())));
            }
        }
        if (!table.isEmpty()) {
            // The value's cell pads its text: the column starts that much before the text column.
            float measure = st.page().measure();
            float label = (labelWidth - CELL_PAD) / measure;
            target.add(new Block.Table(new float[] {label, 1 - label}, table, false, 0, st.body().size() * 0.6f,
                    section.child("Table")));
        }
        return this;
    }

    /**
     * Two label–value pairs a row, the first label in the hanging column: dates that belong together, such as the
     * day a notice goes up and the day it comes down.
     */
    Composer factPairs(float labelWidth, List<String[]> rows) {
        List<List<Span>> table = new ArrayList<>();
        for (String[] row : rows) {
            table.add(List.of(new Span(row[0], st.label()), new Span(row[1], st.body()), new Span(row[2], st.label()),
                    new Span(row[3], st.body())));
        }
        float measure = st.page().measure();
        float label = (labelWidth - CELL_PAD) / measure;
        // The second pair as wide as its widest label and value, so a day written out ("30 november 2026") stays on
        // one line, and the first value (the body's name) has the rest.
        float rightLabel = 0;
        float rightValue = 0;
        for (String[] row : rows) {
            rightLabel = Math.max(rightLabel, st.label().width(row[2]));
            rightValue = Math.max(rightValue, st.body().width(row[3]));
        }
        float second = (rightLabel + 2 * CELL_PAD + 1) / measure;
        float secondValue = (rightValue + 2 * CELL_PAD + 1) / measure;
        target.add(new Block.Table(new float[] {label, 1 - label - second - secondValue, second, secondValue}, table,
                false, 0, st.body().size() * 0.3f, section.child("Table")));
        return this;
    }

    /**
     * Lines to sign on: rows of a label in the hanging column and two columns in the text column, a signature line
     * (drawn with room above it for the hand) or the name beneath it.
     */
    Composer signatures(float labelWidth, List<List<String>> rows) {
        List<List<Span>> table = new ArrayList<>();
        boolean line = true;
        for (List<String> row : rows) {
            List<Span> cells = new ArrayList<>();
            cells.add(new Span(line ? row.getFirst() : " ", st.label()));
            for (String cell : row.subList(1, row.size())) {
                // No name known: "Namnförtydligande" in the label's style, for the name to be written by hand.
                cells.add(new Span(cell, line ? st.body().color(Rgb.GREY)
                        : cell.equals(PaperWords.p("minutes.nameInPrint")) ? st.label() : st.body()));
            }
            table.add(cells);
            line = !line;
        }
        float measure = st.page().measure();
        float label = (labelWidth - CELL_PAD) / measure;
        float half = (1 - label) / 2;
        target.add(new Block.Table(new float[] {label, half, half}, table, false, st.body().size() * 0.6f,
                st.body().size() * 0.6f, section.child("Table")));
        return this;
    }

    /** Padding on each side of a table cell's text (the typesetter's). */
    private static final float CELL_PAD = 3;

    /** A table with a header row across the whole measure, whatever the indent; its words are not hyphenated. */
    Composer wideTable(float[] columns, List<String> header, List<List<String>> rows) {
        return wideTable(columns, header, rows, st.body());
    }

    /**
     * As {@link #wideTable(float[], List, List)}, its lines set close: a list of names that should fill no more than
     * a page, such as a council's 31 ledamöter in a närvarolista.
     */
    Composer closeTable(float[] columns, List<String> header, List<List<String>> rows) {
        return wideTable(columns, header, rows, st.body().leading(st.body().size() * 1.1f));
    }

    private Composer wideTable(float[] columns, List<String> header, List<List<String>> rows, Style cells) {
        List<List<Span>> table = new ArrayList<>();
        table.add(header.stream().map(h -> new Span(h, st.label())).toList());
        Style whole = cells.hyphenate(false);
        for (List<String> row : rows) {
            table.add(row.stream().map(c -> new Span(c, whole)).toList());
        }
        target.add(new Block.Table(columns, table, true, st.body().size() * 0.3f, st.body().size() * 0.6f,
                section.child("Table")));
        return this;
    }

    Composer h2(String text) {
        return h2(text, null);
    }

    /** A second-level heading with a bookmark, or none when the anchor is null. */
    Composer h2(String text, Anchor anchor) {
        target.add(new Block.Paragraph(List.of(new Span(text, st.h2())), Align.LEFT, st.body().size() * 1.1f,
                st.body().size() * 0.35f, indent, true, anchor, section.child("H2")));
        return this;
    }

    /**
     * A heading that looks like a second-level one but heads a part of its own in the structure (H1): the signatures
     * and the anslagsbevis on a protokoll's first page, before any first-level heading.
     */
    Composer part(String text) {
        target.add(new Block.Paragraph(List.of(new Span(text, st.h2())), Align.LEFT, st.body().size() * 1.1f,
                st.body().size() * 0.35f, indent, true, null, root.child("Sect").child("H1")));
        return this;
    }

    /** Running text in the author's paragraphs (see {@link Paragraphs}); a paragraph's own line breaks are kept. */
    Composer text(String text, Align align) {
        for (Paragraphs.Paragraph para : Paragraphs.of(text)) {
            noted(para, align, null);
        }
        return this;
    }

    /** Running text that leads into what follows (a proposal's first line before its att-satser), kept with it. */
    Composer leading(String text, Align align) {
        int from = target.size();
        text(text, align);
        if (target.size() > from && target.getLast() instanceof Block.Paragraph last) {
            target.set(target.size() - 1, last.keptWithNext());
        }
        return this;
    }

    /** A sentence introducing what follows ("Sedan förra sammanträdet har följande lämnats in:"), kept with it. */
    Composer intro(String text) {
        target.add(new Block.Paragraph(List.of(new Span(text, st.body())), Align.LEFT, 0, st.body().size() * 0.55f,
                indent, true, null, section.child("P")));
        return this;
    }

    /** One paragraph, with a note (a paragraph's speaking time) in the margin beside its first line, or null. */
    Composer noted(Paragraphs.Paragraph para, Align align, String note) {
        List<String> lines = para.lines();
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            Block.Paragraph p = new Block.Paragraph(List.of(new Span(lines.get(i), st.body())),
                    last ? align : Align.LEFT, 0, last ? st.body().size() * 0.55f : 0, indent, false, null,
                    section.child("P"));
            target.add(i == 0 && note != null ? p.note(new Span(note, st.label())) : p);
        }
        return this;
    }

    /** The line under an item's heading that gives its registration number ("Dnr KS 2026/214"), kept with the text. */
    Composer dnr(String number) {
        target.add(new Block.Paragraph(List.of(new Span(Localization.get("papers.dnr", number), st.label())),
                Align.LEFT, 0, st.body().size() * 0.4f, indent, true, null, section.child("P")));
        return this;
    }

    Composer line(Style style, String text, Align align, float after) {
        target.add(new Block.Paragraph(List.of(new Span(text, style)), align, 0, after, indent, false, null,
                section.child("P")));
        return this;
    }

    /**
     * Running text with a bold lead-in run into its first paragraph: "Argument: Planen behövs nu …"; the text's
     * other paragraphs follow as usual. Nothing when the text is blank.
     */
    Composer leadIn(String lead, String text) {
        List<Paragraphs.Paragraph> paras = Paragraphs.of(text);
        if (paras.isEmpty()) {
            return this;
        }
        target.add(new Block.Paragraph(List.of(new Span(lead + " ", st.bodyBold()),
                new Span(paras.getFirst().text(), st.body())), Align.JUSTIFY, 0, st.body().size() * 0.45f, indent,
                false, null, section.child("P")));
        paras.subList(1, paras.size()).forEach(p -> noted(p, Align.JUSTIFY, null));
        return this;
    }

    /** Label–value rows, for a matter's particulars. Rows with no value are left out. */
    Composer facts(List<String[]> rows) {
        List<List<Span>> table = new ArrayList<>();
        for (String[] row : rows) {
            if (row[1] != null && !row[1].isBlank()) {
                table.add(List.of(new Span(row[0], st.label()), new Span(row[1], st.body())));
            }
        }
        if (!table.isEmpty()) {
            target.add(new Block.Table(new float[] {0.27f, 0.73f}, table, false, 0, st.body().size() * 0.6f,
                    section.child("Table")).indent(indent));
        }
        return this;
    }

    /** A table with a header row. */
    Composer table(float[] columns, List<String> header, List<List<String>> rows) {
        List<List<Span>> table = new ArrayList<>();
        table.add(header.stream().map(h -> new Span(h, st.label())).toList());
        for (List<String> row : rows) {
            table.add(row.stream().map(c -> new Span(c, st.body())).toList());
        }
        target.add(new Block.Table(columns, table, true, st.body().size() * 0.3f, st.body().size() * 0.6f,
                section.child("Table")).indent(indent));
        return this;
    }

    /** Items with hanging labels, justified: "att …" clauses, speakers. */
    Composer list(List<String> labels, List<String> items) {
        return list(labels, items, Align.JUSTIFY);
    }

    /** Items with hanging labels: "att …" clauses or numbered questions. */
    Composer list(List<String> labels, List<String> items, Align align) {
        List<Block.ListBlock.Item> out = new ArrayList<>();
        float labelWidth = 0;
        for (int i = 0; i < items.size(); i++) {
            out.add(new Block.ListBlock.Item(new Span(labels.get(i), st.bodyBold()),
                    List.of(new Span(items.get(i), st.body()))));
            labelWidth = Math.max(labelWidth, st.bodyBold().width(labels.get(i)));
        }
        if (!out.isEmpty()) {
            target.add(new Block.ListBlock(out, labelWidth + st.body().size() * 0.8f, 0, st.body().size() * 0.6f,
                    section.child("L"), align).indent(indent));
        }
        return this;
    }

    Composer contents(List<Block.Contents.Entry> entries) {
        target.add(new Block.Contents(entries, st.body(), st.small(), st.body().size(), section.child("TOC")));
        return this;
    }

    Composer space(float height) {
        target.add(new Block.Spacer(height));
        return this;
    }

    Composer rule() {
        target.add(new Block.Rule(st.body().size() * 0.4f, st.body().size() * 0.6f, Rgb.LIGHT));
        return this;
    }

    Composer pageBreak() {
        target.add(new Block.PageBreak());
        section = root;
        return this;
    }

    /**
     * What follows, up to {@link #endTogether()}, is kept on one page when it fits on one, unless moving it would
     * leave more than a third of the page before empty ({@link Block.Together}). Groups nest: a part of an
     * item kept together (the group's position with its speakers) within the item kept together.
     */
    Composer together() {
        outer.push(target);
        target = new ArrayList<>();
        return this;
    }

    Composer endTogether() {
        List<Block> group = target;
        target = outer.pop();
        target.add(new Block.Together(group));
        return this;
    }

    /** The space and thin line between two items that run on. */
    Composer separator() {
        target.add(new Block.Rule(st.body().size() * 1.2f, st.body().size() * 1.2f, Rgb.LIGHT));
        return this;
    }

    Document build(String title, String author, String subject, String headerLeft, boolean onFirstPage,
            Instant created) {
        return new Document(new Document.Info(title, author, subject, t("keywords"), "sv", created),
                st.page(),
                new Document.Running(headerLeft, t("marking"), (p, n) -> t("footer", p, n), st.running(), onFirstPage),
                blocks);
    }

    /** A public paper: its own keywords and right-hand header (no working-material mark), and signature boxes. */
    Document build(Document.Info info, String headerLeft, String headerRight, List<String> boxes,
            boolean onFirstPage) {
        return new Document(info, st.page(), new Document.Running(headerLeft, headerRight,
                (p, n) -> t("footer", p, n), st.running(), onFirstPage, boxes), blocks);
    }
}
