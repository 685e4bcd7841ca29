package se.ledamot.store.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key a thing has in every database: its uid, or the parts of its natural key joined by a unit separator (a
 * character no one-line value may hold, see {@code Limit}), references written as what they refer to's key.
 */
public final class Keys {
    public static final char SEPARATOR = '\u001f';

    private Keys() {
    }

    /** The key of a thing from its values (a natural key) or its uid. */
    public static String of(EntityType type, String uid, Map<String, Object> values) {
        if (type.hasUid()) {
            return uid;
        }
        StringBuilder b = new StringBuilder();
        for (Column c : type.key()) {
            if (!b.isEmpty()) {
                b.append(SEPARATOR);
            }
            b.append(values.get(c.name()));
        }
        return b.toString();
    }

    /** The natural key's columns by name, as written in the key (a reference as its target's key). */
    public static Map<String, Object> parts(EntityType type, String key) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Column> columns = type.key();
        if (columns.isEmpty()) {
            return out;
        }
        String[] parts = key.split(String.valueOf(SEPARATOR), -1);
        if (parts.length != columns.size()) {
            throw new IllegalArgumentException("not a key of " + type + ": " + key.replace(SEPARATOR, '/'));
        }
        for (int i = 0; i < parts.length; i++) {
            Column c = columns.get(i);
            out.put(c.name(), c.role() == Role.REF ? parts[i] : convert(c, parts[i]));
        }
        return out;
    }

    private static Object convert(Column c, String text) {
        Class<?> type = c.field().getType();
        if (type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == Integer.class) {
            return Integer.valueOf(text);
        }
        return text;
    }

    /** A key as a person may read it in a message: the parts joined by a slash. */
    public static String readable(String key) {
        return key.replace(SEPARATOR, '/');
    }
}
