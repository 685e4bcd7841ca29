package se.ledamot.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named person with an optional party abbreviation, as in a signature line: "Jan Alexandersson (V)". Name and party
 * are each kept on one line; how long they may be is checked by what keeps them ({@link Matter}, a debate's speaker),
 * so a name read from a file can still be cut to fit.
 */
public record Person(String name, String party) {
    private static final Pattern SIGNATURE = Pattern.compile("^\\s*(.+?)\\s*\\(\\s*([^()]{1,12}?)\\s*\\)\\s*$");

    public Person {
        name = Limit.line(name);
        party = Limit.line(party);
        party = party == null ? null : party.toUpperCase(Locale.ROOT);
        if (name == null) {
            throw new DomainException("person.name.missing");
        }
    }

    /**
     * Reads "Name (PARTY)" or a bare name, as people type them. A party alone ("(V)") or a "name" without a letter
     * is refused: an author needs a name.
     */
    public static Person parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException("person.name.missing");
        }
        Matcher m = SIGNATURE.matcher(text);
        boolean signature = m.matches();
        String name = Limit.line(signature ? m.group(1) : text);
        if (name == null || name.startsWith("(") || name.codePoints().noneMatch(Character::isLetter)) {
            throw new DomainException("person.name.invalid", Limit.line(text));
        }
        return new Person(name, signature ? m.group(2) : null);
    }

    /** The form people write and read: "Jan Alexandersson (V)". */
    public String display() {
        return party == null ? name : name + " (" + party + ")";
    }
}
