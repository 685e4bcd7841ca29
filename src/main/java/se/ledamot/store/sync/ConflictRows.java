package se.ledamot.store.sync;

import static se.ledamot.store.jooq.Tables.SYNC_CONFLICT;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import se.ledamot.domain.sync.ConflictKind;
import se.ledamot.domain.sync.SavedBy;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.jooq.tables.records.SyncConflictRecord;

/** The conflicts waiting on a replica (sync_conflict): kept with the server's value and the base until settled. */
final class ConflictRows {
    private ConflictRows() {
    }

    /** The fields in conflict of these things, by key. */
    static Map<String, Set<String>> open(DSLContext d, EntityType type, Collection<String> keys) {
        Map<String, Set<String>> out = new HashMap<>();
        for (List<String> chunk : LocalState.chunks(keys)) {
            d.select(SYNC_CONFLICT.ENTITY_KEY, SYNC_CONFLICT.FIELD).from(SYNC_CONFLICT)
                    .where(SYNC_CONFLICT.ENTITY.eq(type.name())).and(SYNC_CONFLICT.ENTITY_KEY.in(chunk))
                    .forEach(r -> out.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        }
        return out;
    }

    /**
     * Records a conflict, or brings the server's value of one already recorded up to date (its base stays). Returns
     * whether it is new.
     */
    static boolean record(DSLContext d, EntityType type, String key, EntityMerge.FieldConflict c, OffsetDateTime at,
            SavedBy by) {
        String theirs = FieldValues.write(type, key, c.field(), c.theirs());
        SyncConflictRecord r = d.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ENTITY.eq(type.name()))
                .and(SYNC_CONFLICT.ENTITY_KEY.eq(key)).and(SYNC_CONFLICT.FIELD.eq(c.field())).fetchOne();
        if (r == null) {
            d.insertInto(SYNC_CONFLICT).set(SYNC_CONFLICT.ENTITY, type.name()).set(SYNC_CONFLICT.ENTITY_KEY, key)
                    .set(SYNC_CONFLICT.FIELD, c.field()).set(SYNC_CONFLICT.KIND, c.kind().name())
                    .set(SYNC_CONFLICT.BASE_VALUE, FieldValues.write(type, key, c.field(), c.base()))
                    .set(SYNC_CONFLICT.THEIRS, theirs).set(SYNC_CONFLICT.DETECTED_AT, at)
                    .set(SYNC_CONFLICT.THEIRS_BY, by.named() ? by.name() : null)
                    .set(SYNC_CONFLICT.THEIRS_PARTY, by.party()).set(SYNC_CONFLICT.THEIRS_YOU, by.you())
                    .set(SYNC_CONFLICT.THEIRS_AT, utc(by.at())).execute();
            return true;
        }
        // A field this login may not change stays "not allowed" while the server's value is the one shown: asked
        // again, it is still open rather than changed on both sides.
        boolean stillNotAllowed = ConflictKind.NOT_ALLOWED.name().equals(r.getKind())
                && java.util.Objects.equals(theirs, r.getTheirs());
        // Who saved the server's value stays while that value does: a later change of another field of the thing (this
        // laptop's own push among them) is not who wrote this one.
        if (!java.util.Objects.equals(theirs, r.getTheirs())) {
            r.setTheirsBy(by.named() ? by.name() : null);
            r.setTheirsParty(by.party());
            r.setTheirsYou(by.you());
            r.setTheirsAt(utc(by.at()));
        }
        r.setTheirs(theirs);
        if (!stillNotAllowed) {
            r.setKind(c.kind().name());
        }
        r.store();
        return false;
    }

    private static OffsetDateTime utc(java.time.Instant t) {
        return t == null ? null : t.atOffset(java.time.ZoneOffset.UTC);
    }

    static void remove(DSLContext d, EntityType type, String key, String field) {
        d.deleteFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ENTITY.eq(type.name())).and(SYNC_CONFLICT.ENTITY_KEY.eq(key))
                .and(SYNC_CONFLICT.FIELD.eq(field)).execute();
    }

    static void removeAll(DSLContext d, EntityType type, String key) {
        d.deleteFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ENTITY.eq(type.name())).and(SYNC_CONFLICT.ENTITY_KEY.eq(key))
                .execute();
    }
}
