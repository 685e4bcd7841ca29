package se.ledamot.store.sync;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.sync.ConflictKind;
import se.ledamot.domain.sync.ThreeWay;
import se.ledamot.store.entity.Column;
import se.ledamot.store.entity.EntityState;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.ListPart;
import se.ledamot.store.entity.Merge;
import se.ledamot.store.entity.Role;
import se.ledamot.store.entity.Values;

/**
 * Brings one thing's two copies together against the base they last agreed on, field by field ({@link ThreeWay}):
 * a field changed on one side takes that side's value on both, a field changed on both differently becomes a
 * conflict and keeps each side's value until the user chooses; stamps take the later, histories keep both sides'
 * entries. Nothing here touches a database: the result says what to write where.
 */
final class EntityMerge {
    /** A field that needs the user, with the server's value and the base value. */
    record FieldConflict(String field, ConflictKind kind, Object base, Object theirs) {
    }

    /**
     * What the merge came to. {@code server}: the server's new state (null: remove it there), written only when
     * {@code writeServer}; {@code local}: this side's new state (null: remove it here); {@code base}: the server's
     * state after the write, the base from now on; {@code pending}: whether this side still holds something the
     * server has not; {@code brought}: whether {@code local} holds something of the server's that this side had not
     * (a field, a history entry, the thing itself or its removal), which is what a sync fetched, however it came:
     * this side's own values coming back are not.
     */
    record Outcome(EntityState server, boolean writeServer, EntityState local, EntityState base, boolean pending,
            List<FieldConflict> conflicts, Set<String> settled, boolean brought) {
        Outcome(EntityState server, boolean writeServer, EntityState local, EntityState base, boolean pending,
                List<FieldConflict> conflicts) {
            this(server, writeServer, local, base, pending, conflicts, Set.of(), false);
        }
    }

    private EntityMerge() {
    }

    /**
     * @param open fields already in conflict: this side keeps its value and nothing is sent for them
     * @param send whether this side's changes go to the server now (a push) or only theirs come here (a pull)
     */
    static Outcome merge(EntityType type, EntityState base, EntityState mine, EntityState theirs, Set<String> open,
            Privileges may, boolean send) {
        if (mine == null) {
            if (base == null || theirs == null) {
                return new Outcome(theirs, false, theirs, theirs, false, List.of(), Set.of(), theirs != null);
            }
            if (sameIgnoringStamps(type, base, theirs)) {
                boolean allowed = may.mayDelete(type);
                return send && allowed ? new Outcome(null, true, null, null, false, List.of())
                        : new Outcome(theirs, false, null, theirs, true, allowed ? List.of()
                                : List.of(new FieldConflict(se.ledamot.domain.sync.Conflict.WHOLE,
                                        ConflictKind.NOT_ALLOWED, base, theirs)));
            }
            return new Outcome(theirs, false, null, theirs, true, List.of(new FieldConflict(
                    se.ledamot.domain.sync.Conflict.WHOLE, ConflictKind.DELETED_HERE, base, theirs)));
        }
        if (theirs == null) {
            if (base == null) {
                boolean allowed = may.mayInsert(type);
                if (send && allowed) {
                    return new Outcome(mine, true, mine, mine, false, List.of());
                }
                return new Outcome(null, false, mine, null, true, allowed ? List.of() : List.of(new FieldConflict(
                        se.ledamot.domain.sync.Conflict.WHOLE, ConflictKind.NOT_ALLOWED, null, null)));
            }
            if (sameIgnoringStamps(type, base, mine)) {
                return new Outcome(null, false, null, null, false, List.of(), Set.of(), true);
            }
            return new Outcome(null, false, mine, null, true, List.of(new FieldConflict(
                    se.ledamot.domain.sync.Conflict.WHOLE, ConflictKind.DELETED_THERE, base, null)));
        }
        return fieldByField(type, base == null ? EntityState.empty(type, mine.key()) : base, mine, theirs, open, may,
                send);
    }

    private static Outcome fieldByField(EntityType type, EntityState base, EntityState mine, EntityState theirs,
            Set<String> open, Privileges may, boolean send) {
        EntityState server = theirs;
        EntityState local = mine;
        List<FieldConflict> conflicts = new ArrayList<>();
        Set<String> settled = new java.util.HashSet<>();
        boolean brought = false;
        for (String f : type.fieldNames()) {
            Column column = type.column(f).orElse(null);
            Object b = base.field(f);
            Object m = mine.field(f);
            Object t = theirs.field(f);
            if (column != null && column.role() == Role.KEY) {
                continue;
            }
            if (column != null && column.role() == Role.SERVER_GROUP) {
                local = local.with(f, t);
                continue;
            }
            if (column != null && column.role() == Role.STAMP) {
                Object later = later(m, t);
                local = local.with(f, later);
                if (send) {
                    server = server.with(f, later);
                }
                continue;
            }
            if (open.contains(f)) {
                if (Values.same(t, m)) {
                    settled.add(f);
                } else {
                    conflicts.add(new FieldConflict(f, ConflictKind.BOTH_CHANGED, b, t));
                }
                continue;
            }
            ListPart list = type.list(f).orElse(null);
            if (list != null && list.merge() != Merge.WHOLE) {
                List<Map<String, Object>> union = union(list, listOf(b), listOf(m), listOf(t));
                local = local.with(f, union);
                brought |= !within(list, union, listOf(m));
                if (send && may.mayChange(type, f)) {
                    server = server.with(f, union);
                }
                continue;
            }
            switch (ThreeWay.of(b, m, t, Values::same)) {
                case SAME -> { }
                case TAKE_THEIRS -> {
                    local = local.with(f, t);
                    brought = true;
                }
                case SEND_MINE -> {
                    if (!may.mayChange(type, f)) {
                        conflicts.add(new FieldConflict(f, ConflictKind.NOT_ALLOWED, b, t));
                    } else if (send) {
                        server = server.with(f, m);
                    }
                }
                case CONFLICT -> conflicts.add(new FieldConflict(f, ConflictKind.BOTH_CHANGED, b, t));
            }
        }
        if (send) {
            Set<String> held = new java.util.HashSet<>(open);
            held.removeAll(settled);
            conflicts.forEach(c -> held.add(c.field()));
            server = withoutHistoryOf(type, server, theirs, held);
        }
        boolean write = send && !server.sameAs(theirs);
        EntityState newBase = write ? server : theirs;
        boolean pending = !conflicts.isEmpty() || !sameIgnoringStamps(type, local, newBase);
        return new Outcome(server, write, local, newBase, pending, conflicts, settled, brought);
    }

    /**
     * Whether every entry of {@code merged} is one this side has, as it has it, in whatever order: then nothing of the
     * server's came with the list.
     */
    private static boolean within(ListPart list, List<Map<String, Object>> merged, List<Map<String, Object>> mine) {
        String id = list.identity().name();
        Map<Object, Map<String, Object>> here = new java.util.HashMap<>();
        mine.forEach(r -> here.put(r.get(id), r));
        return merged.stream().allMatch(r -> here.containsKey(r.get(id)) && Values.same(here.get(r.get(id)), r));
    }

    /**
     * The server's new state without this side's history entries (timeline lines) about fields that are not going to
     * the server now (in conflict, or not this user's to change): the server's history must not claim a change it does
     * not hold. They stay here, and go with the field once it is sent. Also used to drop them here when the user takes
     * the server's value ({@code theirs} then is the base: entries the server never had go).
     */
    static EntityState withoutHistoryOf(EntityType type, EntityState server, EntityState theirs,
            Set<String> held) {
        if (held.isEmpty()) {
            return server;
        }
        EntityState out = server;
        for (ListPart l : type.lists()) {
            if (l.merge() != Merge.HISTORY || l.column(FIELD) == null) {
                continue;
            }
            String id = l.identity().name();
            Set<Object> there = new java.util.HashSet<>();
            listOf(theirs.field(l.name())).forEach(r -> there.add(r.get(id)));
            out = out.with(l.name(), listOf(out.field(l.name())).stream()
                    .filter(r -> there.contains(r.get(id)) || !held.contains(column(r.get(FIELD)))).toList());
        }
        return out;
    }

    /** The column of a history entry naming the field it is about (matter_change.field). */
    private static final String FIELD = "field";

    /** The column a timeline line is about: its field's name, except trashing and restoring (trashed_at). */
    private static Object column(Object field) {
        return MatterChange.TRASHED.equals(field) || MatterChange.RESTORED.equals(field) ? "trashed_at" : field;
    }

    /** Whether two states hold the same values, when stamps (updated_at) are left aside. */
    static boolean sameIgnoringStamps(EntityType type, EntityState a, EntityState b) {
        for (String f : type.fieldNames()) {
            Column c = type.column(f).orElse(null);
            if (c != null && (c.role() == Role.STAMP || c.role() == Role.SERVER_GROUP)) {
                continue;
            }
            if (!Values.same(a.field(f), b.field(f))) {
                return false;
            }
        }
        return true;
    }

    private static Object later(Object a, Object b) {
        if (a instanceof OffsetDateTime x && b instanceof OffsetDateTime y) {
            return x.isAfter(y) ? x : y;
        }
        return a != null ? a : b;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOf(Object v) {
        return v == null ? List.of() : (List<Map<String, Object>>) v;
    }

    /**
     * Both sides' entries of a history or numbered list. An entry on both sides that differs keeps the later (by its
     * stamp column) for a history; a number added on both sides with different text keeps the server's under that
     * number and this side's after the last.
     */
    static List<Map<String, Object>> union(ListPart list, List<Map<String, Object>> base,
            List<Map<String, Object>> mine, List<Map<String, Object>> theirs) {
        String id = list.identity().name();
        Map<Object, Map<String, Object>> out = new LinkedHashMap<>();
        theirs.forEach(r -> out.put(r.get(id), r));
        Map<Object, Map<String, Object>> inBase = new LinkedHashMap<>();
        base.forEach(r -> inBase.put(r.get(id), r));
        for (Map<String, Object> r : mine) {
            Object key = r.get(id);
            Map<String, Object> there = out.get(key);
            if (there == null) {
                out.put(key, r);
            } else if (!Values.same(there, r)) {
                if (list.merge() == Merge.HISTORY) {
                    Object stampMine = r.get("changed_at");
                    out.put(key, later(stampMine, there.get("changed_at")) == stampMine ? r : there);
                } else if (!inBase.containsKey(key)) {
                    int next = out.keySet().stream().mapToInt(k -> ((Number) k).intValue()).max().orElse(0) + 1;
                    Map<String, Object> renumbered = new LinkedHashMap<>(r);
                    renumbered.put(id, next);
                    out.put(next, renumbered);
                }
            }
        }
        return new ArrayList<>(out.values());
    }
}
