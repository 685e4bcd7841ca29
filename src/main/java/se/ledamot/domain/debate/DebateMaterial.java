package se.ledamot.domain.debate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;

/**
 * Everything a debate brief shows for one meeting: the meeting and its body, and per agenda item its matter, the
 * matter's history and list of speakers and, when the brief is for a party group, that group's position.
 *
 * @param group  the party group the brief is for, or null for a brief without positions
 * @param listed how many items the kallelse's föredragningslista has (the body's standard items such as Upprop
 *               counted), so the brief can say how many of them it takes up
 */
public record DebateMaterial(Meeting meeting, Body body, String group, List<Item> items, int listed) {

    public DebateMaterial {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(body, "body");
        group = group == null ? null : Position.groupCode(group);
        items = List.copyOf(items);
    }

    /** Material whose items are the whole föredragningslista. */
    public DebateMaterial(Meeting meeting, Body body, String group, List<Item> items) {
        this(meeting, body, group, items, items.size());
    }

    /**
     * One agenda item.
     *
     * @param matter   the matter, empty for a free-text item
     * @param position the group's position, empty when the brief has no group or the group has none yet
     * @param speakers the list of speakers, in order; empty for a free-text item
     * @param number   its number on the föredragningslista as the kallelse prints it (standard items such as
     *                 Upprop counted), so that the brief and the kallelse name an item alike
     */
    public record Item(AgendaItem item, Optional<Matter> matter, List<MatterChange> changes,
            Optional<Position> position, List<Speaker> speakers, int number) {
        public Item {
            Objects.requireNonNull(item, "item");
            changes = List.copyOf(changes);
            speakers = List.copyOf(speakers);
        }

        /** Numbered by its place on the agenda. */
        public Item(AgendaItem item, Optional<Matter> matter, List<MatterChange> changes,
                Optional<Position> position, List<Speaker> speakers) {
            this(item, matter, changes, position, speakers, item.number());
        }

        /** An item with no speakers yet. */
        public Item(AgendaItem item, Optional<Matter> matter, List<MatterChange> changes,
                Optional<Position> position) {
            this(item, matter, changes, position, List.of());
        }

        /** The item's heading: its matter's title, or its own text. */
        public String title() {
            return matter.map(Matter::title).orElse(item.text());
        }
    }

    public Optional<String> groupIfAny() {
        return Optional.ofNullable(group);
    }
}
