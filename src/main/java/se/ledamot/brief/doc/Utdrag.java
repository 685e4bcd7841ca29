package se.ledamot.brief.doc;

import se.ledamot.l10n.Dates;
import static se.ledamot.brief.doc.PaperWords.p;

import java.time.Instant;
import java.util.List;
import se.ledamot.brief.layout.Align;
import se.ledamot.brief.layout.Document;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.papers.MeetingPapers;
import se.ledamot.l10n.Localization;

/**
 * An extract of the minutes for one paragraph (protokollsutdrag), for the bodies and people the decision is sent
 * to: the council's head, the meeting, the paragraph as the protokoll prints it, when the minutes were approved and
 * announced, and the secretary's certification that the extract is true (utdragsbestyrkande).
 */
public final class Utdrag {
    private Utdrag() {
    }

    /**
     * @param number the item's number on the föredragningslista (1…n)
     * @throws DomainException when the meeting has no item with that number
     */
    public static Document of(MeetingPapers papers, int number, Instant created) {
        MeetingPapers.Entry e = papers.entry(number)
                .orElseThrow(() -> new DomainException("papers.item.missing", number, papers.entries().size()));
        Composer c = new Composer(HouseStyle.PAPER);
        String kind = p("extract.kind");
        Masthead.print(c, papers, kind.toUpperCase(Localization.locale()),
                List.of(p("minutes.meetingDate", Dates.date(papers.meeting().date())),
                        MinutesSections.heading(papers, e)));
        c.indent(HouseStyle.HANG);
        c.section();
        MinutesSections.paragraph(c, papers, e);
        Minutes minutes = papers.minutes();
        c.rule();
        c.line(c.style().label(), minutes.adjusted() == null ? p("extract.notAdjusted")
                : minutes.posted() == null ? p("extract.adjusted", Dates.running(minutes.adjusted()))
                : p("extract.announced", Dates.running(minutes.adjusted()), Dates.running(minutes.posted())),
                Align.LEFT, c.style().body().size());
        c.h2(p("extract.certified"));
        String secretary = papers.secretary();
        c.line(c.style().body(), "_".repeat(34), Align.LEFT, 0);
        c.line(c.style().body(), secretary == null ? p("role.secretary") : secretary + ", "
                + p("role.secretary").toLowerCase(Localization.locale()), Align.LEFT, 0);
        c.indent(0);
        String day = Dates.date(papers.meeting().date());
        String council = papers.council();
        String label = p("extract.header", papers.body().name(), day, MinutesSections.heading(papers, e));
        return c.build(new Document.Info(p("extract.documentTitle", papers.body().name(), day,
                MinutesSections.heading(papers, e)), council.isBlank() ? papers.body().name() : council, label,
                p("keywords", kind), Localization.locale().getLanguage(), created), label, council, List.of(), true);
    }
}
