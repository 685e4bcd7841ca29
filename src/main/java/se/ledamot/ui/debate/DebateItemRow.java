package se.ledamot.ui.debate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.ledamot.domain.Matter;
import se.ledamot.domain.debate.Debate;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.service.AgendaEntry;

/**
 * An agenda item about a matter, as the debate's item list shows it: named as Protokoll's list and the protokoll
 * name it ("§ 103  Motion från … om …"), so that the secretary finds the same item on either screen.
 */
public record DebateItemRow(AgendaItem item, String name, Matter matter) {

    /** A meeting's items that can be debated, named as the papers name them (by item id). */
    static List<DebateItemRow> rows(List<AgendaEntry> items, Map<Long, String> names) {
        return items.stream().map(e -> new DebateItemRow(e.item(),
                names.getOrDefault(e.item().id(), e.matter().orElseThrow().title()), e.matter().orElseThrow()))
                .toList();
    }

    /** A debate's item as its row names it; its matter's title alone while the rows are not read yet. */
    static String label(List<DebateItemRow> rows, Debate d) {
        return rows.stream().filter(r -> Objects.equals(r.item().id(), d.item().id())).findFirst()
                .map(DebateItemRow::toString).orElse(d.matter().title());
    }

    @Override
    public String toString() {
        return name;
    }
}
