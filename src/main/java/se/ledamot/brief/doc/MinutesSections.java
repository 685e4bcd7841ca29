package se.ledamot.brief.doc;

import static se.ledamot.brief.doc.PaperWords.p;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.ledamot.brief.layout.Align;
import se.ledamot.brief.layout.Anchor;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Ballot;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MinutesNote;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.domain.minutes.Vote;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.papers.MeetingPapers;
import se.ledamot.domain.papers.StandardItem;

/**
 * One paragraph (§) of the minutes, as the protokoll and an extract print it (5 kap. 67 § kommunallagen): the
 * decision first, then what it rests on — the summary, the documents, the prepared proposal — then who spoke in the
 * debate, the motions moved, the order of the questions, the vote with each member's vote, the reservations, the
 * notes entered, and who the decision is sent to.
 */
final class MinutesSections {
    private static final float[] VOTES = {0.55f, 0.15f, 0.15f, 0.15f};
    private static final float[] VOTES_SILENT = {0.42f, 0.12f, 0.12f, 0.12f, 0.22f};

    private MinutesSections() {
    }

    static String heading(MeetingPapers papers, MeetingPapers.Entry e) {
        return "§ " + papers.paragraph(e);
    }

    static void paragraph(Composer c, MeetingPapers papers, MeetingPapers.Entry e) {
        var st = c.style();
        String title = PaperWords.title(e);
        String number = heading(papers, e);
        c.numbered(number, title, new Anchor("p-" + papers.paragraph(e), number + " " + title, 1));
        Matter m = e.matter();
        if (m != null && m.number() != null) {
            c.dnr(m.number());
        }
        ItemMinutes minutes = e.minutes();
        boolean answeredOnly = m != null && m.kind().hasAddressee();
        if (answeredOnly && e.askedHere()) {
            c.h2(p("minutes.decision", MatterSections.genitive(papers.body().name())));
            AgendaItem item = e.item();
            c.text(item != null && !item.decisionText().isBlank() ? item.decisionText()
                    : PaperWords.capital(p("minutes.askedHere." + m.kind().code(), MinutesWords.body(papers))),
                    Align.LEFT);
        } else if (answeredOnly) {
            answered(c, papers, e);
        } else {
            c.h2(p("minutes.decision", MatterSections.genitive(papers.body().name())));
            String decision = decision(papers, e);
            if (decision == null) {
                c.line(st.bodyItalic(), p("minutes.noDecision"), Align.LEFT, st.body().size() * 0.5f);
            } else {
                c.text(decision, Align.LEFT);
            }
            // The minutes name what was announced, as the kallelse did, not only how many.
            if (e.standard() != null && e.standard().kind() == StandardItem.Kind.NEW_SUBMISSIONS
                    && !papers.newSubmissions().isEmpty()) {
                c.h2(p("standard.new_submissions.listed"));
                StandardTexts.list(c, papers.newSubmissions());
            }
        }
        String summary = PaperWords.summary(e);
        if (summary != null) {
            c.h2(p("summary"));
            c.text(summary, Align.JUSTIFY);
        }
        List<String> basis = PaperWords.basis(papers, e);
        if (!basis.isEmpty()) {
            c.h2(p("basis"));
            c.list(basis.stream().map(b -> "•").toList(), basis, Align.LEFT);
        }
        Kallelse.proposal(c, papers, e);
        String spoke = MinutesWords.spoke(e);
        if (spoke != null) {
            c.h2(p("minutes.speakers"));
            c.text(spoke, Align.LEFT);
        }
        if (!answeredOnly) {
            decided(c, papers, e, minutes);
        }
        notes(c, minutes.notes());
        List<String> sendTo = PaperWords.sendTo(e, papers.settings().referMotionsTo());
        if (!sendTo.isEmpty()) {
            c.h2(p("sendTo"));
            sendTo.forEach(s -> c.line(st.body(), s, Align.LEFT, 0));
        }
    }

    /**
     * An interpellation's or a question's paragraph: it is answered and debated and leads to no decision (5 kap.
     * 59–64 §§ kommunallagen), so it says who answers and that it is answered, or that no decision is taken.
     */
    private static void answered(Composer c, MeetingPapers papers, MeetingPapers.Entry e) {
        var st = c.style();
        c.h2(p("minutes.handling"));
        Matter m = e.matter();
        AgendaItem item = e.item();
        Decision taken = item == null ? null : item.decision();
        if (taken == null && m.status() == Status.ANSWERED) {
            taken = Decision.ANSWERED;
        }
        // Tabled or struck off, it was not answered at this meeting.
        if (m.addressee() != null && (taken == null || taken == Decision.ANSWERED)) {
            c.text(p("minutes.answeredBy", MinutesWords.definite(e), PaperWords.addressee(m.addressee())),
                    Align.LEFT);
        }
        if (item != null && !item.decisionText().isBlank()) {
            c.text(item.decisionText(), Align.LEFT);
        } else if (taken != null) {
            c.text(MinutesWords.decision(e, taken), Align.LEFT);
        } else {
            c.line(st.bodyItalic(), p("minutes.noDecision." + m.kind().code()), Align.LEFT, st.body().size() * 0.5f);
        }
    }

    /** What a decision rests on at the meeting: the motions moved, the order of questions, vote and reservations. */
    private static void decided(Composer c, MeetingPapers papers, MeetingPapers.Entry e, ItemMinutes minutes) {
        if (!minutes.motions().isEmpty()) {
            c.h2(p("minutes.motions"));
            for (MovedMotion mm : minutes.motions()) {
                c.text(MinutesWords.motion(e, mm), Align.LEFT);
            }
        }
        String order = MinutesWords.order(papers, e, minutes);
        if (order != null) {
            c.h2(p("minutes.order"));
            c.text(order, Align.LEFT);
        }
        if (minutes.vote() != null) {
            vote(c, papers, minutes.vote());
        }
        reservations(c, minutes.reservations());
    }

    /**
     * The decision in words: as the secretary wrote it; else as recorded in the debate ("Motionen avslås."); else
     * what a standard item records; else the proposal the chair found carried. Null when nothing is recorded.
     */
    static String decision(MeetingPapers papers, MeetingPapers.Entry e) {
        AgendaItem item = e.item();
        if (item != null && !item.decisionText().isBlank()) {
            return item.decisionText();
        }
        if (item != null && item.decision() != null) {
            return MinutesWords.decision(e, item.decision());
        }
        if (e.standard() != null) {
            return standard(papers, e.standard());
        }
        String carried = MinutesWords.carried(e, e.minutes());
        if (e.minutes().vote() != null && e.minutes().vote().outcome().isPresent()) {
            Vote v = e.minutes().vote();
            carried = MinutesWords.side(v.outcome().get() == Choice.YES ? v.yes() : v.no());
        }
        return carried == null ? null
                : PaperWords.capital(p("minutes.decidedAs", MinutesWords.body(papers), carried));
    }

    /** What a standard item records when the secretary wrote nothing: "Upprop förrättas. …"; null for nothing. */
    static String standard(MeetingPapers papers, se.ledamot.domain.papers.StandardItem item) {
        String standard = StandardTexts.decision(papers, item);
        if (standard != null) {
            return standard;
        }
        String usual = "standard." + item.kind().code() + ".usual";
        return se.ledamot.l10n.Localization.has("papers." + usual) ? p(usual) : null;
    }

    /**
     * The vote and its list: every member serving in the decision, in the order of the närvarolista, with Ja, Nej or
     * Avstår, and one present who cast none marked as not voting, so the totals add up to the members serving
     * (absent members are not in the vote); the sentence with the result counts them too. A vote cast by someone no
     * longer listed as serving stays, last.
     */
    private static void vote(Composer c, MeetingPapers papers, Vote v) {
        Attendance attendance = papers.minutes().attendance();
        List<Person> voters = new ArrayList<>(attendance.deciding().stream().map(Attendee::person).toList());
        v.ballots().stream().map(Ballot::voter).filter(b -> !attendance.decides(b)).forEach(voters::add);
        Map<Person, Choice> choices = v.choicesOf(voters);
        long silent = voters.size() - choices.size();
        c.h2(p("minutes.vote"));
        c.text(MinutesWords.voteOrder(v), Align.LEFT);
        c.text(MinutesWords.voteResult(papers, v, silent), Align.LEFT);
        List<List<String>> rows = new ArrayList<>();
        for (Person voter : voters) {
            Choice cast = choices.get(voter);
            rows.add(List.of(voter.display(), cast == Choice.YES ? "X" : "", cast == Choice.NO ? "X" : "",
                    cast == Choice.ABSTAIN ? "X" : "", cast == null ? "X" : ""));
        }
        rows.add(List.of(p("vote.total"), String.valueOf(v.count(Choice.YES)), String.valueOf(v.count(Choice.NO)),
                String.valueOf(v.count(Choice.ABSTAIN)), String.valueOf(silent)));
        List<String> header = List.of(p("vote.member"), p("vote.yes"), p("vote.no"), p("vote.abstain"),
                p("vote.none"));
        // The column of those who did not vote only when someone did not.
        int shown = silent == 0 ? 4 : 5;
        c.table(silent == 0 ? VOTES : VOTES_SILENT, header.subList(0, shown),
                rows.stream().map(r -> r.subList(0, shown)).toList());
    }

    private static void reservations(Composer c, List<Reservation> reservations) {
        if (reservations.isEmpty()) {
            return;
        }
        c.h2(p("minutes.reservations"));
        for (Reservation r : reservations) {
            c.text(p("reservation", r.by().size(), PaperWords.names(r.by()), r.favour() == null ? 0 : 1,
                    r.favour() == null ? "" : r.favour()), Align.LEFT);
            if (r.written() != null) {
                c.line(c.style().label(), p("reservation.written"), Align.LEFT, 0);
                c.text(r.written(), Align.JUSTIFY);
            }
        }
    }

    private static void notes(Composer c, List<MinutesNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        c.h2(p("minutes.notes"));
        for (MinutesNote n : notes) {
            c.leading(p("note", n.by().size(), PaperWords.names(n.by())), Align.LEFT);
            c.text(n.text(), Align.JUSTIFY);
        }
    }
}
