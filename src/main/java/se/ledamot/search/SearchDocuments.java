package se.ledamot.search;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import se.ledamot.domain.Matter;

/** What the index is fed: the records the store reads for it, one per thing a search can find. */
public final class SearchDocuments {
    private SearchDocuments() {
    }

    /** A matter, with the codes of the bodies it belongs to (its responsible body, the meetings that had it). */
    public record MatterDocument(Matter matter, Set<String> bodies) {
        public MatterDocument {
            bodies = Set.copyOf(bodies);
        }
    }

    /** A meeting: which body, when and where. */
    public record MeetingDocument(long id, String bodyCode, String bodyName, LocalDate date, LocalTime time,
            String place) {
    }

    /**
     * An item on a meeting's agenda: its heading (a matter's title or a free text), the proposal for decision and
     * what was decided.
     */
    public record AgendaItemDocument(long id, long meetingId, String bodyCode, LocalDate date, int number,
            Long matterId, String heading, String proposal, String decisionText) {
    }

    /** A person who wrote matters, with the party given and how many matters. */
    public record PersonDocument(String name, String party, int matters) {
    }
}
