package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.AGENDA_ITEM;
import static se.ledamot.store.jooq.Tables.GROUP_POSITION;
import static se.ledamot.store.jooq.Tables.MATTER;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.store.jooq.tables.records.GroupPositionRecord;

/**
 * One party group's positions on agenda items. A store is opened for one group and every query it makes names that
 * group, so no call can reach another group's positions; when the database moves to a server, the group becomes the
 * signed-in user's group.
 */
public final class PositionStore {
    private final DSLContext dsl;
    private final Clock clock;
    private final String group;


    public PositionStore(DSLContext dsl, Clock clock, String group) {
        this.dsl = dsl;
        this.clock = clock;
        this.group = Position.groupCode(group);
    }

    public String group() {
        return group;
    }

    public Optional<Position> find(long itemId) {
        return dsl.selectFrom(GROUP_POSITION)
                .where(GROUP_POSITION.GROUP_CODE.eq(group)).and(GROUP_POSITION.ITEM_ID.eq(itemId))
                .fetchOptional(this::position);
    }

    /** The group's position on an item, or an undecided one when it has none yet. */
    public Position get(long itemId) {
        return find(itemId).orElseGet(() -> Position.undecided(itemId, group));
    }

    /** The group's positions on a meeting's items, by item id, in agenda order. Items it has none on are left out. */
    public Map<Long, Position> forMeeting(long meetingId) {
        Map<Long, Position> out = new LinkedHashMap<>();
        dsl.select(GROUP_POSITION.fields()).from(GROUP_POSITION).join(AGENDA_ITEM)
                .on(AGENDA_ITEM.ID.eq(GROUP_POSITION.ITEM_ID))
                .where(GROUP_POSITION.GROUP_CODE.eq(group)).and(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_ITEM.ITEM_NUMBER)
                .fetchInto(GROUP_POSITION)
                .forEach(r -> out.put(r.getItemId(), position(r)));
        return out;
    }

    /** A stance must be about what the item asks: no vote on an interpellation (Kommunallagen 5 kap. 59–64 §§). */
    private void checkStance(Position p) {
        Optional<MatterKind> kind = dsl.select(MATTER.KIND).from(AGENDA_ITEM).join(MATTER)
                .on(MATTER.ID.eq(AGENDA_ITEM.MATTER_ID)).where(AGENDA_ITEM.ID.eq(p.itemId()))
                .fetchOptional(MATTER.KIND).flatMap(MatterKind::fromCode);
        if (kind.isPresent()) {
            p.stance().checkFor(kind.get());
        } else if (!Stance.forFreeText().contains(p.stance())) {
            throw new DomainException("stance.notForKind", p.stance(), MatterKind.OTHER);
        }
    }

    /** Stores the group's position on an item. A position of another group is refused. */
    public void save(Position p) {
        if (!p.group().equals(group)) {
            throw new DomainException("position.group.other", p.group(), group);
        }
        if (!dsl.fetchExists(AGENDA_ITEM, AGENDA_ITEM.ID.eq(p.itemId()))) {
            throw new StoreException("store.agenda.item.missing", null, p.itemId());
        }
        if (p.stance() != null) {
            checkStance(p);
        }
        String stance = p.stance() == null ? null : p.stance().code();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        dsl.insertInto(GROUP_POSITION)
                .set(GROUP_POSITION.GROUP_CODE, group).set(GROUP_POSITION.ITEM_ID, p.itemId())
                .set(GROUP_POSITION.STANCE, stance).set(GROUP_POSITION.SPEAKER, p.speaker())
                .set(GROUP_POSITION.ARGUMENTS, p.arguments()).set(GROUP_POSITION.NOTES, p.notes())
                .set(GROUP_POSITION.REVIEWED, p.reviewed()).set(GROUP_POSITION.UPDATED_AT, now)
                .onConflict(GROUP_POSITION.GROUP_CODE, GROUP_POSITION.ITEM_ID).doUpdate()
                .set(GROUP_POSITION.STANCE, stance).set(GROUP_POSITION.SPEAKER, p.speaker())
                .set(GROUP_POSITION.ARGUMENTS, p.arguments()).set(GROUP_POSITION.NOTES, p.notes())
                .set(GROUP_POSITION.REVIEWED, p.reviewed()).set(GROUP_POSITION.UPDATED_AT, now)
                .execute();
    }

    public void remove(long itemId) {
        dsl.deleteFrom(GROUP_POSITION).where(GROUP_POSITION.GROUP_CODE.eq(group))
                .and(GROUP_POSITION.ITEM_ID.eq(itemId)).execute();
    }

    private Position position(GroupPositionRecord r) {
        return new Position(r.getItemId(), r.getGroupCode(), Stance.fromCode(r.getStance()).orElse(null),
                r.getSpeaker(), r.getArguments(), r.getNotes(), r.getReviewed());
    }
}
