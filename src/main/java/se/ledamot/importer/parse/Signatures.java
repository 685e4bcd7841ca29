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
    /** Two to four capitalised words, allowing "af", "von", "de" and double names with a hyphen. */
    static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:af|von|de|van|der)\\s+)?\\p{Lu}[\\p{L}'’.-]*){1,3}";
    private static final Pattern PERSON_WITH_PARTY = Pattern.compile(
            "(?<name>" + NAME + ")\\s*\\(\\s*(?<party>\\p{L}{1,6})\\s*\\)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\boch\\b|\\bsamt\\b)\\s*");
    private static final Pattern BULLET = Pattern.compile("^[-–•*/\\s]+");
    private static final Pattern NAME_WITH_PARTY_NAME = Pattern.compile(
            "^(?<name>" + NAME + ")\\s*,?\\s+(?:för\\s+)?(?<party>\\p{L}+)$");
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
        String s = BULLET.matcher(line).replaceFirst("").strip().replaceAll("[.,;]+$", "");
        if (s.isEmpty() || s.length() > 200) {
            return List.of();
        }
        Matcher partyName = NAME_WITH_PARTY_NAME.matcher(s);
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
        Matcher m = PERSON_WITH_PARTY.matcher(s);
        int end = 0;
        while (m.find()) {
            String between = s.substring(end, m.start());
            if (!SEPARATOR.matcher(between).replaceAll("").isBlank()) {
                return List.of();
            }
            people.add(new Person(m.group("name"), m.group("party")));
            end = m.end();
        }
        String rest = s.substring(end).strip();
        // "Anna Ek (S), gruppledare": a role in lower case may follow the last name.
        boolean restIsRole = rest.isEmpty() || rest.matches(",?\\s*\\p{Ll}[\\p{L} ]{0,40}");
        return restIsRole ? people : List.of();
    }

    /** A line that is a bare name and nothing else, as under "Med vänlig hälsning". */
    static Optional<Person> bareName(String line) {
        String s = BULLET.matcher(line).replaceFirst("").strip();
        return s.matches(NAME) && s.length() <= 60 ? Optional.of(new Person(s, null)) : Optional.empty();
    }

    /** The party abbreviation of a line such as "Vänsterpartiet" or "För Moderaterna i Ale". */
    static Optional<String> partyLine(String line) {
        String s = line.strip().toLowerCase(Locale.ROOT).replaceFirst("^för\\s+", "");
        String first = s.split("\\s+")[0];
        return s.split("\\s+").length <= 4 ? Optional.ofNullable(PARTIES.get(first)) : Optional.empty();
    }

    /**
     * Who a text is put to, from what follows "till": "socialnämndens ordförande Anna Ek (M)",
     * "kommunalrådet Per Lund", "Anna Ek (C)", "kommunstyrelsens ordförande".
     */
    static Optional<Addressee> addressee(String afterTill) {
        String s = afterTill.strip().replaceAll("[.,:;]+$", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String role = null;
        String rest = s;
        Matcher roleMatch = ROLE_WORD.matcher(s);
        if (roleMatch.find()) {
            role = s.substring(0, roleMatch.end()).strip();
            rest = s.substring(roleMatch.end()).strip().replaceFirst("^,\\s*", "");
        }
        Matcher person = PERSON_WITH_PARTY.matcher(rest);
        if (person.matches()) {
            return Optional.of(new Addressee(person.group("name"), person.group("party"), role));
        }
        if (rest.matches(NAME)) {
            return Optional.of(new Addressee(rest, null, role));
        }
        if (role != null) {
            return Optional.of(new Addressee(null, null, rest.isEmpty() ? role : role + " " + rest));
        }
        return s.length() <= 120 ? Optional.of(new Addressee(null, null, s)) : Optional.empty();
    }
}
