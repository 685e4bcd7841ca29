package se.ledamot.domain.debate;

import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.sync.RowMerge;

/**
 * A decision recorded in the debate: the matter with the decision and the status it leads to, and the agenda item's
 * decision and wording met with the item as stored (issue 16.5), so a wording another secretary stored meanwhile in
 * the minutes is not written over. A wording both typed differently is left in {@code item}'s conflicts to choose.
 */
public record Decided(Matter matter, RowMerge<AgendaItem> item) {
}
