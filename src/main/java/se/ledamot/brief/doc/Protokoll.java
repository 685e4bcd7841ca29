package se.ledamot.brief.doc;

import se.ledamot.l10n.Dates;
import static se.ledamot.brief.doc.PaperWords.p;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.ledamot.brief.layout.Align;
import se.ledamot.brief.layout.Anchor;
import se.ledamot.brief.layout.Document;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Announcement;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.MeetingPapers;
import se.ledamot.l10n.Localization;

/**
 * The minutes (protokoll) of a meeting, as a Swedish council keeps them: a first page with place and time, who
 * decided and who else was there, who checks the minutes and when, the paragraphs covered, the signatures of the
 * secretary, the chair and the justerare (5 kap. 69 § kommunallagen) and the notice of the approval
 * (anslagsbevis: the day it went up on the notice board, the day it comes down after the three weeks of appeal,
 * where the minutes are kept; 8 kap. 12 § and 13 kap. 5 §); then the list of those present, and the paragraphs,
 * numbered through the year. Each page has boxes for the justerare's initials and for certifying an extract.
 */
public final class Protokoll {
    /** A line to fill in by hand. */
    private static final String BLANK = "_".repeat(10);

    private Protokoll() {
    }

    /**
     * What the protokoll writes under a standard item whose wording is left empty ("Upprop förrättas. …"), for
     * Protokoll's screen to offer; null for an item that is not a known standard one, or has nothing to write.
     */
    public static String standardWording(MeetingPapers papers, MeetingPapers.Entry e) {
        return e.standard() == null ? null : MinutesSections.standard(papers, e.standard());
    }

    public static Document of(MeetingPapers papers, Instant created) {
        Composer c = new Composer(HouseStyle.PAPER);
        String kind = p("minutes.kind");
        Masthead.print(c, papers, kind.toUpperCase(Localization.locale()),
                List.of(p("minutes.meetingDate", Dates.date(papers.meeting().date()))));
        facts(c, papers);
        signatures(c, papers);
        announcement(c, papers);
        c.pageBreak();
        AttendanceList.write(c, papers);
        // Paragraphs run on as the kallelse's items do (a heading kept with its first lines, no single line left).
        c.indent(HouseStyle.HANG);
        for (MeetingPapers.Entry e : papers.entries()) {
            c.separator();
            c.section();
            MinutesSections.paragraph(c, papers, e);
        }
        c.indent(0);
        String day = Dates.date(papers.meeting().date());
        String council = papers.council();
        String label = p("header", kind, papers.body().name(), day);
        return c.build(new Document.Info(p("documentTitle", kind, papers.body().name(), day),
                council.isBlank() ? papers.body().name() : council, label, p("keywords", kind),
                Localization.locale().getLanguage(), created), label, council,
                List.of(p("box.adjusters"), p("box.extract")), true);
    }

    /** "§§ 101–108", or "§ 101" for one. */
    static String range(MeetingPapers papers) {
        int first = papers.firstParagraph();
        int last = papers.lastParagraph();
        return first == last ? "§ " + first : "§§ " + first + "–" + last;
    }

    private static void facts(Composer c, MeetingPapers papers) {
        Meeting m = papers.meeting();
        Minutes minutes = papers.minutes();
        Attendance a = minutes.attendance();
        String when = Dates.weekdayDate(m.date()) + (minutes.opened() == null ? m.time() == null ? ""
                : " " + Dates.time(m.time()) : " " + Dates.time(minutes.opened())
                        + (minutes.closed() == null ? "" : "–" + Dates.time(minutes.closed()).replaceFirst("^\\D+", "")));
        String placeAndTime = m.place() == null ? when : m.place();
        long members = a.deciding().stream().filter(x -> x.role() == Attendee.Role.MEMBER).count();
        long serving = a.deciding().size() - members;
        c.facts(HouseStyle.HANG, List.of(
                new String[] {p("field.placeAndTime"), placeAndTime},
                new String[] {" ", m.place() == null ? null : when},
                new String[] {p("field.deciding"), a.attendees().isEmpty() ? null
                        : p("minutes.decidingCount", members, serving)},
                new String[] {p("field.others"), a.others().isEmpty() ? null
                        : String.join(", ", a.others().stream().map(AttendanceList::withNote).toList())},
                // The justering is on every protokoll (5 kap. 69 §): lines to fill in by hand until it is agreed.
                new String[] {p("field.adjusters"), minutes.adjusters().isEmpty() ? BLANK
                        : PaperWords.names(minutes.adjusters())},
                // The place typed before the day is set is printed all the same.
                new String[] {p("field.adjustment"), Optional.ofNullable(StandardTexts.adjustment(minutes))
                        .or(() -> Optional.ofNullable(minutes.adjustPlace())).orElse(BLANK)},
                new String[] {p("field.paragraphs"), range(papers)}));
    }

    /**
     * Lines to sign on, with room above each for a signature: the secretary, the chair, and the justerare side by
     * side, each name beneath its line.
     */
    private static void signatures(Composer c, MeetingPapers papers) {
        Minutes minutes = papers.minutes();
        BodyPapers body = papers.bodyPapers();
        c.part(p("minutes.signatures"));
        Person chair = papers.chair();
        List<List<String>> rows = new ArrayList<>();
        sign(rows, p("role.secretary"), List.of(nameOrBlank(papers.secretary())));
        sign(rows, p("role.chair"), List.of(nameOrBlank(chair == null ? null : chair.display())));
        List<String> adjusters = new ArrayList<>(minutes.adjusters().stream().map(Person::display).toList());
        while (adjusters.size() < body.adjusters()) {
            adjusters.add(nameOrBlank(null));
        }
        for (int i = 0; i < adjusters.size(); i += 2) {
            sign(rows, i == 0 ? p("role.adjuster") : " ", adjusters.subList(i, Math.min(i + 2, adjusters.size())));
        }
        c.signatures(HouseStyle.HANG, rows);
    }

    /** A name beneath a line to sign; none known, room for it to be written by hand ("Namnförtydligande"). */
    private static String nameOrBlank(String name) {
        return name == null ? p("minutes.nameInPrint") : name;
    }

    /** Two rows for up to two people: their lines to sign on, labelled, and their names beneath. */
    private static void sign(List<List<String>> rows, String label, List<String> names) {
        List<String> lines = new ArrayList<>(List.of(label));
        List<String> under = new ArrayList<>(List.of(" "));
        for (String name : names) {
            lines.add(SIGNATURE);
            under.add(name);
        }
        while (lines.size() < 3) {
            lines.add(" ");
            under.add(" ");
        }
        rows.add(lines);
        rows.add(under);
    }

    private static final String SIGNATURE = "_".repeat(26);

    /** The anslagsbevis: filled in once the approval is announced; lines to fill in by hand until then. */
    private static void announcement(Composer c, MeetingPapers papers) {
        Minutes minutes = papers.minutes();
        Optional<Announcement> a = minutes.announcement();
        c.rule();
        c.part(p("notice.certificate").toUpperCase(Localization.locale()));
        c.indent(HouseStyle.HANG);
        // Justerat and not posted yet: the day it is to be posted by, not "fylls i när protokollet är justerat".
        c.text(a.isPresent() ? p("certificate.done") : minutes.adjusted() == null ? p("certificate.pending")
                : p("certificate.adjusted", minutes.adjusted(), Announcement.latestPosting(minutes.adjusted())),
                Align.LEFT);
        c.indent(0);
        String kept = papers.settings().minutesKept();
        // Days written out, as people read them (not 2026-12-17).
        c.factPairs(HouseStyle.HANG, List.of(
                new String[] {p("field.body"), papers.body().name(), p("field.meetingDate"),
                        Dates.date(papers.meeting().date())},
                new String[] {p("field.adjusted"), minutes.adjusted() == null ? BLANK
                        : Dates.date(minutes.adjusted()), p("field.appealEnds"),
                        a.map(x -> Dates.date(x.appealEnds())).orElse(BLANK)},
                new String[] {p("field.posted"), a.map(x -> Dates.date(x.posted())).orElse(BLANK),
                        p("field.takeDown"), a.map(x -> Dates.date(x.takeDown())).orElse(BLANK)}));
        // Where the protokoll is kept (8 kap. 12 § kommunallagen) as set under Inställningar; with none set no empty
        // line is printed, and the export says where to set it.
        if (kept != null) {
            c.facts(HouseStyle.HANG, List.<String[]>of(new String[] {p("field.kept"), kept}));
        }
        List<List<String>> rows = new ArrayList<>();
        sign(rows, p("field.signature"), List.of(nameOrBlank(papers.secretary())));
        c.signatures(HouseStyle.HANG, rows);
        c.indent(HouseStyle.HANG);
        c.line(c.style().small(), papers.settings().noticeBoard() == null ? p("certificate.appeal")
                : p("certificate.appealAt", papers.settings().noticeBoard()), Align.LEFT, 0);
        c.indent(0);
    }
}
