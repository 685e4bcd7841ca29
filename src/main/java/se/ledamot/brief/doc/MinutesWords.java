package se.ledamot.brief.doc;

import static se.ledamot.brief.doc.PaperWords.p;

import java.util.ArrayList;
import java.util.List;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.Person;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Vote;
import se.ledamot.domain.papers.MeetingPapers;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;

/**
 * The minutes' set sentences: a motion moved ("Jan Alexandersson (V) yrkar bifall till motionen."), the proposals the
 * chair put ("kommunstyrelsens förslag", "Jan Alexanderssons (V) yrkande"), the order of the questions, the result of
 * a vote, and a decision recorded only as its kind ("Motionen avslås.").
 */
final class MinutesWords {
    private MinutesWords() {
    }

    /** The body in running text: "kommunfullmäktige". */
    static String body(MeetingPapers papers) {
        String name = papers.body().name();
        return name.length() > 1 && Character.isLowerCase(name.charAt(1))
                ? name.substring(0, 1).toLowerCase(Localization.locale()) + name.substring(1) : name;
    }

    /** "Jan Alexandersson (V) yrkar bifall till motionen. Emma Ramhult (V) instämmer." */
    static String motion(MeetingPapers.Entry e, MovedMotion m) {
        String by = m.by().display();
        String text = switch (m.type()) {
            case APPROVE_PROPOSAL -> p("motion.approve_proposal", by, proposalName(e));
            case APPROVE_MATTER -> p("motion.approve_matter", by, definite(e).toLowerCase(Localization.locale()));
            case REJECT -> p("motion.reject", by, e.matter() != null && e.matter().kind().hasProposals()
                    ? definite(e).toLowerCase(Localization.locale()) : proposalName(e));
            case REFER_BACK -> p("motion.refer_back", by, m.text() == null ? 0 : 1, sentence(m.text()));
            case TABLE -> p("motion.table", by);
            case AMEND -> p(clause(m.text()) ? "motion.amend" : "motion.amendQuoted", by, sentence(m.text()));
            case ADD -> p(clause(m.text()) ? "motion.add" : "motion.addQuoted", by, sentence(m.text()));
        };
        if (!m.supporters().isEmpty()) {
            text += " " + p("motion.supported", m.supporters().size(), PaperWords.names(m.supporters()));
        }
        return text;
    }

    /** The prepared proposal by its body: "kommunstyrelsens förslag", or "förslaget till beslut". */
    static String proposalName(MeetingPapers.Entry e) {
        String by = PaperWords.preparedBy(e);
        return by == null ? p("proposal.theProposal")
                : p("proposal.of", MatterSections.genitive(by).toLowerCase(Localization.locale()),
                        by.toLowerCase(Localization.locale()));
    }

    /** A motion as the chair puts it: "Jan Alexanderssons (V) yrkande". */
    static String motionName(MovedMotion m) {
        Person by = m.by();
        String owner = MatterSections.genitive(by.name()) + (by.party() == null ? "" : " (" + by.party() + ")");
        return p("motion.name", owner);
    }

    /** The proposals before the meeting, in the order the chair puts them: the prepared one first, then the motions. */
    static List<String> proposals(MeetingPapers.Entry e, ItemMinutes minutes) {
        List<String> out = new ArrayList<>();
        if (!e.proposal().isBlank()) {
            out.add(proposalName(e));
        }
        for (MovedMotion m : minutes.motions()) {
            // A motion to approve the prepared proposal is that proposal: the chair puts it once.
            if (m.type() != MotionType.APPROVE_PROPOSAL) {
                out.add(motionName(m));
            }
        }
        return out;
    }

    /** The proposal the chair found carried, by the minutes' number: 0 the prepared one, n the n-th motion. */
    static String carried(MeetingPapers.Entry e, ItemMinutes minutes) {
        Integer c = minutes.carried();
        if (c == null) {
            return null;
        }
        if (c == 0) {
            return proposalName(e);
        }
        MovedMotion m = minutes.motions().get(c - 1);
        return m.type() == MotionType.APPROVE_PROPOSAL ? proposalName(e) : motionName(m);
    }

    /**
     * The order of the questions as written, or said from what is recorded; null when nothing is. A motion to refer
     * the matter back or to table it is put first, as whether to decide today at all; the proposals on the matter
     * itself only when the meeting decides today.
     */
    static String order(MeetingPapers papers, MeetingPapers.Entry e, ItemMinutes minutes) {
        if (minutes.order() != null) {
            return minutes.order();
        }
        Integer c = minutes.carried();
        if (c == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        MovedMotion postpone = minutes.motions().stream()
                .filter(m -> m.type() == MotionType.REFER_BACK || m.type() == MotionType.TABLE).findFirst()
                .orElse(null);
        if (postpone != null) {
            boolean carriedPostpone = c > 0 && minutes.motions().get(c - 1).type() == postpone.type();
            out.add(p("order.first." + postpone.type().code(), carriedPostpone ? 1 : 0));
            if (carriedPostpone) {
                return String.join(" ", out);
            }
        }
        List<String> put = proposals(e, minutes).stream()
                .filter(x -> postpone == null || !x.equals(motionName(postpone))).toList();
        String carried = carried(e, minutes);
        if (!put.isEmpty()) {
            String all = put.size() == 1 ? put.getFirst()
                    : p("and", String.join(", ", put.subList(0, put.size() - 1)), put.getLast());
            out.add(p(postpone == null ? "order.generated" : "order.then", put.size(), all, body(papers), carried));
        }
        if (minutes.vote() != null) {
            out.add(p("order.voteRequested"));
        }
        return out.isEmpty() ? null : String.join(" ", out);
    }

    /** "Ja-röst för bifall till …; nej-röst för bifall till …." */
    static String voteOrder(Vote v) {
        return p("vote.order", side(v.yes()), side(v.no()));
    }

    /**
     * What a side of a vote stands for, as the set sentences name it: "förslaget till beslut". The window offers
     * "bifall till förslaget till beslut" and the sentences say "för bifall till …" themselves, so a leading "bifall
     * till" is left out rather than said twice.
     */
    static String side(String typed) {
        String approval = p("vote.approvalOf") + " ";
        return typed.regionMatches(true, 0, approval, 0, approval.length()) && typed.length() > approval.length()
                ? typed.substring(approval.length()) : typed;
    }

    /**
     * "Med 9 ja-röster mot 6 nej-röster (1 avstår och 2 röstade inte) beslutar kommunfullmäktige i enlighet med …":
     * the sentence counts those serving who cast no vote ({@code silent}) as the vote's table does.
     */
    static String voteResult(MeetingPapers papers, Vote v, long silent) {
        String besides = besides(v.count(Choice.ABSTAIN), silent);
        Choice won = v.outcome().orElse(null);
        if (won == null) {
            return p("vote.undecided", v.count(Choice.YES), v.count(Choice.NO), besides);
        }
        return p(v.tied() ? "vote.resultCasting" : "vote.result", v.count(Choice.YES), v.count(Choice.NO), besides,
                body(papers), side(won == Choice.YES ? v.yes() : v.no()));
    }

    /** " (1 avstår och 2 röstade inte)", " (1 avstår)"; empty when everyone serving voted yes or no. */
    private static String besides(long abstaining, long silent) {
        List<String> counted = new ArrayList<>();
        if (abstaining > 0) {
            counted.add(p("vote.abstaining", abstaining));
        }
        if (silent > 0) {
            counted.add(p("vote.silent", silent));
        }
        return counted.isEmpty() ? "" : p("vote.besides", counted.size() == 1 ? counted.getFirst()
                : p("and", counted.getFirst(), counted.getLast()));
    }

    /**
     * Who spoke in the item's debate, each once in the order of first speaking: "I debatten yttrar sig Anna Andersson
     * (S), Bertil Berg (M) och Cecilia Ceder (V)."; null when nobody did.
     */
    static String spoke(MeetingPapers.Entry e) {
        return e.speakers().isEmpty() ? null : p("minutes.spoke", PaperWords.names(e.speakers()));
    }

    /** "Motionen", "Interpellationen", "Ärendet": the item in the definite form, to begin a sentence. */
    static String definite(MeetingPapers.Entry e) {
        return Grammar.definite(e.matter() == null ? null : e.matter().kind());
    }

    /** A decision recorded only as its kind, in words: "Motionen avslås.", "Interpellationen är besvarad." */
    static String decision(MeetingPapers.Entry e, Decision d) {
        Matter m = e.matter();
        String specific = "decision." + d.code() + "." + (m == null ? "item" : m.kind().code());
        return Localization.has("papers." + specific) ? p(specific) : p("decision." + d.code(), definite(e));
    }

    /** Whether a motion's words are an att-clause ("att planen följs upp"), which runs on after "yrkar". */
    static boolean clause(String text) {
        return text != null && text.strip().toLowerCase(Localization.locale()).startsWith("att ");
    }

    /** A typed text as a sentence: stripped, with a full stop unless it ends with one. */
    static String sentence(String text) {
        if (text == null) {
            return "";
        }
        String s = text.strip();
        return s.isEmpty() || ".!?".indexOf(s.charAt(s.length() - 1)) >= 0 ? s : s + ".";
    }
}
