package se.ledamot.store.sync;

import static se.ledamot.store.jooq.Tables.SYNC_CONFLICT;
import static se.ledamot.store.jooq.Tables.SYNC_STATE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.Set;
import org.jooq.DSLContext;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.ConflictKind;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.domain.sync.SavedBy;
import se.ledamot.store.StoreException;
import se.ledamot.store.Writers;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.EntityReader;
import se.ledamot.store.entity.EntityState;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.EntityWriter;
import se.ledamot.store.entity.References;
import se.ledamot.store.entity.Role;
import se.ledamot.store.jooq.tables.records.SyncConflictRecord;
import se.ledamot.store.jooq.tables.records.SyncStateRecord;

/**
 * The conflicts a replica's user settles, and the things the server refused. Settling writes the choice here and
 * takes the server's value as the new base, so the next sync sends the choice (or nothing, for the server's) unless
 * the server changed the field yet again, which is a new conflict.
 */
public final class Conflicts {
    private final DSLContext local;

    public Conflicts(DSLContext local) {
        this.local = local;
    }

    /** Every conflict waiting, oldest first, with the three values as text. */
    public List<Conflict> list() {
        List<Conflict> out = new ArrayList<>();
        References refs = new References(local);
        EntityReader reader = new EntityReader(local, refs);
        for (SyncConflictRecord r : local.selectFrom(SYNC_CONFLICT).orderBy(SYNC_CONFLICT.DETECTED_AT,
                SYNC_CONFLICT.ENTITY, SYNC_CONFLICT.ENTITY_KEY, SYNC_CONFLICT.FIELD).fetch()) {
            EntityType type = Catalogue.require(r.getEntity());
            String key = r.getEntityKey();
            String field = r.getField();
            EntityState mine = reader.read(type, key);
            Object theirs = FieldValues.read(type, key, field, r.getTheirs());
            Object base = FieldValues.read(type, key, field, r.getBaseValue());
            Object mineValue = Conflict.WHOLE.equals(field) ? mine : mine == null ? null : mine.field(field);
            EntityState named = mine != null ? mine : theirs instanceof EntityState s ? s
                    : base instanceof EntityState s ? s : null;
            boolean longText = type.column(field).map(c -> c.role() == Role.TEXT).orElse(false);
            BiFunction<String, String, EntityState> read = (kind, ownerKey) -> reader.read(Catalogue.require(kind),
                    ownerKey);
            UnaryOperator<String> said = code -> ConflictWords.of(type.name(), field, code, named, read);
            out.add(new Conflict(type.name(), key, field, ConflictKind.valueOf(r.getKind()),
                    named == null ? "" : ConflictText.title(named, read),
                    said.apply(ConflictText.of(type, field, mineValue)), said.apply(ConflictText.of(type, field, theirs)),
                    said.apply(ConflictText.of(type, field, base)), longText, "",
                    Boolean.TRUE.equals(r.getTheirsYou()) ? SavedBy.youElsewhere(Writers.instant(r.getTheirsAt()))
                            : r.getTheirsBy() == null ? SavedBy.UNKNOWN : SavedBy.person(r.getTheirsBy(),
                            r.getTheirsParty(), Writers.instant(r.getTheirsAt()))));
        }
        return out;
    }

    public int count() {
        return local.fetchCount(SYNC_CONFLICT);
    }

    /**
     * Settles a conflict as the user chose; {@code text} is the user's own text for {@link Resolution#MERGED}. True
     * when the thing here changed by it (theirs or a merged text taken), false when it stays as it was (mine kept).
     */
    public boolean resolve(Conflict c, Resolution choice, String text) {
        EntityType type = Catalogue.require(c.entity());
        return local.transactionResult(tx -> Capture.suspended(() -> {
            DSLContext d = tx.dsl();
            SyncStateRecord st = LocalState.lock(d, type, List.of(c.key())).get(c.key());
            SyncConflictRecord row = d.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ENTITY.eq(type.name()))
                    .and(SYNC_CONFLICT.ENTITY_KEY.eq(c.key())).and(SYNC_CONFLICT.FIELD.eq(c.field())).fetchOne();
            if (row == null || st == null) {
                throw new StoreException("sync.conflict.gone", null);
            }
            References refs = new References(d);
            EntityState mine = new EntityReader(d, refs).read(type, c.key());
            Object theirs = FieldValues.read(type, c.key(), c.field(), row.getTheirs());
            EntityState base = LocalState.base(type, st);
            EntityState now;
            EntityState newBase;
            if (Conflict.WHOLE.equals(c.field())) {
                EntityState there = (EntityState) theirs;
                now = choice == Resolution.THEIRS ? there : mine;
                newBase = there;
            } else {
                Object value = switch (choice) {
                    case THEIRS -> theirs;
                    case MINE -> mine == null ? null : mine.field(c.field());
                    case MERGED -> text;
                };
                now = mine == null ? null : mine.with(c.field(), value);
                newBase = (base == null ? EntityState.empty(type, c.key()) : base).with(c.field(), theirs);
                if (now != null && choice == Resolution.THEIRS) {
                    // The edit made here is undone: its timeline line, which the server never had, goes with it.
                    now = EntityMerge.withoutHistoryOf(type, now, newBase, Set.of(c.field()));
                }
            }
            new EntityWriter(d, refs, EntityWriter.Side.LOCAL, false).write(type,
                    List.of(new EntityWriter.Change(mine, now)));
            ConflictRows.remove(d, type, c.key(), c.field());
            boolean others = d.fetchExists(SYNC_CONFLICT, SYNC_CONFLICT.ENTITY.eq(type.name())
                    .and(SYNC_CONFLICT.ENTITY_KEY.eq(c.key())));
            boolean differs = now == null ? newBase != null
                    : newBase == null || !EntityMerge.sameIgnoringStamps(type, now, newBase);
            LocalState.record(d, type, c.key(), st, others || differs, newBase);
            return mine == null ? now != null : now == null || !EntityMerge.sameIgnoringStamps(type, mine, now);
        }));
    }

    /** Things the server would not take, by kind and key with the reason code (denied, missing, invalid). */
    public List<String[]> refused() {
        return local.select(SYNC_STATE.ENTITY, SYNC_STATE.ENTITY_KEY, SYNC_STATE.REFUSED).from(SYNC_STATE)
                .where(SYNC_STATE.REFUSED.isNotNull()).and(SYNC_STATE.REFUSED.notIn(Replica.STAY_HERE))
                .orderBy(SYNC_STATE.ENTITY, SYNC_STATE.ENTITY_KEY)
                .fetch(r -> new String[] {r.value1(), r.value2(), r.value3()});
    }

    /** A refused thing goes to the server again with the next sync. */
    public void retry(String entity, String key) {
        local.update(SYNC_STATE).setNull(SYNC_STATE.REFUSED).where(SYNC_STATE.ENTITY.eq(entity))
                .and(SYNC_STATE.ENTITY_KEY.eq(key)).and(SYNC_STATE.REFUSED.notIn(Replica.STAY_HERE)).execute();
    }

    /** The changes made here to a refused thing are dropped: the next sync brings the server's state of it. */
    public void discard(String entity, String key) {
        local.update(SYNC_STATE).set(SYNC_STATE.REFUSED, REFETCH).where(SYNC_STATE.ENTITY.eq(entity))
                .and(SYNC_STATE.ENTITY_KEY.eq(key)).and(SYNC_STATE.REFUSED.notIn(Replica.STAY_HERE)).execute();
    }

    /** Refusal code of a thing whose changes here were dropped; the puller reads it from the server again. */
    static final String REFETCH = "refetch";
}
