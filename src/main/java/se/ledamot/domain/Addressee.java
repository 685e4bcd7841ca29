package se.ledamot.domain;

/**
 * Who an interpellation or question is put to: a chair or a member the council has named. Each part is kept on one
 * line; {@link Matter} checks that they fit.
 */
public record Addressee(String name, String party, String role) {
    public Addressee {
        name = Limit.line(name);
        party = Limit.line(party);
        role = Limit.line(role);
    }

    public boolean isEmpty() {
        return name == null && party == null && role == null;
    }
}
