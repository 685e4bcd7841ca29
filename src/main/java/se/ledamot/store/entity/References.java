package se.ledamot.store.entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Translates references between one database's ids and the keys every database shares: an agenda item's
 * {@code meeting_id} here is the meeting's uid everywhere. A body is its code in both. Remembers what it looked up,
 * for one read or one write of many things.
 */
public final class References {
    private static final int CHUNK = 1000;

    private final DSLContext dsl;
    private final Map<String, Map<Long, String>> keysById = new HashMap<>();
    private final Map<String, Map<String, Long>> idsByKey = new HashMap<>();
    /** Knows every thing with a uid in the database and is told of every write to it ({@link #whole}). */
    private final boolean whole;

    public References(DSLContext dsl) {
        this(dsl, false);
    }

    private References(DSLContext dsl, boolean whole) {
        this.dsl = dsl;
        this.whole = whole;
    }

    /**
     * Every thing with a uid in a database that only the caller writes while it uses this (a first sync's copy), read
     * at once: a key it does not know is not there, so it asks the database nothing more, and the uid indexes may be
     * dropped meanwhile. Whatever the caller writes must go through writers using this.
     */
    public static References whole(DSLContext dsl) {
        References refs = new References(dsl, true);
        for (EntityType type : Catalogue.ALL) {
            if (type.hasUid()) {
                refs.idsByKey.put(type.name(), new HashMap<>());
                refs.keysById.put(type.name(), new HashMap<>());
                dsl.select(type.id(), type.uid()).from(type.table()).forEach(r -> refs.remember(type, r.value1(),
                        r.value2()));
            }
        }
        return refs;
    }

    /** Whether this knows every thing with a uid in the database ({@link #whole}). */
    boolean isWhole() {
        return whole;
    }

    /** The shared keys of the things of a kind with these local values (ids, or a body's code as it is). */
    public Map<Object, String> keys(EntityType target, Collection<?> localValues) {
        Map<Object, String> out = new HashMap<>();
        if (!target.hasUid()) {
            localValues.stream().filter(Objects::nonNull).forEach(v -> out.put(v, String.valueOf(v)));
            return out;
        }
        Map<Long, String> known = keysById.computeIfAbsent(target.name(), k -> new HashMap<>());
        Set<Long> missing = new LinkedHashSet<>();
        for (Object v : localValues) {
            if (v != null && !known.containsKey((Long) v)) {
                missing.add((Long) v);
            }
        }
        for (List<Long> chunk : whole ? List.<List<Long>>of() : chunks(missing)) {
            dsl.select(target.id(), target.uid()).from(target.table()).where(target.id().in(chunk))
                    .forEach(r -> remember(target, r.value1(), r.value2()));
        }
        for (Object v : localValues) {
            if (v != null && known.get((Long) v) != null) {
                out.put(v, known.get((Long) v));
            }
        }
        return out;
    }

    /** The local values (ids) of the things of a kind with these shared keys; a key not here is left out. */
    public Map<String, Object> locals(EntityType target, Collection<String> keys) {
        Map<String, Object> out = new HashMap<>();
        if (!target.hasUid()) {
            keys.stream().filter(Objects::nonNull).forEach(k -> out.put(k, k));
            return out;
        }
        Map<String, Long> known = idsByKey.computeIfAbsent(target.name(), k -> new HashMap<>());
        Set<String> missing = new LinkedHashSet<>();
        for (String k : keys) {
            if (k != null && !known.containsKey(k)) {
                missing.add(k);
            }
        }
        for (List<String> chunk : whole ? List.<List<String>>of() : chunks(missing)) {
            dsl.select(target.id(), target.uid()).from(target.table()).where(target.uid().in(chunk))
                    .forEach(r -> remember(target, r.value1(), r.value2()));
        }
        for (String k : keys) {
            if (k != null && known.get(k) != null) {
                out.put(k, known.get(k));
            }
        }
        return out;
    }

    /** What a write just made or removed. */
    public void remember(EntityType target, Long id, String uid) {
        if (id == null || uid == null) {
            return;
        }
        keysById.computeIfAbsent(target.name(), k -> new HashMap<>()).put(id, uid);
        idsByKey.computeIfAbsent(target.name(), k -> new HashMap<>()).put(uid, id);
    }

    public void forget(EntityType target, String uid) {
        Long id = idsByKey.computeIfAbsent(target.name(), k -> new HashMap<>()).remove(uid);
        if (id != null) {
            keysById.computeIfAbsent(target.name(), k -> new HashMap<>()).remove(id);
        }
    }

    static <T> List<List<T>> chunks(Collection<T> all) {
        List<T> list = List.copyOf(all);
        List<List<T>> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            out.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return out;
    }
}
