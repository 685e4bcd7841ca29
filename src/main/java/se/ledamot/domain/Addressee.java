package se.ledamot.domain;

/** Who an interpellation or question is put to: a chair or a member the council has named. */
public record Addressee(String name, String party, String role) {
    public Addressee {
        name = blankToNull(name);
        party = blankToNull(party);
        role = blankToNull(role);
    }

    public boolean isEmpty() {
        return name == null && party == null && role == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
