package se.ledamot.brief.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns blocks into pages. Every block becomes a run of boxes (lines, rows), each saying whether the page may break
 * before it; pages are filled greedily and, when a box does not fit, the page breaks at the last place allowed. The
 * rules for those places give keep-with-next for headings and no widows or orphans: a paragraph never leaves fewer
 * than two of its lines on either side of a break, and a document's last page holds at least a few lines
 * ({@link Paginator#TAIL_LINES}). A small table is kept whole with what precedes it; a longer one
 * breaks only with two rows on either side and repeats its header row at the head of the next page.
 */
final class Typesetter {
    private static final int MIN_LINES = 2;
    /**
     * A long group starts a new page only when more than this share of the page is used; with a third of the page or
     * more still free it runs on below what is there, rather than leave that space empty.
     */
    static final float SOFT_BREAK_FILL = 2 / 3f;
    /** Space between a margin note and the text column. */
    private static final float NOTE_GAP = 12;
    /** Tables with at most this many body rows are never split. */
    static final int SMALL_TABLE = 8;
    /** Lists of at most this many lines are never split: three questions stay together, as asked. */
    static final int SHORT_LIST = 6;

    private Typesetter() {
    }

    /** Draws one box with its top edge at {@code top} (PDF coordinates) and the measure starting at {@code left}. */
    @FunctionalInterface
    interface Drawer {
        void draw(Canvas canvas, float left, float top);
    }

    /**
     * A box; {@code repeat}, if set, is drawn first at the head of a page this box starts (a table's header row). A
     * page break with a {@code group} height is soft: it heads a group kept together and is taken only when the group
     * does not fit below what the page holds and more than {@link #SOFT_BREAK_FILL} of the page is used.
     */
    record Box(float height, float glue, boolean breakBefore, boolean pageBreak, Anchor anchor, Drawer drawer,
            Box repeat, float group, boolean rule) {
        Box(float height, float glue, boolean breakBefore, boolean pageBreak, Anchor anchor, Drawer drawer) {
            this(height, glue, breakBefore, pageBreak, anchor, drawer, null, 0, false);
        }

        Box(float height, float glue, boolean breakBefore, boolean pageBreak, Anchor anchor, Drawer drawer,
                Box repeat) {
            this(height, glue, breakBefore, pageBreak, anchor, drawer, repeat, 0, false);
        }

        /** A soft page break before a group of this height (see above). */
        static Box softBreak(float group) {
            return new Box(0, 0, true, true, null, null, null, group, false);
        }

        /**
         * A rule dividing what is above from what is below: the page may break before it, since nothing above is
         * kept with it (a heading alone above it is a whole item), and it is not drawn at the head of a page.
         */
        static Box rule(float glue, Drawer drawer) {
            return new Box(0.5f, glue, true, false, null, drawer, null, 0, true);
        }

        boolean soft() {
            return group > 0;
        }
    }

    record Placed(Box box, float offset) {
    }

    static List<List<Placed>> layout(Document doc) {
        return Paginator.paginate(boxes(doc), doc.page().bodyHeight());
    }

    /** The space owed after the last block and whether it keeps with what follows, carried from block to block. */
    private static final class Flow {
        float pending;
        boolean keep;
    }

    static List<Box> boxes(Document doc) {
        List<Box> out = new ArrayList<>();
        flow(doc.blocks(), doc.page().measure(), doc.page().bodyHeight(), out, new Flow());
        return out;
    }

    private static void flow(List<Block> blocks, float measure, float bodyHeight, List<Box> out, Flow f) {
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph p -> {
                    paragraph(out, p, measure, Math.max(f.pending, p.spaceBefore()), f.keep);
                    f.pending = p.spaceAfter();
                    f.keep = p.keepWithNext();
                }
                case Block.ListBlock l -> {
                    list(out, l, measure, Math.max(f.pending, l.spaceBefore()), f.keep);
                    f.pending = l.spaceAfter();
                    f.keep = false;
                }
                case Block.Table t -> {
                    table(out, t, measure, Math.max(f.pending, t.spaceBefore()), f.keep);
                    f.pending = t.spaceAfter();
                    f.keep = false;
                }
                case Block.Contents c -> {
                    contents(out, c, measure, f.pending, f.keep);
                    f.pending = c.spaceAfter();
                    f.keep = false;
                }
                case Block.Spacer s -> {
                    out.add(new Box(s.height(), 0, !f.keep, false, null, (cv, x, y) -> { }));
                    f.pending = 0;
                }
                case Block.Rule r -> {
                    out.add(Box.rule(Math.max(f.pending, r.spaceBefore()),
                            (cv, x, y) -> cv.rule(x, y, x + measure, r.color())));
                    f.pending = r.spaceAfter();
                    // A rule ends what is above it: a heading there (an item with nothing under it) is whole and
                    // holds nothing below to its page; held, the next item went over with it (the kallelse's Upprop).
                    f.keep = false;
                }
                case Block.PageBreak b -> {
                    out.add(new Box(0, 0, true, true, null, null));
                    f.pending = 0;
                    f.keep = false;
                }
                case Block.Together g -> {
                    together(g, measure, bodyHeight, out, f);
                    // A heading that ends a group (an item with nothing under it) has nothing of its own to keep with;
                    // held to the next group it left a page with no place to break, cut at its foot.
                    f.keep = false;
                }
                case Block.Image im -> {
                    image(out, im, measure, bodyHeight, Math.max(f.pending, im.spaceBefore()), f.keep);
                    f.pending = im.spaceAfter();
                    f.keep = false;
                }
            }
        }
    }

    /**
     * A group moves whole to the next page when it does not fit below what the page holds, unless that would leave
     * more than a third of the page empty (see {@link #SOFT_BREAK_FILL}): then it runs on and breaks by the usual
     * rules, as a group longer than a page does. So a short item (Val av justerare) never has a page to itself.
     */
    private static void together(Block.Together g, float measure, float bodyHeight, List<Box> out, Flow f) {
        boolean kept = f.keep;
        List<Box> inner = new ArrayList<>();
        flow(g.blocks(), measure, bodyHeight, inner, f);
        if (inner.isEmpty()) {
            return;
        }
        // A heading before the group keeps with its first lines: no break between them.
        if (!kept) {
            out.add(Box.softBreak(inner.getFirst().glue() + Paginator.height(inner)));
        }
        out.addAll(inner);
    }

    private static void paragraph(List<Box> out, Block.Paragraph p, float measure, float glue, boolean keep) {
        List<LineBreaker.Line> lines = LineBreaker.lines(p.spans(), measure - p.indent(), p.align());
        LineBreaker.Line note = p.note() == null ? null
                : LineBreaker.lines(List.of(p.note()), Float.MAX_VALUE, Align.LEFT).stream().findFirst().orElse(null);
        boolean heading = p.keepWithNext();
        for (int i = 0; i < lines.size(); i++) {
            LineBreaker.Line line = lines.get(i);
            boolean breakable = i == 0 ? !keep : !heading && widowSafe(i, lines.size());
            boolean withNote = i == 0 && note != null;
            out.add(new Box(line.leading(), i == 0 ? glue : 0, breakable, false, i == 0 ? p.anchor() : null,
                    (cv, x, top) -> {
                        if (withNote) {
                            // Level with the first line's baseline, ending a little left of the column.
                            Style main = p.spans().getFirst().style();
                            Style small = p.note().style();
                            float shift = (line.leading() - main.size() - note.leading() + small.size()) / 2
                                    + main.ascent() - small.ascent();
                            cv.line(p.tag().child("Span"), note, x + p.indent() - NOTE_GAP - note.width(),
                                    top - shift);
                        }
                        cv.line(p.tag(), line, x + offset(p.align(), measure - p.indent(), line) + p.indent(), top);
                    }));
        }
    }

    private static boolean widowSafe(int index, int count) {
        return index >= MIN_LINES && count - index >= MIN_LINES;
    }

    private static float offset(Align align, float measure, LineBreaker.Line line) {
        return switch (align) {
            case CENTER -> (measure - line.width()) / 2;
            case RIGHT -> measure - line.width();
            default -> 0;
        };
    }

    /**
     * A list breaks between its items or inside a long one, but never leaves fewer than {@link #MIN_LINES} of its lines
     * on either side (a last att-sats alone at the head of a page), and a short one ({@link #SHORT_LIST}) not at all.
     */
    private static void list(List<Box> out, Block.ListBlock l, float measure, float glue, boolean keep) {
        List<List<LineBreaker.Line>> items = new ArrayList<>();
        int total = 0;
        for (Block.ListBlock.Item item : l.items()) {
            items.add(LineBreaker.lines(item.body(), measure - l.indent() - l.labelWidth(), l.align()));
            total += items.getLast().size();
        }
        int at = 0;
        for (int n = 0; n < items.size(); n++) {
            Block.ListBlock.Item item = l.items().get(n);
            Tag li = l.tag().child("LI");
            Tag label = li.child("Lbl");
            Tag body = li.child("LBody");
            List<LineBreaker.Line> lines = items.get(n);
            LineBreaker.Line labelLine = LineBreaker.lines(List.of(item.label()), l.labelWidth(), Align.LEFT)
                    .getFirst();
            for (int i = 0; i < lines.size(); i++, at++) {
                LineBreaker.Line line = lines.get(i);
                boolean breakable = at == 0 ? !keep : total > SHORT_LIST && widowSafe(at, total)
                        && (i == 0 || widowSafe(i, lines.size()));
                float boxGlue = i == 0 ? (n == 0 ? glue : item.body().getFirst().style().size() * 0.35f) : 0;
                boolean withLabel = i == 0;
                out.add(new Box(line.leading(), boxGlue, breakable, false, null, (cv, x, top) -> {
                    if (withLabel) {
                        cv.line(label, labelLine, x + l.indent(), top);
                    }
                    cv.line(body, line, x + l.indent() + l.labelWidth(), top);
                }));
            }
        }
    }

    private static final float CELL_PAD = 3;

    /** A picture as one box, scaled down to the measure and the page when it is larger. */
    private static void image(List<Box> out, Block.Image im, float measure, float bodyHeight, float glue,
            boolean keep) {
        float scale = Math.min(1, Math.min((measure - im.indent()) / im.width(), bodyHeight / im.height()));
        float w = im.width() * scale;
        float h = im.height() * scale;
        out.add(new Box(h, glue, !keep, false, null, (cv, x, top) -> cv.image(im, x + im.indent(), top, w, h)));
    }

    private static void table(List<Box> out, Block.Table t, float fullMeasure, float glue, boolean keep) {
        float measure = fullMeasure - t.indent();
        int headerRows = t.header() ? 1 : 0;
        int bodyRows = t.rows().size() - headerRows;
        Box header = null;
        for (int r = 0; r < t.rows().size(); r++) {
            List<Span> row = t.rows().get(r);
            boolean headerRow = t.header() && r == 0;
            Tag tr = t.tag().child("TR");
            List<List<LineBreaker.Line>> cells = new ArrayList<>();
            List<Tag> cellTags = new ArrayList<>();
            float[] firstBaseline = new float[row.size()];
            float maxBaseline = 0;
            for (int c = 0; c < row.size(); c++) {
                float w = t.columns()[c] * measure - 2 * CELL_PAD;
                List<LineBreaker.Line> lines = LineBreaker.lines(List.of(row.get(c)), w, Align.LEFT);
                cells.add(lines);
                cellTags.add(tr.child(headerRow ? "TH" : "TD"));
                Style st = row.get(c).style();
                firstBaseline[c] = (st.leading() - st.size()) / 2 + st.ascent();
                maxBaseline = Math.max(maxBaseline, firstBaseline[c]);
            }
            // Cells in different sizes share their first baseline, as a label beside its value should.
            float[] shift = new float[row.size()];
            float height = 0;
            for (int c = 0; c < row.size(); c++) {
                shift[c] = maxBaseline - firstBaseline[c];
                float h = shift[c];
                for (LineBreaker.Line line : cells.get(c)) {
                    h += line.leading();
                }
                height = Math.max(height, h);
            }
            int before = r - headerRows;
            boolean breakable = r == 0 ? !keep
                    : bodyRows > SMALL_TABLE && before >= MIN_LINES && bodyRows - before >= MIN_LINES;
            boolean ruleBelow = headerRow;
            float rowHeight = height + 2 * CELL_PAD;
            Drawer drawer = (cv, left, top) -> {
                float x = left + t.indent();
                float cx = x;
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c).isEmpty()) {
                        cv.empty(cellTags.get(c));
                    }
                    float y = top - CELL_PAD - shift[c];
                    for (LineBreaker.Line line : cells.get(c)) {
                        cv.line(cellTags.get(c), line, cx + CELL_PAD, y);
                        y -= line.leading();
                    }
                    cx += t.columns()[c] * measure;
                }
                if (ruleBelow) {
                    cv.rule(x, top - rowHeight, x + measure, Rgb.LIGHT);
                }
            };
            Box box = new Box(rowHeight, r == 0 ? glue : 0, breakable, false, null, drawer, headerRow ? null : header);
            if (headerRow) {
                header = new Box(rowHeight, 0, false, false, null, drawer);
            }
            out.add(box);
        }
    }

    private static void contents(List<Box> out, Block.Contents c, float measure, float glue, boolean keep) {
        Style st = c.style();
        float numberColumn = st.width("0000");
        boolean first = true;
        for (Block.Contents.Entry e : c.entries()) {
            Tag toci = c.tag().child("TOCI");
            List<LineBreaker.Line> lines = LineBreaker.lines(List.of(new Span(e.text(), st)),
                    measure - numberColumn - st.size() * 2, Align.LEFT);
            for (int i = 0; i < lines.size(); i++) {
                LineBreaker.Line line = lines.get(i);
                boolean last = i == lines.size() - 1;
                out.add(new Box(line.leading(), i == 0 ? (first ? glue : st.size() * 0.3f) : 0,
                        i == 0 && !(first && keep), false, null,
                        (cv, x, top) -> {
                            cv.line(toci, line, x, top);
                            if (last) {
                                cv.leaderAndNumber(toci, st, x + line.width(), x + measure, top, e.anchorId());
                            }
                        }));
            }
            if (e.note() != null) {
                // Under its line, as wide, kept with it: read as part of the entry, not as one of its own.
                for (LineBreaker.Line line : LineBreaker.lines(List.of(new Span(e.note(), c.noteStyle())),
                        measure - numberColumn - st.size() * 2, Align.LEFT)) {
                    out.add(new Box(line.leading(), 0, false, false, null, (cv, x, top) -> cv.line(toci, line, x, top)));
                }
            }
            first = false;
        }
    }
}
