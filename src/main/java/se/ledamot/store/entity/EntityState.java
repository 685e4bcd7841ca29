package se.ledamot.store.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kept thing as it is in some database, in terms every database shares: its key, its columns by name (a reference
 * holds the key of what it refers to) and its lists, each row a map of column names. {@code localId} is the row's id
 * in the database it was read from (a uid-named thing only): the export keeps it, the sync never sends it.
 */
public record EntityState(EntityType type, String key, Long localId, Map<String, Object> values,
        Map<String, List<Map<String, Object>>> lists) {

    public EntityState {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Map<String, List<Map<String, Object>>> copy = new LinkedHashMap<>();
        lists.forEach((name, rows) -> {
            List<Map<String, Object>> rowCopies = new ArrayList<>();
            rows.forEach(r -> rowCopies.add(Collections.unmodifiableMap(new LinkedHashMap<>(r))));
            copy.put(name, Collections.unmodifiableList(rowCopies));
        });
        lists = Collections.unmodifiableMap(copy);
    }

    public Object value(String column) {
        return values.get(column);
    }

    public List<Map<String, Object>> list(String name) {
        return lists.getOrDefault(name, List.of());
    }

    /** A field by name: a column's value or a list's rows. */
    public Object field(String name) {
        return lists.containsKey(name) ? list(name) : values.get(name);
    }

    /** The same thing with one field set: a column's value or, for a list's name, its rows. */
    @SuppressWarnings("unchecked")
    public EntityState with(String field, Object value) {
        if (type.list(field).isPresent()) {
            Map<String, List<Map<String, Object>>> l = new LinkedHashMap<>(lists);
            l.put(field, value == null ? List.of() : (List<Map<String, Object>>) value);
            return new EntityState(type, key, localId, values, l);
        }
        Map<String, Object> v = new LinkedHashMap<>(values);
        v.put(field, value);
        return new EntityState(type, key, localId, v, lists);
    }

    public EntityState withLocalId(Long id) {
        return new EntityState(type, key, id, values, lists);
    }

    /** Whether the two hold the same values (the local ids aside). */
    public boolean sameAs(EntityState other) {
        if (other == null || !type.equals(other.type) || !key.equals(other.key)) {
            return false;
        }
        for (String f : type.fieldNames()) {
            if (!Values.same(field(f), other.field(f))) {
                return false;
            }
        }
        return true;
    }

    /** A thing with every column empty and every list empty: what "not there yet" compares as. */
    public static EntityState empty(EntityType type, String key) {
        Map<String, Object> values = new LinkedHashMap<>();
        type.columns().forEach(c -> values.put(c.name(), null));
        Keys.parts(type, key).forEach(values::put);
        Map<String, List<Map<String, Object>>> lists = new LinkedHashMap<>();
        type.lists().forEach(l -> lists.put(l.name(), List.of()));
        return new EntityState(type, key, null, values, lists);
    }
}
