package se.ledamot.store.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SortField;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Reads kept things from one database (a laptop's H2 or the server), in the terms every database shares: many at a
 * time, a few queries per kind and list whatever their number. Rows must have their uids (see {@link Uids}).
 */
public final class EntityReader {
    private final DSLContext dsl;
    private final References refs;

    public EntityReader(DSLContext dsl, References refs) {
        this.dsl = dsl;
        this.refs = refs;
    }

    /** The things of a kind with these keys, by key; a key with nothing here is left out. */
    public Map<String, EntityState> read(EntityType type, Collection<String> keys) {
        Map<String, EntityState> out = new LinkedHashMap<>();
        for (List<String> chunk : References.chunks(Set.copyOf(keys))) {
            Condition where = keyCondition(type, chunk);
            if (where != null) {
                for (EntityState s : readWhere(type, where, 0)) {
                    out.put(s.key(), s);
                }
            }
        }
        return out;
    }

    /** One thing by key, or null. */
    public EntityState read(EntityType type, String key) {
        return read(type, List.of(key)).get(key);
    }

    /** Up to {@code limit} things after the local key {@code after} (null: from the first), in local key order. */
    public List<EntityState> page(EntityType type, List<Object> after, int limit) {
        Condition where = DSL.trueCondition();
        if (after != null) {
            where = DSL.row(fields(type.localKeyFields())).gt(DSL.row(after.toArray()));
        }
        return readWhere(type, where, limit);
    }

    /** The key of every thing of a kind here, read from its key columns alone. */
    public List<String> keys(EntityType type) {
        if (type.hasUid()) {
            return dsl.select(type.uid()).from(type.table()).fetch(type.uid());
        }
        List<Column> key = type.key();
        Result<Record> rows = dsl.selectDistinct(key.stream().<Field<?>>map(Column::field).toList())
                .from(type.table()).fetch();
        Map<Column, Map<Object, String>> targets = new HashMap<>();
        for (Column c : key) {
            if (c.role() == Role.REF) {
                targets.put(c, refs.keys(Catalogue.require(c.target()), rows.getValues(c.field())));
            }
        }
        List<String> out = new ArrayList<>(rows.size());
        for (Record r : rows) {
            Map<String, Object> values = new HashMap<>();
            for (Column c : key) {
                Object raw = r.get(c.field());
                values.put(c.name(), c.role() == Role.REF ? targets.get(c).get(raw) : Values.normal(raw));
            }
            out.add(Keys.of(type, null, values));
        }
        return out;
    }

    /** The local key of a thing as read here, for {@link #page}. */
    public static List<Object> localKey(EntityType type, EntityState s, References refs) {
        if (type.hasUid()) {
            return List.of(s.localId());
        }
        List<Object> out = new ArrayList<>();
        for (Column c : type.key()) {
            Object v = s.value(c.name());
            out.add(c.role() == Role.REF ? refs.locals(Catalogue.require(c.target()), List.of((String) v)).get(v) : v);
        }
        return out;
    }

    /** The condition that finds these keys here, or null when none of them can be here. */
    Condition keyCondition(EntityType type, Collection<String> keys) {
        if (type.hasUid() && refs.isWhole()) {
            // By id: the uid indexes of a first sync's copy are dropped while it is filled.
            Collection<Object> ids = refs.locals(type, keys).values();
            return ids.isEmpty() ? null : type.id().in(ids.stream().map(Long.class::cast).toList());
        }
        if (type.hasUid()) {
            return type.uid().in(keys);
        }
        List<Column> key = type.key();
        Map<Column, Map<String, Object>> locals = new HashMap<>();
        for (Column c : key) {
            if (c.role() == Role.REF) {
                List<String> targets = keys.stream().map(k -> (String) Keys.parts(type, k).get(c.name())).toList();
                locals.put(c, refs.locals(Catalogue.require(c.target()), targets));
            }
        }
        List<org.jooq.RowN> rows = new ArrayList<>();
        for (String k : keys) {
            Map<String, Object> parts = Keys.parts(type, k);
            Object[] values = new Object[key.size()];
            boolean present = true;
            for (int i = 0; i < key.size(); i++) {
                Column c = key.get(i);
                Object v = parts.get(c.name());
                values[i] = c.role() == Role.REF ? locals.get(c).get(v) : v;
                present &= values[i] != null;
            }
            if (present) {
                rows.add(DSL.row(values));
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        return DSL.row(fields(type.localKeyFields())).in(rows);
    }

    private List<EntityState> readWhere(EntityType type, Condition where, int limit) {
        List<TableField<?, ?>> localKey = type.localKeyFields();
        List<SortField<?>> order = localKey.stream().<SortField<?>>map(Field::asc).toList();
        org.jooq.SelectLimitStep<Record> select = type.rootless()
                ? dsl.selectDistinct(fields(localKey)).from(type.table()).where(where).orderBy(order)
                : dsl.select(type.table().fields()).from(type.table()).where(where).orderBy(order);
        Result<Record> rows = limit > 0 ? select.limit(limit).fetch() : select.fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Column, Map<Object, String>> targets = new HashMap<>();
        for (Column c : type.columns()) {
            if (c.role() == Role.REF) {
                targets.put(c, refs.keys(Catalogue.require(c.target()), rows.getValues(c.field())));
            }
        }
        Map<String, Map<Object, List<Map<String, Object>>>> lists = new HashMap<>();
        Field<?> linkValue = localKey.getFirst();
        List<Object> linkValues = new ArrayList<>(rows.getValues(linkValue));
        for (ListPart part : type.lists()) {
            lists.put(part.name(), readList(part, linkValues));
        }
        List<EntityState> out = new ArrayList<>(rows.size());
        for (Record r : rows) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Column c : type.columns()) {
                Object raw = r.get(c.field());
                if (c.role() == Role.REF) {
                    String target = targets.get(c).get(raw);
                    if (raw != null && target == null) {
                        throw new IllegalStateException(c.target() + " " + raw + " has no uid");
                    }
                    values.put(c.name(), target);
                } else {
                    values.put(c.name(), Values.normal(raw));
                }
            }
            Map<String, List<Map<String, Object>>> own = new LinkedHashMap<>();
            Object link = r.get(linkValue);
            for (ListPart part : type.lists()) {
                own.put(part.name(), lists.get(part.name()).getOrDefault(link, List.of()));
            }
            String uid = type.hasUid() ? r.get(type.uid()) : null;
            if (type.hasUid() && uid == null) {
                throw new IllegalStateException(type + " " + r.get(type.id()) + " has no uid");
            }
            Long id = type.hasUid() ? r.get(type.id()) : null;
            out.add(new EntityState(type, Keys.of(type, uid, values), id, values, own));
        }
        return out;
    }

    private Map<Object, List<Map<String, Object>>> readList(ListPart part, List<Object> owners) {
        Map<Object, List<Map<String, Object>>> out = new HashMap<>();
        TableField<?, ?> link = part.link().getFirst();
        for (List<Object> chunk : References.chunks(owners)) {
            List<SortField<?>> order = new ArrayList<>();
            order.add(link.asc());
            part.order().forEach(f -> order.add(f.asc()));
            for (Record r : dsl.select(part.table().fields()).from(part.table()).where(link.in(chunk))
                    .orderBy(order).fetch()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (Column c : part.columns()) {
                    row.put(c.name(), Values.normal(r.get(c.field())));
                }
                out.computeIfAbsent(r.get(link), k -> new ArrayList<>()).add(row);
            }
        }
        return out;
    }

    private static Field<?>[] fields(List<TableField<?, ?>> fields) {
        return fields.toArray(Field<?>[]::new);
    }
}
