package se.ledamot.domain.debate;

import java.util.Optional;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;

/** An agenda item's debate: its meeting, its matter, the list of speakers and the decision, once taken. */
public record Debate(Meeting meeting, AgendaItem item, Matter matter, SpeakerList speakers,
        Optional<DebateDecision> decision) {

    /** The same debate with another list of speakers. */
    public Debate withSpeakers(SpeakerList list) {
        return new Debate(meeting, item, matter, list, decision);
    }
}
