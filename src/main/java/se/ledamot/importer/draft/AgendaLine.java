package se.ledamot.importer.draft;

import java.util.List;
import se.ledamot.domain.MatterField;

/**
 * One numbered item of a föredragningslista as the document gives it: a standard item such as "Val av justerare"
 * (free text, no matter), or a matter item with the draft of the matter its line describes — kind, title, Dnr,
 * authors, addressee — to be matched to a stored matter or stored as a new one.
 *
 * @param number the item's number in the document
 * @param text   the item's heading as published, on one line, without its Dnr
 * @param dnr    the Dnr the item gives, null when none
 * @param matter the matter the line describes, null for a free-text item
 * @param proposal the förslag till beslut the document gives under the item, empty when none
 */
public record AgendaLine(int number, String text, String dnr, ImportDraft matter, String proposal) {
    public AgendaLine {
        proposal = proposal == null ? "" : proposal;
    }

    public boolean isFreeText() {
        return matter == null;
    }

    public List<MatterField> unsureFields() {
        return matter == null ? List.of() : matter.unsureFields();
    }
}
