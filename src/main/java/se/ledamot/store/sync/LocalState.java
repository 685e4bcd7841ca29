package se.ledamot.store.sync;

import static se.ledamot.store.jooq.Tables.SYNC_STATE;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import se.ledamot.store.Writers;
import se.ledamot.store.entity.EntityJson;
import se.ledamot.store.entity.EntityReader;
import se.ledamot.store.entity.EntityState;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.References;
import se.ledamot.store.jooq.tables.records.SyncStateRecord;

/**
 * A replica's record of each thing it shares (sync_state): pending or not, and the base, the thing as the server
 * last had it, kept from the first change made here until the sync has brought both sides together.
 */
final class LocalState {
    private LocalState() {
    }

    /** Marks a thing changed here, keeping it as it stands now as the base when this is its first change. */
    static void markPending(DSLContext d, EntityType type, String key) {
        SyncStateRecord r = d.selectFrom(SYNC_STATE).where(SYNC_STATE.ENTITY.eq(type.name()))
                .and(SYNC_STATE.ENTITY_KEY.eq(key)).forUpdate().fetchOne();
        if (r == null) {
            // Never on the server: made here, or here before this folder joined one.
            d.insertInto(SYNC_STATE).set(SYNC_STATE.ENTITY, type.name()).set(SYNC_STATE.ENTITY_KEY, key)
                    .set(SYNC_STATE.PENDING, true).set(SYNC_STATE.MADE_AT, OffsetDateTime.now(ZoneOffset.UTC)).execute();
            return;
        }
        // Changed in a window here since its last pull: a conflict met on it now is another window's, not the server's.
        Writers.forgetPulled(d, type.name(), key);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean first = !r.getPending();
        if (first) {
            EntityState was = new EntityReader(d, new References(d)).read(type, key);
            r.setPending(true);
            r.setBase(was == null ? null : EntityJson.inline().write(was));
        }
        // When it was last changed here, to the minute the conflict view says: the server dates the change by it,
        // even one made offline (V40). The many rows of one save write it once.
        if (first || r.getMadeAt() == null || r.getMadeAt().isBefore(now.minusSeconds(30))) {
            r.setMadeAt(now);
            r.store();
        }
    }

    /** The state rows of these things, locked until the transaction ends (a writer here waits for the sync). */
    static Map<String, SyncStateRecord> lock(DSLContext d, EntityType type, Collection<String> keys) {
        Map<String, SyncStateRecord> out = new HashMap<>();
        for (List<String> chunk : chunks(keys)) {
            for (SyncStateRecord r : d.selectFrom(SYNC_STATE).where(keyIn(type, chunk)).forUpdate().fetch()) {
                out.put(r.getEntityKey(), r);
            }
        }
        return out;
    }

    /** The keys of every thing with a state row, by kind. */
    static Map<String, Set<String>> keys(DSLContext d) {
        Map<String, Set<String>> out = new HashMap<>();
        d.select(SYNC_STATE.ENTITY, SYNC_STATE.ENTITY_KEY).from(SYNC_STATE)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return out;
    }

    /** The base of a pending thing, or null when the server did not have it. */
    static EntityState base(EntityType type, SyncStateRecord r) {
        return r == null || r.getBase() == null ? null : EntityJson.inline().read(type, r.getBase());
    }

    /** Records where a thing now stands: in step with the server (not pending), or pending against a new base. */
    static void record(DSLContext d, EntityType type, String key, SyncStateRecord existing, boolean pending,
            EntityState base) {
        String json = pending && base != null ? EntityJson.inline().write(base) : null;
        if (existing == null) {
            d.insertInto(SYNC_STATE).set(SYNC_STATE.ENTITY, type.name()).set(SYNC_STATE.ENTITY_KEY, key)
                    .set(SYNC_STATE.PENDING, pending).set(SYNC_STATE.BASE, json).execute();
        } else {
            d.update(SYNC_STATE).set(SYNC_STATE.PENDING, pending).set(SYNC_STATE.BASE, json)
                    .setNull(SYNC_STATE.REFUSED)
                    .where(SYNC_STATE.ENTITY.eq(type.name())).and(SYNC_STATE.ENTITY_KEY.eq(key)).execute();
        }
    }

    /**
     * Records that these things are now as the server has them: {@code arrived} had no state row here, {@code inStep}
     * had one that was not pending. A few batched statements, whatever their number.
     */
    static void inStep(DSLContext d, EntityType type, Collection<String> arrived, Collection<String> inStep) {
        if (!arrived.isEmpty()) {
            var insert = d.batch(d.insertInto(SYNC_STATE, SYNC_STATE.ENTITY, SYNC_STATE.ENTITY_KEY, SYNC_STATE.PENDING)
                    .values((String) null, null, null));
            arrived.stream().sorted().forEach(key -> insert.bind(type.name(), key, false));
            insert.execute();
        }
        for (List<String> chunk : chunks(inStep)) {
            d.update(SYNC_STATE).set(SYNC_STATE.PENDING, false).setNull(SYNC_STATE.BASE).setNull(SYNC_STATE.REFUSED)
                    .where(keyIn(type, chunk)).execute();
        }
    }

    /**
     * These things' rows, as (entity, key) pairs: H2 finds each through the primary key. Written as
     * {@code entity = ? AND entity_key IN (…)} it reads every row of the kind for every chunk, which made a first
     * sync of many pages quadratic.
     */
    private static Condition keyIn(EntityType type, List<String> keys) {
        return DSL.row(SYNC_STATE.ENTITY, SYNC_STATE.ENTITY_KEY)
                .in(keys.stream().map(k -> DSL.row(type.name(), k)).toList());
    }

    /** Things changed here and not refused by the server, for one kind. */
    static List<Record> pending(DSLContext d, EntityType type) {
        return d.select(SYNC_STATE.ENTITY_KEY).from(SYNC_STATE).where(SYNC_STATE.ENTITY.eq(type.name()))
                .and(SYNC_STATE.PENDING.isTrue()).and(SYNC_STATE.REFUSED.isNull())
                .orderBy(SYNC_STATE.ENTITY_KEY).fetch().into(Record.class);
    }

    static int pendingCount(DSLContext d) {
        return d.fetchCount(SYNC_STATE, SYNC_STATE.PENDING.isTrue());
    }

    static <T> List<List<T>> chunks(Collection<T> all) {
        return chunks(all, 500);
    }

    static <T> List<List<T>> chunks(Collection<T> all, int size) {
        List<T> list = List.copyOf(all);
        List<List<T>> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            out.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return out;
    }
}
