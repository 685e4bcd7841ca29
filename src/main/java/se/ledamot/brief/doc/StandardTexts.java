package se.ledamot.brief.doc;

import se.ledamot.l10n.Dates;
import static se.ledamot.brief.doc.PaperWords.p;

import java.util.List;
import se.ledamot.brief.layout.Align;
import se.ledamot.domain.Matter;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.meeting.NoticeRule;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.papers.MeetingPapers;
import se.ledamot.domain.papers.StandardItem;
import se.ledamot.l10n.Grammar;

/**
 * What the papers say under a standard item where the secretary has written nothing of their own: in the kallelse
 * the justerare and the time of justering when they are known, the day the meeting was announced, the motions,
 * interpellations and questions handed in since the last meeting; in the protokoll the decision the item records.
 */
final class StandardTexts {
    private StandardTexts() {
    }

    /** The kallelse's text under a standard item. */
    static void notice(Composer c, MeetingPapers papers, MeetingPapers.Entry e) {
        Minutes minutes = papers.minutes();
        switch (e.standard().kind()) {
            case ADJUSTERS -> {
                String when = adjustment(minutes);
                if (!minutes.adjusters().isEmpty()) {
                    c.h2(p("proposal"));
                    c.text(p("standard.adjusters.proposal", PaperWords.names(minutes.adjusters()),
                            when == null ? 0 : 1, when == null ? "" : when), Align.LEFT);
                } else if (when != null) {
                    c.text(p("standard.adjusters.when", when), Align.LEFT);
                }
            }
            case NOTICE -> {
                if (postedLate(papers)) {
                    c.text(lateNotice(papers, papers.meeting().postedOn().isAfter(papers.issued()) ? 1 : 2),
                            Align.LEFT);
                } else {
                    c.text(PaperWords.posting("standard.notice.text", papers), Align.LEFT);
                    c.h2(p("proposal"));
                    c.text(p("standard.notice.proposal"), Align.LEFT);
                }
            }
            case AGENDA_APPROVAL -> {
                c.h2(p("proposal"));
                c.text(p("standard.agenda_approval.proposal"), Align.LEFT);
            }
            case NEW_SUBMISSIONS -> submissions(c, papers);
            default -> {
            }
        }
    }

    /** The new motions, interpellations and questions, as the föredragningslista names them. */
    private static void submissions(Composer c, MeetingPapers papers) {
        List<Matter> news = papers.newSubmissions();
        if (news.isEmpty()) {
            c.text(p("standard.new_submissions.none"), Align.LEFT);
            return;
        }
        c.intro(p("standard.new_submissions.text"));
        list(c, news);
        if (news.stream().anyMatch(PaperWords::isNew)) {
            c.h2(p("proposal"));
            c.text(p("standard.new_submissions.proposal", papers.settings().referMotionsTo()), Align.LEFT);
        }
    }

    /** The new submissions, one a line, with their Dnr: in the kallelse and in the protokoll that announces them. */
    static void list(Composer c, List<Matter> news) {
        List<String> lines = news.stream().map(m -> PaperWords.title(m)
                + (m.number() == null ? "" : " (" + p("dnr", m.number()) + ")")).toList();
        c.list(lines.stream().map(l -> "•").toList(), lines, Align.LEFT);
    }

    /**
     * The decision a standard item records in the minutes, when the secretary has not written it: who checks the
     * minutes and when, that the meeting was duly announced, that the new matters are announced (or that there were
     * none, as the kallelse said). Null for none.
     */
    static String decision(MeetingPapers papers, StandardItem item) {
        Minutes minutes = papers.minutes();
        return switch (item.kind()) {
            case ADJUSTERS -> minutes.adjusters().isEmpty() ? null
                    : p("standard.adjusters.decision", PaperWords.names(minutes.adjusters()),
                            adjustment(minutes) == null ? 0 : 1, adjustment(minutes) == null ? ""
                                    : adjustment(minutes));
            case NOTICE -> postedLate(papers) ? null : p("standard.notice.decision");
            case AGENDA_APPROVAL -> p("standard.agenda_approval.decision");
            case ROLL_CALL -> minutes.attendance().attendees().isEmpty() ? null : rollCall(minutes.attendance());
            case NEW_SUBMISSIONS -> papers.newSubmissions().isEmpty() ? p("standard.new_submissions.none")
                    : p("standard.new_submissions.decision", papers.newSubmissions().size(),
                            papers.settings().referMotionsTo(), PaperWords.capital(
                                    Grammar.number(papers.newSubmissions().size(), Grammar.NEUTER)),
                            papers.newSubmissions().stream().anyMatch(m -> m.kind().hasProposals()) ? 1 : 0);
            default -> null;
        };
    }

    /**
     * Whether the posting day the secretary recorded is later than the council's days of notice allow (5 kap. 11 §
     * kommunallagen, or its arbetsordning's): the papers then claim no "laga ordning"; the kallelse says the day was
     * late and proposes nothing, and the protokoll records no decision the secretary has not written.
     */
    private static boolean postedLate(MeetingPapers papers) {
        return papers.notice().late(papers.meeting().postedOn(), papers.meeting().date());
    }

    /** "Tillkännagivandet … sattes upp … den 9 december 2026, senare än 5 kap. 11 § kommunallagen medger: …". */
    private static String lateNotice(MeetingPapers papers, int tense) {
        NoticeRule notice = papers.notice();
        return p("standard.notice.late", tense, PaperWords.dayAndMonthTogether(papers.meeting().postedOn()),
                PaperWords.dayAndMonthTogether(notice.latestDay(papers.meeting().date())),
                notice.daysBefore() == NoticeRule.LAW_DAYS ? 0 : 1);
    }

    /** "Sju ledamöter är närvarande", with the serving substitutes named only when there are any. */
    private static String rollCall(Attendance attendance) {
        long members = attendance.deciding().stream().filter(a -> a.role() == Attendee.Role.MEMBER).count();
        long substitutes = attendance.deciding().size() - members;
        return p("standard.roll_call.decision", members, PaperWords.capital(Grammar.number(members)), substitutes,
                Grammar.number(substitutes), members + substitutes);
    }

    /** "torsdagen den 17 december 2026 kl. 10.00, Kommunhuset", or null when no day is set. */
    static String adjustment(Minutes minutes) {
        if (minutes.adjustDay() == null) {
            return null;
        }
        String when = Dates.meeting(minutes.adjustDay(), minutes.adjustTime());
        return minutes.adjustPlace() == null ? when : when + ", " + minutes.adjustPlace();
    }
}
