package se.ledamot.service;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import se.ledamot.domain.meeting.Position;
import se.ledamot.store.PositionStore;

/**
 * A party group's positions on agenda items. Every call names the group, and only that group's positions are read
 * or written: a store is opened once per group, and each of its queries names the group.
 */
public final class PositionService {
    private final DSLContext dsl;
    private final Clock clock;
    private final MeetingService meetings;
    private final Map<String, PositionStore> stores = new ConcurrentHashMap<>();

    PositionService(DSLContext dsl, Clock clock, MeetingService meetings) {
        this.dsl = dsl;
        this.clock = clock;
        this.meetings = meetings;
    }

    private PositionStore of(String group) {
        return stores.computeIfAbsent(Position.groupCode(group), g -> new PositionStore(dsl, clock, g));
    }

    /** The group's positions on a meeting's items, by item id; items it has none on are left out. */
    public Map<Long, Position> ofMeeting(long meetingId, String group) {
        return of(group).forMeeting(meetingId);
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
}
