package se.ledamot.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many matters are pending (open and in the council's hands: {@link Lifecycle#isPending}), counted three ways:
 * by kind and status, by the authors' parties (a matter counts once for each of its parties; those without a party
 * apart), and motions and citizen proposals by their day of submission (for their ages). The database counts these
 * with aggregate queries; {@link #of} counts the same from matters in memory.
 */
public record PendingCounts(Map<MatterKind, Map<Status, Integer>> byKindAndStatus, Map<String, Integer> byParty,
        int withoutParty, Map<MatterKind, Map<LocalDate, Integer>> proposalsBySubmitted) {

    public PendingCounts {
        byKindAndStatus = copy(byKindAndStatus);
        byParty = new TreeMap<>(byParty);
        proposalsBySubmitted = copy(proposalsBySubmitted);
    }

    /** The counts of the pending matters among these. */
    public static PendingCounts of(Collection<Matter> matters) {
        Map<MatterKind, Map<Status, Integer>> byKind = new EnumMap<>(MatterKind.class);
        Map<String, Integer> byParty = new TreeMap<>();
        Map<MatterKind, Map<LocalDate, Integer>> bySubmitted = new EnumMap<>(MatterKind.class);
        int withoutParty = 0;
        for (Matter m : matters) {
            if (!m.lifecycle().isPending(m.status())) {
                continue;
            }
            byKind.computeIfAbsent(m.kind(), k -> new EnumMap<>(Status.class)).merge(m.status(), 1, Integer::sum);
            if (m.parties().isEmpty()) {
                withoutParty++;
            }
            m.parties().forEach(p -> byParty.merge(p, 1, Integer::sum));
            if (m.kind().hasProposals() && m.submitted() != null) {
                bySubmitted.computeIfAbsent(m.kind(), k -> new TreeMap<>()).merge(m.submitted(), 1, Integer::sum);
            }
        }
        return new PendingCounts(byKind, byParty, withoutParty, bySubmitted);
    }

    private static <K extends Enum<K>, V> Map<K, V> copy(Map<K, V> map) {
        return map.isEmpty() ? Map.of() : new EnumMap<>(map);
    }
}
