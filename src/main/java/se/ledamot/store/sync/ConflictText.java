package se.ledamot.store.sync;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.store.entity.EntityState;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.ListPart;

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

    /** What a person recognises a thing by: a matter's title, a file's name, a position's notes. */
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
