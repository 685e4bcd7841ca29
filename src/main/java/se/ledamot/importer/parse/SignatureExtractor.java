package se.ledamot.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.Person;
import se.ledamot.importer.draft.Confidence;

/**
 * Who wrote the text. Lines of signatures with parties ("Jan Alexandersson (V)") are sure; bare names under a closing
 * ("Med vänlig hälsning", "För Vänsterpartiet") or a sentence "X (M) har lämnat in en motion" are unsure. In a
 * written answer the heading names the asker ("Svar på interpellation från X till … ordförande Y (S)") and the one
 * asked, who is also the one who signs: this step sets the addressee there.
 */
final class SignatureExtractor implements Extractor {
    /** Lines from the end looked at for a closing and the names under it. */
    private static final int CLOSING_LINES = 15;
    static final Pattern CLOSING = Pattern.compile(
            "(?:med\\s++vänlig(?:a)?\\s++hälsning(?:ar)?|vänliga\\s++hälsningar|mvh|för\\s++\\p{L}++|förslagsställare"
                    + "|undertecknad|namnunderskrift|underskrift|namnförtydligande|\\.{3,}+|_{3,}+)[,:]?.*", Scan.FLAGS);
    private static final Pattern SUBMITTED_BY = Pattern.compile(Signatures.NAME_START + "(?<name>" + Signatures.NAME
            + ")(?:\\s*+\\((?<party>\\p{L}{1,6})\\))?\\s++har\\s++(?:skickat\\s++in|lämnat\\s++in|ställt|väckt|lämnat)"
            + "\\s++(?:en|ett)\\s++(?:interpellation|fråga|motion|medborgarförslag)");
    /**
     * "från X till Y om Z", the "till" and topic optional. Linear: once "från" is matched the pattern always matches,
     * at the first " till " and then the first topic word, so nothing is tried again from a later start.
     */
    private static final Pattern FROM = Pattern.compile("\\s*+från\\s++(?<who>.+?)(?:\\s++till\\s++(?<to>.+?))?"
            + "(?:\\s++(?:om|angående|gällande|rörande|avseende)\\s++(?<topic>.+))?", Scan.FLAGS);

    @Override
    public void extract(CouncilText text, Findings found) {
        List<Person> signers = new ArrayList<>();
        List<Integer> signatureLines = new ArrayList<>();
        int heading = found.headingLine();
        for (int i = 0; i < text.size(); i++) {
            if (i == heading || found.isUsed(i)) {
                continue;
            }
            List<Person> people = Signatures.signatureLine(text.line(i));
            if (!people.isEmpty()) {
                signatureLines.add(i);
                for (Person p : people) {
                    if (signers.stream().noneMatch(f -> f.name().equals(p.name()))) {
                        signers.add(p);
                    }
                }
            }
        }
        signatureLines.forEach(found::use);
        if (found.isAnswerDocument()) {
            answerDocument(text, found, signers);
            return;
        }
        if (!signers.isEmpty()) {
            found.matter().authors(signers);
            found.set(MatterField.AUTHORS, Confidence.SURE);
            return;
        }
        List<Person> closing = closingNames(text, found);
        if (!closing.isEmpty()) {
            found.matter().authors(closing);
            found.set(MatterField.AUTHORS, Confidence.UNSURE);
            return;
        }
        List<Person> dated = namesUnderTheDate(text, found);
        if (!dated.isEmpty()) {
            found.matter().authors(dated);
            found.set(MatterField.AUTHORS, Confidence.UNSURE);
            return;
        }
        submittedBy(text, found);
    }

    /** The last resort: a sentence saying who handed the text in, "Anna Ek (L) har lämnat in en motion". */
    private static void submittedBy(CouncilText text, Findings found) {
        Matcher by = Scan.matcher(SUBMITTED_BY, text.flat());
        if (by.find()) {
            found.matter().authors(List.of(new Person(by.group("name"), by.group("party"))));
            found.set(MatterField.AUTHORS, Confidence.UNSURE);
        } else {
            found.set(MatterField.AUTHORS, Confidence.MISSING);
        }
    }

    /**
     * In an answer the one who signs is the one asked; the asker is named in the heading ("från ..."), or else in a
     * sentence under it ("X har skickat in en interpellation"), which is less sure.
     */
    private static void answerDocument(CouncilText text, Findings found, List<Person> signers) {
        Matcher from = Scan.matcher(FROM, found.headingRest());
        Addressee asked = null;
        if (from.matches()) {
            asked = from.group("to") == null ? null : Signatures.addressee(from.group("to")).orElse(null);
            List<Person> askers = Signatures.signatureLine(from.group("who"));
            if (askers.isEmpty()) {
                askers = Signatures.bareName(from.group("who")).map(List::of).orElse(List.of());
            }
            if (!askers.isEmpty()) {
                found.matter().authors(askers);
                found.set(MatterField.AUTHORS, Confidence.SURE);
            }
            found.headingRest(from.group("topic") == null ? "" : "om " + from.group("topic"));
        } else {
            submittedBy(text, found);
        }
        answered(found, asked, signers.isEmpty() ? null : signers.getLast());
    }

    /**
     * The one asked: named in the heading ("till ... ordförande Y (S)") is sure; else the one who signs, with the
     * heading's role if it names only one ("till kommunstyrelsens ordförande"), unsure.
     */
    private static void answered(Findings found, Addressee asked, Person signer) {
        if (asked != null && asked.name() != null) {
            boolean sameAsSigner = signer != null && signer.name().equals(asked.name());
            String party = asked.party() == null && sameAsSigner ? signer.party() : asked.party();
            found.matter().addressee(new Addressee(asked.name(), party, asked.role()));
            found.set(MatterField.ADDRESSEE, Confidence.SURE);
        } else if (signer != null) {
            found.matter().addressee(new Addressee(signer.name(), signer.party(), asked == null ? null : asked.role()));
            found.set(MatterField.ADDRESSEE, Confidence.UNSURE);
        } else if (asked != null) {
            found.matter().addressee(asked);
            found.set(MatterField.ADDRESSEE, Confidence.UNSURE);
        } else {
            found.set(MatterField.ADDRESSEE, Confidence.MISSING);
        }
    }

    /** Bare names under a closing such as "Med vänlig hälsning", "För Vänsterpartiet" or a dotted line. */
    private static List<Person> closingNames(CouncilText text, Findings found) {
        List<Person> out = new ArrayList<>();
        String party = null;
        boolean closing = false;
        for (int i = Math.max(0, text.size() - CLOSING_LINES); i < text.size(); i++) {
            String line = text.line(i);
            if (isClosing(line)) {
                closing = true;
                party = Signatures.partyLine(line).orElse(party);
                continue;
            }
            if (closing && !line.isEmpty()) {
                Optional<Person> p = Signatures.bareName(line);
                if (p.isPresent()) {
                    out.add(new Person(p.get().name(), party));
                    found.use(i);
                } else if (!DatePlaceExtractor.isDateLine(line)) {
                    closing = false;
                }
            }
        }
        return out;
    }

    /**
     * Names without a party on the lines right under the last date line ("Växjö den 2 maj 2022" / "Linnea Ström"): a
     * resident signs a medborgarförslag so. An address under the name ends the names.
     */
    private static List<Person> namesUnderTheDate(CouncilText text, Findings found) {
        int from = Math.max(0, text.size() - CLOSING_LINES);
        int date = -1;
        for (int i = from; i < text.size(); i++) {
            if (DatePlaceExtractor.isDateLine(text.line(i))) {
                date = i;
            }
        }
        List<Person> out = new ArrayList<>();
        for (int i = date + 1; date >= 0 && i < text.size(); i++) {
            String line = text.line(i);
            if (line.isEmpty() || isClosing(line)) {
                continue;
            }
            Optional<Person> p = Signatures.bareName(line);
            if (p.isEmpty() || found.isUsed(i)) {
                break;
            }
            out.add(p.get());
            found.use(i);
        }
        return out;
    }

    /** "Med vänlig hälsning", "Mvh", "För Vänsterpartiet", a dotted line: what comes before a signature. */
    static boolean isClosing(String line) {
        return Scan.matches(CLOSING, line);
    }
}
