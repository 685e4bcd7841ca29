package se.ledamot.service;

import java.util.Optional;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.AgendaItem;

/**
 * One item of an agenda with its matter.
 *
 * @param matter   the matter, empty for a free-text item
 * @param deadline the matter's nearest deadline
 * @param late     whether the matter was handed in after the body's submission deadline for this meeting
 */
public record AgendaEntry(AgendaItem item, Optional<Matter> matter, Optional<Deadline> deadline, boolean late) {
}
