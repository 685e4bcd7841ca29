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
import se.ledamot.domain.sync.RowMerge;
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
        check(p);
        String stance = p.stance() == null ? null : p.stance().code();
        OffsetDateTime now = now();
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

    /**
     * Stores what was typed into the copy {@code base} of the group's position, met with what is stored now
     * (optimistic locking, issue 16.5: another member of the group may have saved the same position meanwhile). A
     * field only this side changed is written, one only the other changed keeps theirs, and one both changed is not
     * written but handed back in {@link RowMerge#conflicts()}. The row is locked while compared and written; when
     * there is none yet and another member inserts one at the same moment, this save is compared with theirs.
     */
    public RowMerge<Position> save(Position base, Position mine) {
        check(mine);
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            Optional<Position> stored = locked(d, mine.itemId());
            if (stored.isEmpty()) {
                RowMerge<Position> merge = RowMerge.of(base, mine, Position.undecided(mine.itemId(), group),
                        Position.FIELDS);
                if (insert(d, merge.merged()) == 1) {
                    return merge;
                }
                stored = locked(d, mine.itemId());
            }
            RowMerge<Position> merge = RowMerge.of(base, mine, stored.orElseThrow(), Position.FIELDS);
            // Who saved the other side, asked before this write makes the position's last change this member's.
            merge = merge.conflicts().isEmpty() ? merge : merge.savedBy(Writers.ofPosition(d, group, mine.itemId()));
            if (!merge.merged().equals(merge.theirs())) {
                update(d, merge.merged());
            }
            return merge;
        });
    }

    private Optional<Position> locked(DSLContext d, long itemId) {
        return d.selectFrom(GROUP_POSITION).where(GROUP_POSITION.GROUP_CODE.eq(group))
                .and(GROUP_POSITION.ITEM_ID.eq(itemId)).forUpdate().fetchOptional(this::position);
    }

    /** Inserts the position unless another member's is there first; 1 when inserted. */
    private int insert(DSLContext d, Position p) {
        return d.insertInto(GROUP_POSITION)
                .set(GROUP_POSITION.GROUP_CODE, group).set(GROUP_POSITION.ITEM_ID, p.itemId())
                .set(GROUP_POSITION.STANCE, p.stance() == null ? null : p.stance().code())
                .set(GROUP_POSITION.SPEAKER, p.speaker()).set(GROUP_POSITION.ARGUMENTS, p.arguments())
                .set(GROUP_POSITION.NOTES, p.notes()).set(GROUP_POSITION.REVIEWED, p.reviewed())
                .set(GROUP_POSITION.UPDATED_AT, now())
                .onConflictDoNothing().execute();
    }

    private void update(DSLContext d, Position p) {
        d.update(GROUP_POSITION)
                .set(GROUP_POSITION.STANCE, p.stance() == null ? null : p.stance().code())
                .set(GROUP_POSITION.SPEAKER, p.speaker()).set(GROUP_POSITION.ARGUMENTS, p.arguments())
                .set(GROUP_POSITION.NOTES, p.notes()).set(GROUP_POSITION.REVIEWED, p.reviewed())
                .set(GROUP_POSITION.UPDATED_AT, now())
                .where(GROUP_POSITION.GROUP_CODE.eq(group)).and(GROUP_POSITION.ITEM_ID.eq(p.itemId())).execute();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A position of another group, on no item or with a stance the item cannot have, is refused. */
    private void check(Position p) {
        if (!p.group().equals(group)) {
            throw new DomainException("position.group.other", p.group(), group);
        }
        if (!dsl.fetchExists(AGENDA_ITEM, AGENDA_ITEM.ID.eq(p.itemId()))) {
            throw new StoreException("store.agenda.item.missing", null, p.itemId());
        }
        if (p.stance() != null) {
            checkStance(p);
        }
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
