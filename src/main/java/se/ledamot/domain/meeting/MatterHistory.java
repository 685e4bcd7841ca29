package se.ledamot.domain.meeting;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.ledamot.domain.MatterChange;

/**
 * What is on record of one matter's handling: its timeline (status and responsible body as they changed) and every
 * agenda it has been on, with what was proposed and decided there. What a report of its preparation is made from.
 *
 * @param proposal a prepared proposal known without its meeting, used when no agenda carries one
 */
public record MatterHistory(List<MatterChange> timeline, List<Appearance> agendas, String proposal) {
    public static final MatterHistory EMPTY = new MatterHistory(List.of(), List.of(), null);

    /** One item on one meeting's agenda about the matter. */
    public record Appearance(Meeting meeting, AgendaItem item) {
    }

    public MatterHistory {
        timeline = List.copyOf(timeline);
        agendas = agendas.stream().sorted(Comparator.comparing((Appearance a) -> a.meeting().date())
                .thenComparing(a -> a.item().number())).toList();
        proposal = proposal == null || proposal.isBlank() ? null : proposal;
    }

    /** The latest prepared proposal for decision on an agenda, else the one known without its meeting. */
    public Optional<String> latestProposal() {
        return agendas.reversed().stream().map(a -> a.item().proposal()).filter(p -> !p.isBlank()).findFirst()
                .or(() -> Optional.ofNullable(proposal));
    }
}
