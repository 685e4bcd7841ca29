package se.ledamot.ui.minutes;

import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.AgendaItem;

/** One numbered item as Protokoll's list shows it: "§ 103 Motion om …"; kind null for a standard item. */
public record EntryRow(int number, int paragraph, String title, AgendaItem item, MatterKind kind) {
    @Override
    public String toString() {
        return "§ " + paragraph + "  " + title;
    }
}
