package se.ledamot.importer.parse;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Lifecycle;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.importer.budget.Budget;
import se.ledamot.importer.draft.AgendaLine;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.importer.draft.ImportDraft;

/**
 * What one item's heading says: a standard item ("Upprop", "Val av justerare") is free text; a matter's kind comes
 * from its first words ("Interpellation från X (P) till … ordförande Y (P) om …", "Fråga från …", "Motion från … om
 * …", "Svar på motion …", "Medborgarförslag om …", "Remiss …"), with its authors, addressee, topic and Dnr. An item
 * with a Dnr and no kind word is a matter of another kind; one with neither is free text. Scans the heading once.
 */
final class AgendaItemReader {
    /** Items every meeting has, which are about no matter (the secretary's standard items). */
    private static final List<String> STANDARD = List.of("upprop", "närvaro", "val av justerare",
            "val av protokollsjusterare", "val av två justerare", "justering", "tid för justering",
            "godkännande av", "fastställande av", "kungörelse", "allmänhetens frågestund", "frågestund",
            "anmälan av", "anmälningsärenden", "meddelanden", "delgivningar", "information", "informationsärenden",
            "sammanträdets öppnande", "öppnande", "avslutning", "mötets avslutande", "redovisning av delegationsbeslut",
            "delegationsbeslut", "övriga frågor");
    /** Words an answer or a decision on a matter may start with before the kind. */
    private static final List<String> LEAD_INS = List.of("svar på ", "besvarande av ", "beslut om ", "beslut i ",
            "yttrande över ", "yttrande angående ", "förslag till yttrande över ");
    private static final List<String> TOPIC_WORDS = List.of(" om ", " angående ", " gällande ", " rörande ",
            " avseende ", ": ");

    private AgendaItemReader() {
    }

    static AgendaLine read(AgendaItems.Raw found) {
        // An item's heading is stored as the item's text: cut to fit, the whole is kept as a matter's body.
        AgendaItems.Raw raw = new AgendaItems.Raw(found.number(), Limit.AGENDA_TEXT.fit(found.text()), found.dnr(),
                found.wrapped(), found.proposal());
        String lower = raw.text().toLowerCase(Locale.ROOT);
        Budget.charge(raw.text().length());
        if (STANDARD.stream().anyMatch(lower::startsWith)) {
            return new AgendaLine(raw.number(), raw.text(), raw.dnr(), null, raw.proposal());
        }
        String afterLead = lower;
        for (String lead : LEAD_INS) {
            if (afterLead.startsWith(lead)) {
                afterLead = afterLead.substring(lead.length());
                break;
            }
        }
        Optional<MatterKind> kind = kindWord(afterLead);
        if (kind.isEmpty() && raw.dnr() == null) {
            return new AgendaLine(raw.number(), raw.text(), null, null, raw.proposal());
        }
        return new AgendaLine(raw.number(), raw.text(), raw.dnr(), matter(raw, kind, raw.text().length()
                - afterLead.length()), raw.proposal());
    }

    /** The kind an item's first word names, and the length of that word. */
    private static Optional<MatterKind> kindWord(String lower) {
        if (lower.startsWith("interpellation")) {
            return Optional.of(MatterKind.INTERPELLATION);
        }
        if (lower.startsWith("fråga ") || lower.startsWith("fråga:") || lower.startsWith("frågor ")) {
            return Optional.of(MatterKind.QUESTION);
        }
        if (lower.startsWith("motion")) {
            return Optional.of(MatterKind.MOTION);
        }
        if (lower.startsWith("medborgarförslag")) {
            return Optional.of(MatterKind.CITIZEN_PROPOSAL);
        }
        if (lower.startsWith("remiss")) {
            return Optional.of(MatterKind.REFERRAL);
        }
        return Optional.empty();
    }

    private static ImportDraft matter(AgendaItems.Raw raw, Optional<MatterKind> kind, int kindAt) {
        MatterKind k = kind.orElse(MatterKind.OTHER);
        Map<MatterField, Confidence> sure = new EnumMap<>(MatterField.class);
        Matter.Builder b = new Matter.Builder().kind(k).status(Lifecycle.of(k).submitted()).body(raw.text());
        sure.put(MatterField.KIND, kind.isPresent() ? Confidence.SURE : Confidence.UNSURE);
        if (raw.dnr() != null) {
            b.number(raw.dnr());
            sure.put(MatterField.NUMBER, Confidence.SURE);
        }
        String title = raw.text();
        if (kind.isPresent()) {
            String text = raw.text();
            int wordEnd = text.indexOf(' ', kindAt);
            // A space before, so a topic right after the kind word is found as well: "Medborgarförslag om …".
            String rest = wordEnd < 0 ? "" : text.substring(wordEnd);
            Budget.charge(text.length());
            int topicAt = firstOf(rest, TOPIC_WORDS, 0);
            String people = (topicAt < 0 ? rest : rest.substring(0, topicAt)).strip();
            String topic = topicAt < 0 ? "" : rest.substring(topicAt).strip();
            topic = topic.startsWith(":") ? topic.substring(1).strip() : topic.substring(topic.indexOf(' ') + 1);
            topic = topic.toLowerCase(Locale.ROOT).startsWith("att ") ? topic.substring(4) : topic;
            boolean named = people(people, k, b, sure);
            if (!topic.isBlank()) {
                title = capitalised(topic);
            } else if (!named && !rest.isBlank()) {
                title = capitalised(Scan.trimStart(rest, " :")); // "Remiss: Regional plan för …"
            }
        }
        b.title(title);
        sure.put(MatterField.TITLE, raw.wrapped() ? Confidence.UNSURE : Confidence.SURE);
        return ImportDraft.fitted(b, sure, List.of(), raw.text());
    }

    /**
     * "från Anna Ek (V) och Per Lund (V) till kommunstyrelsens ordförande Eva Berg (S)": authors and addressee; true
     * when the text names anyone.
     */
    private static boolean people(String text, MatterKind kind, Matter.Builder b, Map<MatterField, Confidence> sure) {
        String lower = text.toLowerCase(Locale.ROOT);
        int from = lower.startsWith("från ") ? 5 : lower.startsWith("av ") ? 3 : -1;
        int till = lower.startsWith("till ") ? 0 : lower.indexOf(" till ");
        if (from >= 0) {
            String who = text.substring(from, till > from ? till : text.length()).strip();
            List<Person> authors = Signatures.signatureLine(who);
            if (!authors.isEmpty()) {
                b.authors(authors);
                sure.put(MatterField.AUTHORS, Confidence.SURE);
            } else {
                Signatures.bareName(who).ifPresent(p -> {
                    b.authors(List.of(p));
                    sure.put(MatterField.AUTHORS, Confidence.UNSURE);
                });
            }
        }
        if (till >= 0 && kind.hasAddressee()) {
            int start = till == 0 ? 5 : till + 6;
            Optional<Addressee> a = Signatures.addressee(text.substring(Math.min(start, text.length())));
            a.ifPresent(b::addressee);
            a.ifPresent(x -> sure.put(MatterField.ADDRESSEE, x.name() != null ? Confidence.SURE : Confidence.UNSURE));
        }
        return from >= 0 || till >= 0;
    }

    /** Where the first of the words occurs in the text, or -1. */
    private static int firstOf(String text, List<String> words, int from) {
        int best = -1;
        for (String w : words) {
            int at = text.indexOf(w, from);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        Budget.charge((long) text.length() * words.size());
        return best;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
