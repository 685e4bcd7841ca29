package se.ledamot.domain.debate;

import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.sync.RowMerge;

/**
 * A decision refused because another recorded one on the item meanwhile (issue 16): the decision recorded, and the
 * wording typed met with the item as stored, who stored it and when ({@link RowMerge#savedBy}). A wording typed that
 * differs from the stored one is a conflict on the wording, to choose in the conflict view; nothing was written.
 */
public record DecidedMeanwhile(DebateDecision decision, RowMerge<AgendaItem> wording) {
}
