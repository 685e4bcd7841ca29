package se.ledamot.store.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.store.entity.EntityJson;
import se.ledamot.store.entity.EntityState;
import se.ledamot.store.entity.EntityType;

/** One field of a thing, or a whole thing ({@link Conflict#WHOLE}), as JSON text for the conflict table. */
final class FieldValues {
    private static final ObjectMapper MAPPER = EntityJson.mapper();

    private FieldValues() {
    }

    static String write(EntityType type, String key, String field, Object value) {
        if (value == null) {
            return null;
        }
        if (Conflict.WHOLE.equals(field)) {
            return EntityJson.inline().write((EntityState) value);
        }
        JsonNode node = EntityJson.inline().toJson(EntityState.empty(type, key).with(field, value)).get(field);
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object read(EntityType type, String key, String field, String json) {
        if (json == null) {
            return null;
        }
        if (Conflict.WHOLE.equals(field)) {
            return EntityJson.inline().read(type, json);
        }
        try {
            ObjectNode holder = EntityJson.inline().toJson(EntityState.empty(type, key));
            holder.set(field, MAPPER.readTree(json));
            return EntityJson.inline().fromJson(type, holder).field(field);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
