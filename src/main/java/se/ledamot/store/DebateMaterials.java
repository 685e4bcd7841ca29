package se.ledamot.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.DebateMaterial;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;

/** Gathers what a debate brief needs from the matter, meeting, position and debate stores, in one place for window and CLI. */
public final class DebateMaterials {
    private DebateMaterials() {
    }

    /**
     * The material for a meeting, with the group's positions if a group is named.
     *
     * @throws StoreException when the meeting does not exist
     */
    public static DebateMaterial load(OpenDatabase db, long meetingId, String group) {
        MeetingStore meetings = new MeetingStore(db);
        MatterStore matters = new MatterStore(db);
        Meeting meeting = meetings.require(meetingId);
        Body body = meetings.body(meeting.body()).orElseGet(() -> new Body(meeting.body(), meeting.body(), false,
                0, 0, 0));
        DebateStore debates = new DebateStore(db);
        Map<Long, Position> positions = group == null ? Map.of() : new PositionStore(db, group).forMeeting(meetingId);
        List<DebateMaterial.Item> items = new ArrayList<>();
        for (AgendaItem item : meetings.agenda(meetingId)) {
            Optional<Matter> matter = item.matterId() == null ? Optional.empty() : matters.find(item.matterId());
            items.add(new DebateMaterial.Item(item, matter,
                    matter.map(m -> matters.timeline(m.id())).orElse(List.of()),
                    Optional.ofNullable(positions.get(item.id())),
                    matter.isEmpty() ? List.of() : debates.open(item.id()).speakers().speakers()));
        }
        return new DebateMaterial(meeting, body, group, items);
    }
}
