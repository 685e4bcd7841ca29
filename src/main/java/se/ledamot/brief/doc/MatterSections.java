package se.ledamot.brief.doc;

import se.ledamot.l10n.Dates;
import static se.ledamot.brief.doc.Composer.t;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import se.ledamot.brief.layout.Align;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.l10n.DeadlineText;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;

/** The parts every brief shows of a matter: its particulars, its clauses or questions, its timeline and history. */
final class MatterSections {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm");
    private static final int LONG_VALUE = 90;
    private static final Pattern ATT = Pattern.compile("att\\s");
    private static final Pattern PROPOSER = Pattern.compile("(\\p{Lu}\\p{L}+(?: \\p{L}+){0,2}) föreslår\\b");

    private MatterSections() {
    }

    /**
     * "Motion · KS 2015/123" above a title; the kind is left out when the title says it already ("Motion om …"), so
     * no paper reads "Motion · Motion om …".
     */
    static String kicker(Matter m) {
        String kind = namesItsKind(m) ? null : Localization.kind(m.kind());
        String number = m.number();
        return kind == null ? number == null ? "" : number : number == null ? kind : kind + " · " + number;
    }

    /** "Motion · KS 2015/123", whatever the title says: for running headers and metadata. */
    static String kindAndNumber(Matter m) {
        return Localization.kind(m.kind()) + (m.number() == null ? "" : " · " + m.number());
    }

    /** The title as printed: a doubled kind prefix ("Remiss: Remiss: Yttrande") is said once. */
    static String title(Matter m) {
        String kind = Pattern.quote(Localization.kind(m.kind()));
        return m.title().replaceFirst("(?i)^(?:" + kind + "\\s*:\\s*)+(?=" + kind + "\\b)", "");
    }

    /** Whether the title begins with the name of the matter's kind: "Motion om …", "Interpellation till …". */
    static boolean namesItsKind(Matter m) {
        return Grammar.namesKind(m.kind(), title(m));
    }

    /** The heading above a matter's own text: "Motionen", "Interpellationen", "Remissen". */
    static String originalHeading(Matter m) {
        return t("original." + m.kind().code());
    }

    /** The heading above the clauses of a motion or proposal: "Motionärens förslag", "Motionärernas förslag". */
    static String proposalsHeading(Matter m) {
        return t("proposals." + m.kind().code(), m.authors().size());
    }

    /**
     * A prepared proposal under the name of the body that prepared it ("Kommunstyrelsens förslag till beslut"): the
     * matter's responsible body, or the one the text names first ("Kommunstyrelsen föreslår …"). Its opening is set
     * as running text and each line that starts with "att" as a clause of a hanging list, as a motion's own clauses
     * are; a clause runs on until the next "att" line. Nothing when there is no proposal.
     */
    static void prepared(Composer c, String body, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String by = body != null && !body.isBlank() ? body.strip() : proposer(text);
        c.h2(by == null ? t("prepared") : t("prepared.by", genitive(by), by));
        StringBuilder lead = new StringBuilder();
        List<String> clauses = new ArrayList<>();
        for (String line : text.strip().split("\\R")) {
            String s = line.strip();
            if (ATT.matcher(s).lookingAt()) {
                clauses.add(s.substring(3).strip());
            } else if (clauses.isEmpty()) {
                lead.append(line).append('\n');
            } else if (!s.isEmpty()) {
                clauses.set(clauses.size() - 1, clauses.getLast() + " " + s);
            }
        }
        // "Kommunstyrelsen föreslår kommunfullmäktige besluta" leads into the att-satser: never alone at a page's foot.
        if (clauses.isEmpty()) {
            c.text(lead.toString(), Align.JUSTIFY);
        } else {
            c.leading(lead.toString(), Align.JUSTIFY);
        }
        c.list(clauses.stream().map(x -> t("att")).toList(), clauses);
    }

    /** Who made a proposal, when its text says so first: "Kommunstyrelsen föreslår …", "Ordföranden föreslår …". */
    static String proposer(String proposal) {
        Matcher m = PROPOSER.matcher(proposal.strip());
        return m.lookingAt() ? m.group(1) : null;
    }

    /** Swedish genitive: "Kommunstyrelsen" → "Kommunstyrelsens"; a name ending in s, x or z takes nothing. */
    static String genitive(String name) {
        char last = Character.toLowerCase(name.charAt(name.length() - 1));
        return last == 's' || last == 'x' || last == 'z' ? name : name + "s";
    }

    static String authors(Matter m) {
        return m.authors().stream().map(Person::display).collect(Collectors.joining(", "));
    }

    static String addressee(Addressee a) {
        if (a == null) {
            return null;
        }
        String who = a.name() == null ? "" : a.name() + (a.party() == null ? "" : " (" + a.party() + ")");
        return a.role() == null ? who : who.isEmpty() ? a.role() : who + ", " + a.role();
    }

    static String submitted(Matter m) {
        if (m.submitted() == null) {
            return null;
        }
        return Dates.date(m.submitted()) + (m.place() == null ? "" : ", " + m.place());
    }

    static String status(Matter m) {
        return Localization.status(m.kind(), m.status()) + (m.decision() == null ? "" : " — " + Localization.decision(m.decision()));
    }

    /** The nearest deadline with its date, or a clock without a date yet: "Besvaras vid sammanträdet: inte …". */
    static String deadline(Matter m, Deadlines deadlines, LocalDate today) {
        // Inside the brackets the rule's name runs on in lower case: "(ettårsgränsen för motioner, om 8 månader)".
        return deadlines.nearest(m).map(d -> Dates.date(d.date()) + " ("
                + lowerFirst(Localization.get("deadline." + d.type().code())) + ", " + Grammar.due(d, today) + ")")
                .orElseGet(() -> deadlines.undated(m).map(DeadlineText::when).orElse(null));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Localization.locale()) + s.substring(1);
    }

    /** "Inlämnad", or "Inkommen" for a referral, which comes in from another body. */
    static String submittedLabel(Matter m) {
        return t(m.kind() == MatterKind.REFERRAL ? "field.received" : "field.submitted");
    }

    static void facts(Composer c, Matter m, Deadlines deadlines, LocalDate today) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t("field.kind"), Localization.kind(m.kind())});
        rows.add(new String[] {t("field.number"), m.number()});
        rows.add(new String[] {submittedLabel(m), submitted(m)});
        rows.add(new String[] {t("field.authors"), authors(m)});
        rows.add(new String[] {t("field.addressee"), addressee(m.addressee())});
        rows.add(new String[] {t("field.responsible_body"), m.responsibleBody()});
        rows.add(new String[] {t("field.status"), status(m)});
        rows.add(new String[] {t("field.deadline"), deadline(m, deadlines, today)});
        // The reply date is said once: as the Tidsgräns when it is the deadline shown, else on its own row.
        boolean shownAsDeadline = deadlines.nearest(m).filter(d -> d.date().equals(m.replyBy())).isPresent();
        rows.add(new String[] {t("field.reply_by"), m.replyBy() == null || shownAsDeadline ? null
                : Dates.date(m.replyBy())});
        rows.add(new String[] {t("field.tags"), m.tags().stream().sorted().collect(Collectors.joining(", "))});
        c.facts(rows);
    }

    /** The att-satser of a motion, or the numbered questions of an interpellation. */
    static void clauses(Composer c, Matter m) {
        clausesBelow(c, m, "");
    }

    /**
     * The att-satser of a motion, and the numbered questions of an interpellation unless its own {@code text} holds
     * them word for word: the matter brief prints these above that text, which sets such questions out itself
     * ({@link #textWithQuestions}), so a councillor does not read them twice in a row. The att-satser stay: they sum
     * up a motion whose text may run for pages before them.
     */
    static void clausesAbove(Composer c, Matter m, String text) {
        proposals(c, m, "");
        questions(c, m, text);
    }

    /**
     * As {@link #clauses(Composer, Matter)} below the matter's printed text {@code above}, leaving out a list that text
     * holds word for word: a motion imported whole ends with its att-satser, which the papers print once, as written.
     */
    static void clausesBelow(Composer c, Matter m, String above) {
        proposals(c, m, above);
        questions(c, m, above);
    }

    private static void proposals(Composer c, Matter m, String above) {
        String text = plain(above);
        if (!m.proposals().isEmpty() && !m.proposals().stream().allMatch(p -> text.contains(plain(p)))) {
            c.h2(proposalsHeading(m));
            c.list(m.proposals().stream().map(p -> t("att")).toList(), m.proposals());
        }
    }

    private static void questions(Composer c, Matter m, String above) {
        String text = plain(above);
        if (!m.questions().isEmpty() && !m.questions().stream().allMatch(q -> text.contains(plain(q)))) {
            c.h2(t(m.questions().size() == 1 ? "question" : "questions"));
            numbered(c, m.questions());
        }
    }

    /**
     * A matter's own text with its clauses or questions. An interpellation or a fråga whose text runs its questions
     * inline ("… med följande tre frågor. 1 Hur långt …? 2 När …? 3 Vad …?") has them set out as an interpellation
     * sets them: a numbered list, one question an item, after the text that leads into it and kept with it, the text
     * after them below. Otherwise the text as it is, and the lists below it ({@link #clausesBelow}).
     */
    static void textAndClauses(Composer c, Matter m, String text) {
        textWithQuestions(c, m, text);
        clausesBelow(c, m, text);
    }

    /**
     * The matter's own text, its questions set out as {@link #textAndClauses} does, and no lists below it: the matter
     * brief prints them above, under their own heading.
     */
    static void textWithQuestions(Composer c, Matter m, String text) {
        Matcher inline = inlineQuestions(m.questions()).matcher(text == null ? "" : text);
        if (m.questions().isEmpty() || !inline.matches()) {
            c.text(text, Align.JUSTIFY);
        } else {
            c.leading(inline.group(1), Align.JUSTIFY);
            numbered(c, m.questions());
            c.text(inline.group(2), Align.JUSTIFY);
        }
    }

    /**
     * A text holding these questions one after the other, each perhaps after its number or a dash ("1 ", "2) ",
     * "– "), with nothing else between them: group 1 is the text before them, group 2 the text after.
     */
    private static Pattern inlineQuestions(List<String> questions) {
        StringBuilder re = new StringBuilder("(?isu)(.*?)");
        for (String q : questions) {
            re.append("\\s*(?:(?:\\d{1,2}\\s*[.):]?|[-–•])\\s+)?");
            re.append(String.join("\\s+", java.util.Arrays.stream(q.strip().split("\\s+")).map(Pattern::quote)
                    .toList()));
        }
        return Pattern.compile(re.append("(.*)").toString());
    }

    /** Questions as an interpellation sets them out: "1.", "2.", … with a hanging indent. */
    private static void numbered(Composer c, List<String> questions) {
        c.list(IntStream.rangeClosed(1, questions.size()).mapToObj(i -> i + ".").toList(), questions);
    }

    private static String plain(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Dated events, oldest first: submission, status steps from the history, the decision, and what is due. */
    static List<List<String>> timeline(Matter m, List<MatterChange> changes, Deadlines deadlines, ZoneId zone) {
        record Event(LocalDate date, String text) {
        }
        List<Event> events = new ArrayList<>();
        if (m.submitted() != null) {
            events.add(new Event(m.submitted(), Grammar.submitted(m.kind())));
        }
        for (MatterChange ch : changes) {
            LocalDate day = LocalDate.ofInstant(ch.at(), zone);
            if (MatterField.STATUS.code().equals(ch.field())) {
                events.add(new Event(day, t("event.status", value(m.kind(), ch.field(), ch.newValue()))));
            } else if (MatterChange.AGENDA.equals(ch.field())) {
                events.add(new Event(day, ch.newValue() == null || ch.newValue().isEmpty()
                        ? t("event.agendaOff", Dates.meetingLabel(ch.oldValue()))
                        : t("event.agendaOn", Dates.meetingLabel(ch.newValue()))));
            } else if (MatterField.DECISION.code().equals(ch.field()) && ch.newValue() != null
                    && !ch.newValue().isEmpty()) {
                events.add(new Event(day, t("event.decision", value(m.kind(), ch.field(), ch.newValue()))));
            }
        }
        deadlines.all(m).forEach(d -> events.add(new Event(d.date(),
                t("event.deadline", Localization.get("deadline." + d.type().code())))));
        if (m.replyBy() != null && deadlines.all(m).stream().noneMatch(d -> d.date().equals(m.replyBy()))) {
            events.add(new Event(m.replyBy(), t("event.replyBy")));
        }
        return events.stream().sorted(Comparator.comparing(Event::date))
                .map(e -> List.of(Dates.date(e.date()), e.text())).toList();
    }

    /** Every recorded change of a matter of this kind, oldest first: when, what, from what to what. */
    static List<List<String>> history(MatterKind kind, List<MatterChange> changes, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        for (MatterChange ch : changes) {
            String when = STAMP.format(ch.at().atZone(zone));
            String what = switch (ch.field()) {
                case MatterChange.CREATED -> t("history.created");
                case MatterChange.TRASHED -> t("history.trashed");
                case MatterChange.RESTORED -> t("history.restored");
                default -> t("field." + ch.field());
            };
            String change = ch.field().equals(MatterChange.CREATED) ? "" : describe(kind, ch);
            rows.add(List.of(when, what, change));
        }
        return rows;
    }

    private static String describe(MatterKind kind, MatterChange ch) {
        if (ch.field().equals(MatterChange.TRASHED) || ch.field().equals(MatterChange.RESTORED)) {
            return "";
        }
        String from = value(kind, ch.field(), ch.oldValue());
        String to = value(kind, ch.field(), ch.newValue());
        if (from.length() > LONG_VALUE || to.length() > LONG_VALUE || from.contains("\n") || to.contains("\n")) {
            return t("history.textChanged");
        }
        return (from.isEmpty() ? "–" : from) + " → " + (to.isEmpty() ? "–" : to);
    }

    /**
     * A stored value in words: status, kind and decision codes are named (a status in the form that agrees with the
     * matter's kind: "Inlämnat" for a medborgarförslag), others shown as they are.
     */
    static String value(MatterKind kind, String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if (MatterField.STATUS.code().equals(field)) {
            return Status.fromCode(raw).map(st -> Localization.status(kind, st)).orElse(raw);
        }
        if (MatterField.KIND.code().equals(field)) {
            return MatterKind.fromCode(raw).map(Localization::kind).orElse(raw);
        }
        if (MatterField.DECISION.code().equals(field)) {
            return Decision.fromCode(raw).map(Localization::decision).orElse(raw);
        }
        return raw;
    }
}
