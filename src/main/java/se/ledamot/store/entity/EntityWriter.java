package se.ledamot.store.entity;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Writes kept things into one database so that it holds a new state where it held an old one: only the columns and
 * lists that differ (a member on a server may change a matter's text, not its official fields), many things of a kind
 * at once. References are written as this database's ids. On a server the owning group is left to the server.
 */
public final class EntityWriter {
    /** Where the writing goes: the laptop's own database, or the server (which fills in the owning group). */
    public enum Side { LOCAL, SERVER }

    /** One thing going from {@code before} (null: not there) to {@code after} (null: gone). */
    public record Change(EntityState before, EntityState after) {
    }

    /** Rows sent to the database in one JDBC batch. */
    private static final int BATCH = 2000;

    private final DSLContext dsl;
    private final References refs;
    private final Side side;
    private final boolean keepIds;

    /** {@code keepIds}: new rows take the ids they had where they were read (an export read into an empty folder). */
    public EntityWriter(DSLContext dsl, References refs, Side side, boolean keepIds) {
        this.dsl = dsl;
        this.refs = refs;
        this.side = side;
        this.keepIds = keepIds;
    }

    public void write(EntityType type, List<Change> changes) {
        List<EntityState> inserts = new ArrayList<>();
        for (Change c : changes) {
            if (c.after() == null && c.before() != null) {
                delete(type, c.before());
            } else if (c.before() == null && c.after() != null) {
                inserts.add(c.after());
            } else if (c.before() != null) {
                update(type, c.before(), c.after());
            }
        }
        insert(type, inserts);
        if (side == Side.LOCAL && !changes.isEmpty() && AgendaChanges.counts(type)) {
            AgendaChanges.count(dsl, null);
        }
    }

    private void delete(EntityType type, EntityState s) {
        Condition where = keyCondition(type, s);
        if (where == null) {
            return;
        }
        if (type.rootless()) {
            for (ListPart part : type.lists()) {
                dsl.deleteFrom(part.table()).where(eq(part.link().getFirst(), localKey(type, s).getFirst())).execute();
            }
        } else {
            dsl.deleteFrom(type.table()).where(where).execute();
        }
        if (type.hasUid()) {
            refs.forget(type, s.key());
        }
    }

    private void insert(EntityType type, List<EntityState> unordered) {
        if (unordered.isEmpty()) {
            return;
        }
        // In key order: the uid index then grows page by page instead of touching a random page for every row.
        List<EntityState> states = unordered.stream().sorted(java.util.Comparator.comparing(EntityState::key)).toList();
        if (!type.rootless()) {
            List<Field<?>> fields = new ArrayList<>();
            boolean ids = type.hasUid() && keepIds;
            if (ids) {
                fields.add(type.id());
            }
            if (type.hasUid()) {
                fields.add(type.uid());
            }
            List<Column> columns = written(type.columns());
            columns.forEach(c -> fields.add(c.field()));
            lookUpReferences(columns, states);
            List<List<Object>> rows = new ArrayList<>();
            for (EntityState s : states) {
                List<Object> row = new ArrayList<>();
                if (ids) {
                    row.add(s.localId());
                }
                if (type.hasUid()) {
                    row.add(s.key());
                }
                for (Column c : columns) {
                    row.add(local(c, s.value(c.name())));
                }
                rows.add(row);
            }
            List<Long> made = insertRows(type.table(), fields, rows, type.hasUid() && !ids ? type.id() : null);
            if (ids) {
                states.forEach(s -> refs.remember(type, s.localId(), s.key()));
            } else if (made != null && made.size() == states.size()) {
                for (int i = 0; i < made.size(); i++) {
                    refs.remember(type, made.get(i), states.get(i).key());
                }
            } else if (type.hasUid()) {
                refs.locals(type, states.stream().map(EntityState::key).toList());
            }
        }
        for (ListPart part : type.lists()) {
            List<Field<?>> fields = new ArrayList<>(part.link());
            List<Column> columns = written(part.columns());
            columns.forEach(c -> fields.add(c.field()));
            List<List<Object>> rows = new ArrayList<>();
            for (EntityState s : states) {
                Object owner = localKey(type, s).getFirst();
                for (Map<String, Object> r : s.list(part.name())) {
                    rows.add(listRow(owner, columns, r));
                }
            }
            insertRows(part.table(), fields, rows);
        }
    }

    /** Finds the local ids of everything these things refer to in a query per kind, not one per row. */
    private void lookUpReferences(List<Column> columns, List<EntityState> states) {
        for (Column c : columns) {
            if (c.role() == Role.REF) {
                refs.locals(Catalogue.require(c.target()),
                        states.stream().map(s -> (String) s.value(c.name())).filter(v -> v != null).toList());
            }
        }
    }

    private void update(EntityType type, EntityState before, EntityState after) {
        Map<Field<?>, Object> set = new LinkedHashMap<>();
        for (Column c : written(type.columns())) {
            if (c.role() != Role.KEY && !Values.same(before.value(c.name()), after.value(c.name()))) {
                set.put(c.field(), local(c, after.value(c.name())));
            }
        }
        if (!set.isEmpty() && !type.rootless()) {
            // A row a sync changed was not saved in a window of this folder: its time of that (V43) no longer says.
            // By the generated classes' name, which H2 gave them in capitals ("saved_at" found nothing). Not where the
            // thing carries its saved_at itself (an answer's stamp, never empty): clearing it failed every such sync.
            Field<?> savedAt = type.table().field("SAVED_AT");
            if (savedAt != null && type.column("saved_at").isEmpty()) {
                set.put(savedAt, null);
            }
            dsl.update(type.table()).set(set).where(keyCondition(type, before)).execute();
        }
        Object owner = localKey(type, before).getFirst();
        for (ListPart part : type.lists()) {
            List<Map<String, Object>> old = before.list(part.name());
            List<Map<String, Object>> now = after.list(part.name());
            if (Values.same(old, now)) {
                continue;
            }
            if (part.merge() == Merge.WHOLE) {
                dsl.deleteFrom(part.table()).where(eq(part.link().getFirst(), owner)).execute();
                insertRows(part.table(), listFields(part), now.stream()
                        .map(r -> listRow(owner, written(part.columns()), r)).toList());
            } else {
                rewriteByIdentity(part, owner, old, now);
            }
        }
    }

    /** A history or numbered list: rows named by their identity are added, changed or removed one by one. */
    private void rewriteByIdentity(ListPart part, Object owner, List<Map<String, Object>> old,
            List<Map<String, Object>> now) {
        String id = part.identity().name();
        TableField<?, ?> link = part.link().getFirst();
        Map<Object, Map<String, Object>> before = new LinkedHashMap<>();
        old.forEach(r -> before.put(r.get(id), r));
        List<List<Object>> added = new ArrayList<>();
        for (Map<String, Object> r : now) {
            Map<String, Object> was = before.remove(r.get(id));
            if (was == null) {
                added.add(listRow(owner, written(part.columns()), r));
            } else if (!Values.same(was, r)) {
                Map<Field<?>, Object> set = new LinkedHashMap<>();
                for (Column c : written(part.columns())) {
                    if (!Values.same(was.get(c.name()), r.get(c.name()))) {
                        set.put(c.field(), r.get(c.name()));
                    }
                }
                if (!set.isEmpty()) {
                    dsl.update(part.table()).set(set).where(eq(link, owner))
                            .and(part.identity().typed().eq(was.get(id))).execute();
                }
            }
        }
        for (Map<String, Object> gone : before.values()) {
            dsl.deleteFrom(part.table()).where(eq(link, owner))
                    .and(part.identity().typed().eq(gone.get(id))).execute();
        }
        insertRows(part.table(), listFields(part), added);
    }

    private List<Field<?>> listFields(ListPart part) {
        List<Field<?>> fields = new ArrayList<>(part.link());
        written(part.columns()).forEach(c -> fields.add(c.field()));
        return fields;
    }

    private static List<Object> listRow(Object owner, List<Column> columns, Map<String, Object> r) {
        List<Object> row = new ArrayList<>();
        row.add(owner);
        columns.forEach(c -> row.add(r.get(c.name())));
        return row;
    }

    /**
     * One prepared statement for all the rows, sent as a JDBC batch: the statement is made and parsed once, not once
     * per row, nor rendered anew as one statement of thousands of values. Into H2 (the laptop) the values are bound
     * straight on the JDBC statement (plain Java values H2 takes as they are): jOOQ's binding, a few objects made per
     * value, was a seventh of a first sync's time. PostgreSQL keeps jOOQ's binding and its casts.
     */
    private void insertRows(org.jooq.Table<?> table, List<Field<?>> fields, List<List<Object>> rows) {
        insertRows(table, fields, rows, null);
    }

    /**
     * As above; {@code generated}: the identity column whose new values are returned in the rows' order (H2 gives
     * them with the batch, so the new things' ids need not be looked up by uid afterwards), or null.
     * Returns null when they were not asked for or not given.
     */
    private List<Long> insertRows(org.jooq.Table<?> table, List<Field<?>> fields, List<List<Object>> rows,
            Field<Long> generated) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var insert = dsl.insertInto(table).columns(fields).values(new Object[fields.size()]);
        if (dsl.dialect().family() == org.jooq.SQLDialect.H2) {
            String sql = dsl.render(insert);
            List<Long> made = new ArrayList<>();
            dsl.connection(c -> {
                try (PreparedStatement ps = generated == null ? c.prepareStatement(sql)
                        : c.prepareStatement(sql, new String[] {generated.getName()})) {
                    for (int i = 0; i < rows.size(); i += BATCH) {
                        for (List<Object> row : rows.subList(i, Math.min(rows.size(), i + BATCH))) {
                            for (int v = 0; v < row.size(); v++) {
                                ps.setObject(v + 1, row.get(v));
                            }
                            ps.addBatch();
                        }
                        ps.executeBatch();
                        if (generated != null) {
                            try (var keys = ps.getGeneratedKeys()) {
                                while (keys.next()) {
                                    made.add(keys.getLong(1));
                                }
                            }
                        }
                    }
                }
            });
            return generated == null ? null : made;
        }
        for (int i = 0; i < rows.size(); i += BATCH) {
            var batch = dsl.batch(insert);
            for (List<Object> row : rows.subList(i, Math.min(rows.size(), i + BATCH))) {
                batch.bind(row.toArray());
            }
            batch.execute();
        }
        return null;
    }

    /** The columns this side writes: on a server, not the group it fills in itself. */
    private List<Column> written(List<Column> columns) {
        return side == Side.LOCAL ? columns : columns.stream().filter(c -> c.role() != Role.SERVER_GROUP).toList();
    }

    private Object local(Column c, Object value) {
        if (c.role() != Role.REF || value == null) {
            return value;
        }
        Object local = refs.locals(Catalogue.require(c.target()), List.of((String) value)).get(value);
        if (local == null) {
            throw new MissingReference(c.target(), (String) value);
        }
        return local;
    }

    private Condition keyCondition(EntityType type, EntityState s) {
        if (type.hasUid()) {
            // By id into a first sync's copy: its uid indexes are dropped while it is filled (References.whole).
            return refs.isWhole() ? eq(type.id(), localKey(type, s).getFirst()) : type.uid().eq(s.key());
        }
        List<Object> key = localKey(type, s);
        return DSL.row(type.localKeyFields().toArray(Field<?>[]::new)).eq(DSL.row(key.toArray()));
    }

    /** The thing's key in this database's terms: its id, or its natural key with references as ids. */
    private List<Object> localKey(EntityType type, EntityState s) {
        if (type.hasUid()) {
            Object id = refs.locals(type, List.of(s.key())).get(s.key());
            if (id == null) {
                throw new MissingReference(type.name(), s.key());
            }
            return List.of(id);
        }
        List<Object> out = new ArrayList<>();
        for (Column c : type.key()) {
            out.add(local(c, s.value(c.name())));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Condition eq(Field<?> field, Object value) {
        return ((Field<Object>) field).eq(value);
    }

    /** A thing refers to another that this database does not have (yet). */
    public static final class MissingReference extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String entity;
        private final String key;

        MissingReference(String entity, String key) {
            super(entity + " " + Keys.readable(key) + " is not here");
            this.entity = entity;
            this.key = key;
        }

        public String entity() {
            return entity;
        }

        public String key() {
            return key;
        }
    }
}
