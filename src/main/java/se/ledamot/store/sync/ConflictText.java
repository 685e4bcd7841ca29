package se.ledamot.store.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.store.entity.Column;
import se.ledamot.store.entity.EntityState;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.ListPart;
import se.ledamot.store.entity.Role;

/** A field's value, or a whole thing, as text to show side by side in a conflict. */
final class ConflictText {
    private ConflictText() {
    }

    @SuppressWarnings("unchecked")
    static String of(EntityType type, String field, Object value) {
        if (value == null) {
            return "";
        }
        if (Conflict.WHOLE.equals(field)) {
            return whole((EntityState) value);
        }
        ListPart list = type.list(field).orElse(null);
        if (list != null) {
            return ((List<Map<String, Object>>) value).stream().map(r -> row(list, r))
                    .collect(Collectors.joining("\n"));
        }
        return String.valueOf(value);
    }

    /**
     * What a person recognises a thing by, for a conflict's heading: its own title or name; else what it belongs to
     * (a group's position or speakers their agenda item, an item the matter it is about), not its notes; else its
     * text. {@code read} reads a thing by kind and key (null when not here).
     */
    static String title(EntityState s, BiFunction<String, String, EntityState> read) {
        for (String field : List.of("title", "file_name", "name")) {
            if (s.value(field) instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        List<Column> owners = new ArrayList<>(s.type().key());
        s.type().columns().stream().filter(c -> "matter".equals(c.target())).forEach(owners::add);
        for (Column c : owners) {
            if (c.role() == Role.REF && s.value(c.name()) instanceof String key) {
                EntityState owner = read.apply(c.target(), key);
                String name = owner == null ? "" : title(owner, read);
                if (!name.isBlank()) {
                    return name;
                }
            }
        }
        return whole(s);
    }

    /** A whole thing as text: a matter's title, a file's name, a position's notes. */
    static String whole(EntityState s) {
        for (String field : List.of("title", "file_name", "name", "text", "notes", "arguments", "decision")) {
            Object v = s.value(field);
            if (v instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return s.type().list("speakers").map(l -> of(s.type(), l.name(), s.list(l.name()))).orElse("");
    }

    private static String row(ListPart list, Map<String, Object> r) {
        return list.columns().stream().filter(c -> !c.name().equals("position") && !c.name().equals("group_code")
                        && !c.name().equals("uid"))
                .map(c -> r.get(c.name())).filter(v -> v != null && !String.valueOf(v).isBlank())
                .map(String::valueOf).collect(Collectors.joining(", "));
    }
}
