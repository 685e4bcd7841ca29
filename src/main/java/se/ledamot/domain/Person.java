package se.ledamot.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A named person with an optional party abbreviation, as in a signature line: "Jan Alexandersson (V)". */
public record Person(String name, String party) {
    private static final Pattern SIGNATURE = Pattern.compile("^\\s*(.+?)\\s*\\(\\s*([^()]{1,12}?)\\s*\\)\\s*$");

    public Person {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        party = party == null || party.isBlank() ? null : party.strip().toUpperCase(java.util.Locale.ROOT);
        if (name.isEmpty()) {
            throw new DomainException("person.name.missing");
        }
    }

    /** Reads "Name (PARTY)" or a bare name. */
    public static Person parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException("person.name.missing");
        }
        Matcher m = SIGNATURE.matcher(text);
        return m.matches() ? new Person(m.group(1), m.group(2)) : new Person(text, null);
    }

    public Optional<String> partyIfAny() {
        return Optional.ofNullable(party);
    }

    /** The form people write and read: "Jan Alexandersson (V)". */
    public String display() {
        return party == null ? name : name + " (" + party + ")";
    }
}
