package se.ledamot.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Person;

/** People as council texts name them: signature lines "Jan Alexandersson (V)", addressees "till ... ordförande X (M)". */
final class Signatures {
    /** One capitalised word of a name, taken whole (possessive: a name never ends mid-word, so nothing backtracks). */
    private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*+";
    /** Two to four capitalised words, allowing "af", "von", "de" and double names with a hyphen. */
    static final String NAME = WORD + "(?:\\s++(?:(?:af|von|de|van|der)\\s++)?" + WORD + "){1,3}";
    /** Where a name may start when searched for: not inside a word. */
    static final String NAME_START = "(?<![\\p{L}'’.-])";
    /** Longer lines are prose, never a line of signatures. */
    private static final int MAX_SIGNATURE_LINE = 200;
    /** A role longer than this ("kommunstyrelsens ordförande") is a sentence that happens to hold a role word. */
    private static final int MAX_ROLE = 150;

    private static final Pattern NAME_ONLY = Pattern.compile(NAME);
    private static final Pattern PERSON_WITH_PARTY = Pattern.compile(
            NAME_START + "(?<name>" + NAME + ")\\s*+\\(\\s*+(?<party>\\p{L}{1,6})\\s*+\\)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*+(?:,|;|&|\\boch\\b|\\bsamt\\b)\\s*+");
    private static final Pattern NAME_WITH_PARTY_NAME = Pattern.compile(
            "(?<name>" + NAME + ")(?:\\s*+,)?\\s++(?:för\\s++)?(?<party>\\p{L}++)");
    private static final Pattern ROLE_AFTER = Pattern.compile(",?\\s*+\\p{Ll}[\\p{L} ]{0,40}");
    private static final Pattern ROLE_WORD = Pattern.compile(
            "(?iu)^.*?\\b(?:ordförande|ordföranden|kommunalråd|kommunalrådet|oppositionsråd|oppositionsrådet|ledamot|"
                    + "ledamoten|gruppledare|gruppledaren|ansvarig|ansvarige|borgmästare)\\b");
    static final Map<String, String> PARTIES = Map.ofEntries(
            Map.entry("socialdemokraterna", "S"), Map.entry("moderaterna", "M"),
            Map.entry("sverigedemokraterna", "SD"), Map.entry("centerpartiet", "C"),
            Map.entry("vänsterpartiet", "V"), Map.entry("kristdemokraterna", "KD"), Map.entry("liberalerna", "L"),
            Map.entry("miljöpartiet", "MP"), Map.entry("folkpartiet", "FP"));

    private Signatures() {
    }

    /**
     * The people on a line that holds nothing but signatures: "Jan Alexandersson (V)", "Anna Ek (C) och Per Lund
     * (M)", "Anna Ek (S), gruppledare", "Anna Ek, Socialdemokraterna". Empty when the line says anything else.
     */
    static List<Person> signatureLine(String line) {
        if (line.length() > MAX_SIGNATURE_LINE + 20) {
            return List.of();
        }
        String s = Scan.trimEnd(withoutBullet(line).strip(), ".,;");
        if (s.isEmpty() || s.length() > MAX_SIGNATURE_LINE) {
            return List.of();
        }
        Matcher partyName = Scan.matcher(NAME_WITH_PARTY_NAME, s);
        if (partyName.matches()) {
            String party = partyName.group("party");
            String abbr = PARTIES.get(party.toLowerCase(Locale.ROOT));
            // "Anders Ek, V": an abbreviation counts only after a comma and in capitals.
            if (abbr == null && s.contains(",") && PARTIES.containsValue(party)) {
                abbr = party;
            }
            if (abbr != null) {
                return List.of(new Person(partyName.group("name"), abbr));
            }
        }
        List<Person> people = new ArrayList<>();
        Matcher m = Scan.matcher(PERSON_WITH_PARTY, s);
        int end = 0;
        while (m.find()) {
            String between = s.substring(end, m.start());
            if (!Scan.replaceAll(SEPARATOR, between, "").isBlank()) {
                return List.of();
            }
            people.add(new Person(m.group("name"), m.group("party")));
            end = m.end();
        }
        String rest = s.substring(end).strip();
        // "Anna Ek (S), gruppledare": a role in lower case may follow the last name.
        boolean restIsRole = rest.isEmpty() || Scan.matches(ROLE_AFTER, rest);
        return restIsRole ? people : List.of();
    }

    /** A line that is a bare name and nothing else, as under "Med vänlig hälsning". */
    static Optional<Person> bareName(String line) {
        String s = withoutBullet(line).strip();
        return s.length() <= 60 && Scan.matches(NAME_ONLY, s) ? Optional.of(new Person(s, null)) : Optional.empty();
    }

    /** True when the text is a name and nothing else. */
    static boolean isName(String text) {
        return text.length() <= 200 && Scan.matches(NAME_ONLY, text);
    }

    /** The party abbreviation of a line such as "Vänsterpartiet" or "För Moderaterna i Ale". */
    static Optional<String> partyLine(String line) {
        if (line.length() > 80) {
            return Optional.empty();
        }
        List<String> words = Scan.words(line.strip().toLowerCase(Locale.ROOT));
        if (!words.isEmpty() && words.getFirst().equals("för")) {
            words = words.subList(1, words.size());
        }
        return !words.isEmpty() && words.size() <= 4 ? Optional.ofNullable(PARTIES.get(words.getFirst()))
                : Optional.empty();
    }

    /**
     * Who a text is put to, from what follows "till": "socialnämndens ordförande Anna Ek (M)",
     * "kommunalrådet Per Lund", "Anna Ek (C)", "kommunstyrelsens ordförande".
     */
    static Optional<Addressee> addressee(String afterTill) {
        String s = Scan.trimEnd(afterTill.strip(), ".,:;");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String role = null;
        String rest = s;
        Matcher roleMatch = Scan.matcher(ROLE_WORD, s);
        if (roleMatch.find() && roleMatch.end() <= MAX_ROLE) {
            role = s.substring(0, roleMatch.end()).strip();
            rest = s.substring(roleMatch.end()).strip();
            rest = rest.startsWith(",") ? rest.substring(1).strip() : rest;
        }
        Matcher person = Scan.matcher(PERSON_WITH_PARTY, rest);
        if (person.matches()) {
            return Optional.of(new Addressee(person.group("name"), person.group("party"), role));
        }
        if (isName(rest)) {
            return Optional.of(new Addressee(rest, null, role));
        }
        if (role != null) {
            String whole = rest.isEmpty() ? role : role + " " + rest;
            return Optional.of(new Addressee(null, null, whole.length() <= MAX_ROLE ? whole : role));
        }
        return s.length() <= 120 ? Optional.of(new Addressee(null, null, s)) : Optional.empty();
    }

    /** A line without the dash, bullet or slash a signature may start with. */
    private static String withoutBullet(String line) {
        return Scan.trimStart(line, "-–•*/ \t");
    }
}
