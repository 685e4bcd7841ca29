package se.ledamot.brief.doc;

import static se.ledamot.brief.doc.PaperWords.p;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.ledamot.brief.layout.Align;
import se.ledamot.brief.layout.Anchor;
import se.ledamot.brief.layout.Block;
import se.ledamot.brief.layout.Document;
import se.ledamot.brief.layout.PageImages;
import se.ledamot.domain.Matter;
import se.ledamot.domain.papers.Enclosure;
import se.ledamot.domain.papers.MeetingPapers;
import se.ledamot.l10n.Localization;

/**
 * All papers of a meeting in one PDF/A (handlingar): the kallelse with its föredragningslista, then for each item
 * with papers, on a page of its own, the matter's own text (a motion with its att-satser, an interpellation with its
 * questions and answer) and the documents attached to it — an attached PDF as its own pages, anything else as its
 * text. Every item is a bookmark, with its documents beneath it.
 *
 * <p>An attached PDF's pages are shown as pictures with an invisible text layer ({@link PageImages}), not copied:
 * a copied page brings whatever its maker put in it, and one page with a font that is not embedded, CMYK colour or
 * a script would make the whole file fail PDF/A. The original file is kept unchanged in Ledamot.
 */
public final class Handlingar {
    /** Room above an attached page for its label line. */
    private static final float LABEL_ROOM = 30;

    private Handlingar() {
    }

    public static Document of(MeetingPapers papers, Instant created) {
        Composer c = new Composer(HouseStyle.PAPER);
        Kallelse.write(c, papers, true);
        for (MeetingPapers.Entry e : papers.entries()) {
            if (hasPapers(e)) {
                c.pageBreak();
                c.section();
                item(c, e, papers.meeting().date());
            }
        }
        return Kallelse.build(c, papers, p("papers.kind"), created);
    }

    /** Whether an item has papers of its own: a matter, or attached documents. */
    static boolean hasPapers(MeetingPapers.Entry e) {
        return e.matter() != null || !e.enclosures().isEmpty();
    }

    /** @param day the meeting's: an answer written after it, or given at a later one, is not among its papers */
    private static void item(Composer c, MeetingPapers.Entry e, LocalDate day) {
        String title = PaperWords.title(e);
        c.indent(HouseStyle.HANG);
        c.numbered(String.valueOf(e.number()), title, new Anchor("papers-" + e.number(),
                e.number() + ". " + title, 1));
        Matter m = e.matter();
        if (m != null) {
            c.h2(MatterSections.originalHeading(m), new Anchor("papers-" + e.number() + "-matter",
                    MatterSections.originalHeading(m), 2));
            facts(c, m);
            MatterSections.textAndClauses(c, m, m.bodyBeforeAnswer());
            if (m.kind().hasAddressee() && e.answerBy(day)) {
                String to = PaperWords.addressee(m.addressee());
                String heading = p("answer", to.isEmpty() ? 0 : 1, to);
                c.h2(heading, new Anchor("papers-" + e.number() + "-answer", heading, 2));
                c.text(m.answer(), Align.JUSTIFY);
            }
        }
        int n = 0;
        for (Enclosure enc : e.enclosures()) {
            n++;
            enclosure(c, e.number(), n, enc);
        }
        c.indent(0);
    }

    private static void enclosure(Composer c, int item, int n, Enclosure enc) {
        String label = p("enclosure", n, enc.title());
        Anchor anchor = new Anchor("papers-" + item + "-" + n, label, 2);
        if (!enc.isPdf()) {
            c.h2(label, anchor);
            c.text(enc.text(), Align.JUSTIFY);
            return;
        }
        List<PageImages.Page> pages;
        try {
            pages = PageImages.of(enc.pdf());
        } catch (IOException | RuntimeException e) {
            c.h2(label, anchor);
            c.line(c.style().bodyItalic(), p("enclosure.unreadable", enc.name()), Align.LEFT, 0);
            return;
        }
        // An attached page takes the whole width: shrunk into the text column its type would be too small to read.
        var st = c.style();
        float indent = c.indent();
        c.indent(0);
        float measure = st.page().measure();
        float room = st.page().bodyHeight() - LABEL_ROOM;
        for (int i = 0; i < pages.size(); i++) {
            PageImages.Page page = pages.get(i);
            c.pageBreak();
            c.section();
            c.h2(p("enclosure.page", label, i + 1, pages.size()), i == 0 ? anchor : null);
            float scale = Math.min(1, Math.min(measure / page.width(), room / page.height()));
            c.add(new Block.Image(page.jpeg(), page.width() * scale, page.height() * scale, 0, 0,
                    c.tag("Figure", p("enclosure.alt", i + 1, pages.size(), enc.name())),
                    page.runs().stream().map(r -> new Block.Image.TextRun(r.text(), r.x() * scale, r.top() * scale,
                            r.width() * scale, r.size() * scale)).toList(), true));
        }
        c.indent(indent);
        if (pages.isEmpty()) {
            c.h2(label, anchor);
            c.line(st.bodyItalic(), p("enclosure.empty", enc.name()), Align.LEFT, 0);
        }
    }

    /** The matter's particulars that a public paper gives: no deadlines or status, which are the register's. */
    private static void facts(Composer c, Matter m) {
        c.facts(List.of(
                new String[] {Composer.t("field.kind"), Localization.kind(m.kind())},
                new String[] {Composer.t("field.number"), m.number()},
                new String[] {MatterSections.submittedLabel(m), MatterSections.submitted(m)},
                new String[] {Composer.t("field.authors"),
                        m.kind() == se.ledamot.domain.MatterKind.CITIZEN_PROPOSAL ? null : MatterSections.authors(m)},
                new String[] {Composer.t("field.addressee"), MatterSections.addressee(m.addressee())},
                new String[] {Composer.t("field.responsible_body"), m.responsibleBody()}));
    }
}
