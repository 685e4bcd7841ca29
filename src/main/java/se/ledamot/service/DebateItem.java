package se.ledamot.service;

import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.AgendaItem;

/**
 * An agenda item about a matter, one that can be debated, named as Protokoll's list and the protokoll name it
 * ("§ 103  Motion från … om …", {@code Kallelse.name}), so that the secretary finds the same item on either screen.
 */
public record DebateItem(AgendaItem item, String name, Matter matter) {
    @Override
    public String toString() {
        return name;
    }
}
