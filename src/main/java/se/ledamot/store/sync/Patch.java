package se.ledamot.store.sync;

import se.ledamot.store.entity.EntityState;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.Values;

/**
 * A merge worked out from a thing as it was when the sync read it, laid onto the thing as it is now: a field someone
 * changed here in between keeps that newer value (it stays pending and goes with the next sync).
 */
final class Patch {
    private Patch() {
    }

    static EntityState onto(EntityType type, EntityState read, EntityState merged, EntityState now) {
        if (sameOrBothAbsent(read, now)) {
            return merged;
        }
        if (read == null || now == null || merged == null) {
            return now;
        }
        EntityState out = now;
        for (String f : type.fieldNames()) {
            Object was = read.field(f);
            Object m = merged.field(f);
            if (!Values.same(m, was) && Values.same(now.field(f), was)) {
                out = out.with(f, m);
            }
        }
        return out;
    }

    private static boolean sameOrBothAbsent(EntityState a, EntityState b) {
        return a == null ? b == null : a.sameAs(b);
    }
}
