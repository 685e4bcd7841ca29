package se.ledamot.domain;

import java.util.function.Predicate;

/**
 * Which matters the command line's list shows: by kind, status and party; null means "any". A free text is the
 * register's search (the search index), not this.
 */
public record MatterFilter(MatterKind kind, Status status, String party) implements Predicate<Matter> {

    @Override
    public boolean test(Matter m) {
        return (kind == null || m.kind() == kind)
                && (status == null || m.status() == status)
                && (party == null || party.isBlank() || m.parties().stream().anyMatch(p -> p.equalsIgnoreCase(party.strip())));
    }
}
