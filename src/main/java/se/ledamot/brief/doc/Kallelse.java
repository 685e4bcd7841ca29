package se.ledamot.brief.doc;

import se.ledamot.l10n.Dates;
import static se.ledamot.brief.doc.PaperWords.p;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.ledamot.brief.layout.Align;
import se.ledamot.brief.layout.Anchor;
import se.ledamot.brief.layout.Document;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.MeetingPapers;
import se.ledamot.domain.papers.StandardItem;
import se.ledamot.l10n.Localization;

/**
 * The notice of a meeting (kallelse) with its föredragningslista, a public paper for every member and substitute and
 * the notice board (5 kap. 11–13 §§ kommunallagen): the council's head, the meeting written out with time and place,
 * the chair and the secretary, whether it is open to the public and sent on the web, what a member who cannot come
 * does, then the numbered items with their registration numbers, and for each its summary, the documents the
 * decision rests on, the proposal for decision of the body that prepared it (for a new motion: that it is referred
 * for preparation) and who the decision is sent to. It never shows a party group's positions.
 */
public final class Kallelse {
    private Kallelse() {
    }

    public static Document of(MeetingPapers papers, Instant created) {
        Composer c = new Composer(HouseStyle.PAPER);
        write(c, papers, false);
        return build(c, papers, p("notice.kind"), created);
    }

    /** An item's title as the föredragningslista prints it, for a list in the window to say the same. */
    public static String title(MeetingPapers.Entry e) {
        return PaperWords.title(e);
    }

    /** A standard item's title as the föredragningslista prints it ("Upprop"), in the reader's language. */
    public static String title(StandardItem s) {
        return PaperWords.standardTitle(s);
    }

    /**
     * A free-text item's title as the föredragningslista prints it: a standard item's Swedish heading in the reader's
     * language, any other text as typed (walk26: the English agenda read "Val av justerare och tid för justering").
     */
    public static String title(StandardItem s, String text) {
        return PaperWords.title(s, text);
    }

    /**
     * How the screens name a numbered item, as Protokoll's list, the protokoll's head of its § and Debatt's list do:
     * "§ 103  Motion från … om …" (its § and the title the papers print).
     */
    public static String name(MeetingPapers papers, MeetingPapers.Entry e) {
        return MinutesSections.heading(papers, e) + "  " + title(e);
    }

    /**
     * The notice and its items into a composer. In the handlingar ({@code inPapers}) the list is bookmarked as the
     * notice, its items beneath it, and each item says how many documents follow for it.
     */
    static void write(Composer c, MeetingPapers papers, boolean inPapers) {
        Meeting m = papers.meeting();
        Masthead.print(c, papers, p("notice.kind").toUpperCase(Localization.locale()),
                List.of(p("notice.issued", Dates.date(papers.issued()))));
        head(c, papers);
        c.h1(p("agenda"), new Anchor("agenda", inPapers ? p("notice.bookmark") : p("agenda"), 1));
        List<List<String>> rows = new ArrayList<>();
        for (MeetingPapers.Entry e : papers.entries()) {
            rows.add(List.of(String.valueOf(e.number()), PaperWords.title(e),
                    e.matter() == null || e.matter().number() == null ? "" : e.matter().number()));
        }
        c.wideTable(new float[] {0.07f, 0.70f, 0.23f}, List.of(p("column.number"), p("column.item"),
                p("column.dnr")), rows);
        // Items run on from page to page as a secretary sets them: a heading stays with its first lines and a
        // paragraph leaves no single line behind, but an item longer than what is left of a page does not move
        // whole to the next and leave the page half empty.
        c.indent(HouseStyle.HANG);
        for (MeetingPapers.Entry e : papers.entries()) {
            c.separator();
            c.section();
            item(c, papers, e, inPapers ? 2 : 1);
            if (inPapers && Handlingar.hasPapers(e)) {
                c.line(c.style().label(), p("notice.papersFollow", e.enclosures().size()), Align.LEFT, 0);
            }
        }
        c.indent(0);
        if (m.place() == null && m.time() == null) {
            c.line(c.style().small(), p("notice.noTimeOrPlace"), Align.LEFT, 0);
        }
    }

    /** Time and place, chair and secretary, public and webcast; the instructions; the signature of the notice. */
    private static void head(Composer c, MeetingPapers papers) {
        Meeting m = papers.meeting();
        BodyPapers body = papers.bodyPapers();
        var st = c.style();
        c.facts(HouseStyle.HANG, List.of(
                new String[] {p("field.time"), Dates.meeting(m.date(), m.time())},
                new String[] {p("field.place"), m.place()},
                new String[] {p("field.chair"), PaperWords.chair(body)},
                new String[] {p("field.secretary"), body.secretary()},
                new String[] {p("field.public"), body.publicMeeting() ? p("notice.public") : p("notice.closed")},
                new String[] {p("field.webcast"), body.webcast() == null ? null : p("notice.webcast", body.webcast())}));
        c.indent(HouseStyle.HANG);
        c.text(body.absence() != null ? body.absence()
                : p(papers.body().council() ? "notice.absence.council" : "notice.absence.board",
                        body.secretary() == null ? 0 : 1, body.secretary() == null ? "" : body.secretary()),
                Align.LEFT);
        if (papers.body().council()) {
            c.line(st.body(), PaperWords.posting("notice.announced", papers), Align.LEFT, st.body().size() * 0.8f);
        }
        if (body.chair() != null) {
            c.line(st.body(), body.chair().display(), Align.LEFT, 0);
            c.line(st.label(), p("role.chair"), Align.LEFT, st.body().size() * 0.5f);
        }
        if (body.secretary() != null) {
            c.line(st.body(), body.secretary(), Align.LEFT, 0);
            c.line(st.label(), p("role.secretary"), Align.LEFT, st.body().size() * 0.5f);
        }
        c.indent(0);
    }

    /** One item: its heading and number, Dnr, summary, documents, proposal and who the decision is sent to. */
    static void item(Composer c, MeetingPapers papers, MeetingPapers.Entry e, int level) {
        String title = PaperWords.title(e);
        c.numbered(String.valueOf(e.number()), title,
                new Anchor("item-" + e.number(), e.number() + ". " + title, level));
        Matter m = e.matter();
        if (m != null && m.number() != null) {
            c.dnr(m.number());
        }
        if (e.standard() != null) {
            StandardTexts.notice(c, papers, e);
        }
        String summary = PaperWords.summary(e);
        if (summary != null) {
            c.h2(p("summary"));
            c.text(summary, Align.JUSTIFY);
        }
        if (m != null && m.kind().hasAddressee()) {
            c.text(p((e.askedHere() ? "notice.askedHere." : "notice.answeredBy.") + m.kind().code(), PaperWords.addressee(m.addressee()).isEmpty() ? 0 : 1,
                    PaperWords.addressee(m.addressee())), Align.LEFT);
        }
        List<String> basis = PaperWords.basis(papers, e);
        if (!basis.isEmpty()) {
            c.h2(p("basis"));
            c.list(basis.stream().map(b -> "•").toList(), basis, Align.LEFT);
        }
        proposal(c, papers, e);
        List<String> sendTo = PaperWords.sendTo(e, papers.settings().referMotionsTo());
        if (!sendTo.isEmpty()) {
            c.h2(p("sendTo"));
            sendTo.forEach(s -> c.line(c.style().body(), s, Align.LEFT, 0));
        }
    }

    /** The prepared proposal under its body's name; a new motion's is the council's rule: referred for preparation. */
    static void proposal(Composer c, MeetingPapers papers, MeetingPapers.Entry e) {
        Matter m = e.matter();
        if (!e.proposal().isBlank()) {
            MatterSections.prepared(c, PaperWords.preparedBy(e), e.proposal());
        } else if (m != null && m.kind().hasAddressee() && e.askedHere()) {
            c.h2(p("proposal"));
            c.text(p("proposal.ask." + m.kind().code()), Align.LEFT);
        } else if (m != null && PaperWords.isNew(m)) {
            c.h2(p("proposal"));
            c.text(p("proposal.refer." + m.kind().code(), papers.settings().referMotionsTo()), Align.LEFT);
        }
    }

    static Document build(Composer c, MeetingPapers papers, String kind, Instant created) {
        String day = Dates.date(papers.meeting().date());
        String council = papers.council();
        String label = p("header", kind, papers.body().name(), day);
        return c.build(new Document.Info(p("documentTitle", kind, papers.body().name(), day),
                council.isBlank() ? papers.body().name() : council, label, p("keywords", kind),
                Localization.locale().getLanguage(), created), label, council, List.of(), true);
    }
}
