package se.ledamot.service;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.store.PositionStore;

/**
 * A party group's positions on agenda items. Every call names the group, and only that group's positions are read
 * or written: a store is opened once per group, and each of its queries names the group.
 */
public final class PositionService {
    private final Function<String, PositionStore> open;
    private final MeetingService meetings;
    private final Map<String, PositionStore> stores = new ConcurrentHashMap<>();
    private final Predicate<String> seen;

    /**
     * @param open opens the store of one group, given its code
     * @param seen whether the user sees a group's positions, given its code
     */
    PositionService(Function<String, PositionStore> open, MeetingService meetings, Predicate<String> seen) {
        this.open = open;
        this.meetings = meetings;
        this.seen = seen;
    }

    /**
     * Whether the group's positions reach this user: on a shared server (or a replica of one) a member sees only their
     * own group's; another group's read as if it had none, so they must not be shown as undecided.
     */
    public boolean visible(String group) {
        return seen.test(Position.groupCode(group));
    }

    private PositionStore of(String group) {
        return stores.computeIfAbsent(Position.groupCode(group), open);
    }

    /** The group's positions on a meeting's items, by item id; items it has none on are left out. */
    public Map<Long, Position> ofMeeting(long meetingId, String group) {
        return of(group).forMeeting(meetingId);
    }

    /** The group's position on an item, if it has taken one. */
    public Optional<Position> find(long itemId, String group) {
        return of(group).find(itemId);
    }

    /** The group's position on an item, or an undecided one when it has none yet. */
    public Position get(long itemId, String group) {
        return of(group).get(itemId);
    }

    /** The group's position on a matter on a meeting's agenda; a refusal when the matter is not on it. */
    public Position onAgenda(long meetingId, long matterId, String group) {
        return get(meetings.itemFor(meetingId, matterId).id(), group);
    }

    /** Stores the group's position; a position of another group is refused. */
    public void save(String group, Position position) {
        of(group).save(position);
    }

    /**
     * Stores what was typed into the copy {@code base} of the group's position, met with what is stored now: a field
     * another member saved meanwhile is kept, and one both changed comes back as a conflict (issue 16.5).
     */
    public RowMerge<Position> save(String group, Position base, Position mine) {
        return of(group).save(base, mine);
    }
}
