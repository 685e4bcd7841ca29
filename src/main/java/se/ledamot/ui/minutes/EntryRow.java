package se.ledamot.ui.minutes;

import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.papers.StandardItem;

/**
 * One numbered item as Protokoll's list shows it: "§ 103  Motion från … om …" ({@code Kallelse.name}); kind null for a standard item, standard null
 * for a matter or another free-text item.
 *
 * @param usual what the protokoll writes under a standard item whose wording is left empty ("Upprop förrättas."),
 *              offered to take; null for other items
 */
public record EntryRow(int number, int paragraph, String name, AgendaItem item, MatterKind kind,
        StandardItem standard, String usual) {
    @Override
    public String toString() {
        return name;
    }
}
