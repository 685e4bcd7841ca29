package se.ledamot.ui.debate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.ledamot.domain.Matter;
import se.ledamot.domain.debate.Debate;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.l10n.Localization;
import se.ledamot.service.AgendaEntry;

/**
 * An agenda item about a matter, as the debate's item list shows it: "Punkt 5 Motion om …", with the kallelse's
 * number, so a councillor holding the paper finds the same item.
 */
public record DebateItemRow(AgendaItem item, int number, Matter matter) {

    /** A meeting's items that can be debated, numbered as its kallelse numbers them (by item id). */
    static List<DebateItemRow> rows(List<AgendaEntry> items, Map<Long, Integer> numbers) {
        return items.stream().map(e -> new DebateItemRow(e.item(),
                numbers.getOrDefault(e.item().id(), e.item().number()), e.matter().orElseThrow())).toList();
    }

    /** A debate's item as its row names it; its matter's title alone while the rows are not read yet. */
    static String label(List<DebateItemRow> rows, Debate d) {
        return rows.stream().filter(r -> Objects.equals(r.item().id(), d.item().id())).findFirst()
                .map(DebateItemRow::toString).orElse(d.matter().title());
    }

    @Override
    public String toString() {
        return Localization.get("meeting.item", number) + " " + matter.title();
    }
}
