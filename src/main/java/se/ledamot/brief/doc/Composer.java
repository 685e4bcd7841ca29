package se.ledamot.brief.doc;

import java.time.Instant;
import java.util.ArrayList;
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
    private Tag section = root;

    Composer(HouseStyle style) {
        this.st = style;
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

    Composer h2(String text) {
        return h2(text, null);
    }

    /** A second-level heading with a bookmark under the first level's, or none when the anchor is null. */
    Composer h2(String text, Anchor anchor) {
        target.add(new Block.Paragraph(List.of(new Span(text, st.h2())), Align.LEFT, st.body().size() * 1.1f,
                st.body().size() * 0.35f, 0, true, anchor, section.child("H2")));
        return this;
    }

    /** Running text in the author's paragraphs (see {@link Paragraphs}); a paragraph's own line breaks are kept. */
    Composer text(String text, Align align) {
        for (Paragraphs.Paragraph para : Paragraphs.of(text)) {
            noted(para, align, null);
        }
        return this;
    }

    /** One paragraph, with a note (a paragraph's speaking time) in the margin beside its first line, or null. */
    Composer noted(Paragraphs.Paragraph para, Align align, String note) {
        List<String> lines = para.lines();
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            Block.Paragraph p = new Block.Paragraph(List.of(new Span(lines.get(i), st.body())),
                    last ? align : Align.LEFT, 0, last ? st.body().size() * 0.55f : 0, 0, false, null,
                    section.child("P"));
            target.add(i == 0 && note != null ? p.note(new Span(note, st.label())) : p);
        }
        return this;
    }

    Composer line(Style style, String text, Align align, float after) {
        target.add(new Block.Paragraph(List.of(new Span(text, style)), align, 0, after, 0, false, null,
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
                new Span(paras.getFirst().text(), st.body())), Align.JUSTIFY, 0, st.body().size() * 0.45f, 0, false,
                null, section.child("P")));
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
                    section.child("Table")));
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
                section.child("Table")));
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
                    section.child("L"), align));
        }
        return this;
    }

    Composer contents(List<Block.Contents.Entry> entries) {
        target.add(new Block.Contents(entries, st.body(), st.body().size(), section.child("TOC")));
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

    /** What follows, up to {@link #endTogether()}, is kept on one page when it fits on one. */
    Composer together() {
        target = new ArrayList<>();
        return this;
    }

    Composer endTogether() {
        blocks.add(new Block.Together(target));
        target = blocks;
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
}
