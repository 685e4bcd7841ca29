package se.ledamot.brief.doc;

import se.ledamot.l10n.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.NoticeRule;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.Enclosure;
import se.ledamot.domain.papers.MeetingPapers;
import se.ledamot.domain.papers.StandardItem;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;

/**
 * How the secretary's papers name an item and what they say of it where the secretary has written nothing: the
 * föredragningslista's forms ("Motion från Jan Alexandersson (V) m.fl. om att upprätta en integrationsplan",
 * "Interpellation från X (V) till socialnämndens ordförande Y (S) om …"), a new motion's proposal (referred for
 * preparation, the council's rule), the documents a decision rests on, and who it is sent to.
 */
final class PaperWords {
    /** "Motion om …", "Interpellation till … om …": the subject after the kind's own words. */
    private static final Pattern SUBJECT = Pattern.compile(
            "(?iu)^(?:motion|interpellation|fråga|medborgarförslag)(?:\\s+(?:till|från)\\s+.+?)?\\s+"
                    + "(?:om|angående|gällande|rörande|kring)\\s+(.+)$");
    private static final int SUMMARY_WORDS = 70;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]");

    private PaperWords() {
    }

    static String p(String key, Object... args) {
        return Localization.get("papers." + key, args);
    }

    /** The item's heading in the föredragningslista and above its text. */
    static String title(MeetingPapers.Entry e) {
        if (e.matter() != null) {
            return title(e.matter());
        }
        if (e.item() != null && e.item().text() != null) {
            return title(e.standard(), e.item().text());
        }
        return standardTitle(e.standard());
    }

    /**
     * A free-text item's heading: one put on the agenda under a standard item's Swedish heading (as Protokoll does
     * when it is chosen, as the samples are) in the reader's words; any other as it was typed.
     */
    static String title(StandardItem s, String text) {
        boolean known = s != null && s.title() == null
                && text.equals(Localization.swedish("papers.standard." + s.kind().code()));
        return known ? standardTitle(s) : text;
    }

    static String standardTitle(StandardItem s) {
        return s.title() != null ? s.title() : p("standard." + s.kind().code());
    }

    static String title(Matter m) {
        String subject = subject(m);
        return switch (m.kind()) {
            case MOTION -> p("title.motion", m.authors().isEmpty() ? 0 : 1, authors(m.authors()), subject);
            case INTERPELLATION, QUESTION -> p("title." + m.kind().code(), m.authors().isEmpty() ? 0 : 1,
                    authors(m.authors()), addressee(m.addressee()).isEmpty() ? 0 : 1, addressee(m.addressee()),
                    subject);
            // A resident's name is not printed in a public paper.
            case CITIZEN_PROPOSAL -> p("title.citizen_proposal", subject);
            default -> Grammar.heading(m.kind(), MatterSections.title(m));
        };
    }

    /** What the matter is about, to follow "om": "att upprätta en integrationsplan", "integrationsenheten". */
    static String subject(Matter m) {
        String title = MatterSections.title(m).strip();
        Matcher matcher = SUBJECT.matcher(title);
        String s = matcher.matches() ? matcher.group(1) : title;
        boolean properName = s.length() > 1 && (Character.isUpperCase(s.charAt(1)) || s.contains(" kommun"));
        return Grammar.about(properName ? s : s.substring(0, 1).toLowerCase(Localization.locale()) + s.substring(1));
    }

    /** "Jan Alexandersson (V)", "… och Emma Ramhult (V)", or "Jan Alexandersson (V) m.fl." for three or more. */
    static String authors(List<Person> people) {
        if (people.isEmpty()) {
            return "";
        }
        if (people.size() == 1) {
            return people.getFirst().display();
        }
        if (people.size() == 2) {
            return p("and", people.get(0).display(), people.get(1).display());
        }
        return p("andOthers", people.getFirst().display());
    }

    /** "socialnämndens ordförande Åsa Müller (M)" */
    static String addressee(Addressee a) {
        if (a == null) {
            return "";
        }
        String who = a.name() == null ? "" : a.name() + (a.party() == null ? "" : " (" + a.party() + ")");
        return ((a.role() == null ? "" : a.role() + " ") + who).strip();
    }

    /** A list of people in running text: "A, B och C". */
    static String names(List<Person> people) {
        List<String> shown = people.stream().map(Person::display).toList();
        if (shown.size() <= 1) {
            return shown.isEmpty() ? "" : shown.getFirst();
        }
        return p("and", String.join(", ", shown.subList(0, shown.size() - 1)), shown.getLast());
    }

    /** Whether a motion or citizen proposal is new: handed in and not yet referred for preparation. */
    static boolean isNew(Matter m) {
        return m.kind().hasProposals() && m.status() == Status.SUBMITTED;
    }

    /** The summary the secretary wrote, or the opening of the matter's own text, up to about seventy words. */
    static String summary(MeetingPapers.Entry e) {
        if (e.papers().summary() != null) {
            return e.papers().summary();
        }
        Matter m = e.matter();
        if (m == null) {
            return null;
        }
        if (m.kind().hasAddressee()) {
            return p("summary." + m.kind().code(), authors(m.authors()), m.questions().size(),
                    addressee(m.addressee()).isEmpty() ? 0 : 1, addressee(m.addressee()), subject(m));
        }
        return opening(m.body());
    }

    /** The first words of a text, up to the end of the sentence that passes {@link #SUMMARY_WORDS}. */
    static String opening(String text) {
        List<Paragraphs.Paragraph> paras = Paragraphs.of(text == null ? "" : text);
        if (paras.isEmpty()) {
            return null;
        }
        // Lines with no full stop above the first sentence are a letterhead or a heading ("Vänsterpartiet",
        // "Motion om …"): a summary starts at the text.
        int first = 0;
        while (first < paras.size() && !SENTENCE_END.matcher(paras.get(first).text()).find()) {
            first++;
        }
        if (first < paras.size()) {
            paras = paras.subList(first, paras.size());
        }
        StringBuilder out = new StringBuilder();
        int words = 0;
        for (Paragraphs.Paragraph para : paras) {
            for (String sentence : para.text().split("(?<=[.!?])\\s+")) {
                out.append(out.isEmpty() ? "" : " ").append(sentence);
                words += sentence.split("\\s+").length;
                if (words >= SUMMARY_WORDS) {
                    return out + (sentence.equals(para.text()) && paras.size() == 1 ? "" : " …");
                }
            }
            if (words >= SUMMARY_WORDS / 2) {
                break;
            }
        }
        return out.toString();
    }

    /**
     * The documents the decision rests on, as typed, or as Ledamot knows them: the matter, its answer when it was
     * written by the meeting (not at the meeting where a question is only asked), the proposal, files.
     */
    static List<String> basis(MeetingPapers papers, MeetingPapers.Entry e) {
        if (!e.papers().basis().isEmpty()) {
            return e.papers().basis();
        }
        List<String> out = new ArrayList<>();
        Matter m = e.matter();
        if (m != null) {
            String from = authors(m.authors());
            String when = m.submitted() == null ? "" : Dates.date(m.submitted());
            if (m.kind() == MatterKind.CITIZEN_PROPOSAL) {
                out.add(p("basis.citizen", when.isEmpty() ? 0 : 1, when));
            } else {
                out.add(p("basis.matter", Localization.kind(m.kind()), from.isEmpty() ? 0 : 1, from,
                        when.isEmpty() ? 0 : 1, when));
            }
            if (m.kind().hasAddressee() && e.answerBy(papers.meeting().date())) {
                out.add(p("basis.answer", addressee(m.addressee()).isEmpty() ? 0 : 1, addressee(m.addressee())));
            }
        }
        if (!e.proposal().isBlank()) {
            String by = preparedBy(e);
            out.add(by == null ? p("basis.proposal") : p("basis.proposalBy", MatterSections.genitive(by), by));
        }
        for (Enclosure enc : e.enclosures()) {
            out.add(enc.title());
        }
        return out;
    }

    /** The body that prepared the item's proposal: the matter's responsible body, or the one its text names. */
    static String preparedBy(MeetingPapers.Entry e) {
        String body = e.matter() == null ? null : e.matter().responsibleBody();
        return body != null && !body.isBlank() ? body.strip() : MatterSections.proposer(e.proposal());
    }

    /** Who the decision is sent to: as typed, or the preparing body; a new motion goes to the body preparing it. */
    static List<String> sendTo(MeetingPapers.Entry e, String referTo) {
        if (!e.papers().sendTo().isEmpty()) {
            return e.papers().sendTo();
        }
        Matter m = e.matter();
        if (m == null) {
            return List.of();
        }
        if (isNew(m)) {
            return List.of(capital(referTo));
        }
        String by = preparedBy(e);
        return by == null ? List.of() : List.of(capital(by));
    }

    static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /**
     * The sentence of a kallelse that says when the meeting is announced on the anslagstavla (5 kap. 11 §), from the
     * day the secretary gave: "har tillkännagetts den …" once it is past on the day of issue, "tillkännages den …"
     * before it; none given, the latest lawful day ("senast den …") rather than a day no one stated, citing what sets
     * that day: the law's week, or the arbetsordning when the council asks for more days (the law would not say it).
     */
    static String posting(String key, MeetingPapers papers) {
        LocalDate posted = papers.meeting().postedOn();
        String law = p("notice.source.law");
        if (posted == null) {
            String source = papers.notice().daysBefore() == NoticeRule.LAW_DAYS ? law : p("notice.source.rules");
            return p(key, 0, dayAndMonthTogether(papers.notice().latestDay(papers.meeting().date())), source);
        }
        return p(key, posted.isAfter(papers.issued()) ? 1 : 2, dayAndMonthTogether(posted), law);
    }

    /** "7 december 2026" with no line break between "7" and "december". */
    static String dayAndMonthTogether(LocalDate day) {
        return Dates.date(day).replaceFirst(" ", "\u00a0");
    }

    /** The chair in running text, or null when not set. */
    static String chair(BodyPapers b) {
        return b.chair() == null ? null : b.chair().display();
    }
}
