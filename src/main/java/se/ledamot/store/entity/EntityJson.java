package se.ledamot.store.entity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one written form of a kept thing (documented in the README's export section): a JSON object with its uid (or
 * natural key columns), its columns by name and its lists as arrays of objects. Dates and times are ISO 8601, moments
 * in UTC. Bytes go through {@link Files}: the export writes them as files beside the JSON, the sync's bookkeeping
 * keeps them inline in Base64.
 */
public final class EntityJson {
    /**
     * The store's one JSON mapper (its kept things, the sync's field values, the rows put aside): dates as ISO 8601
     * text, and a property a later version no longer has read as absent, not as an error.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The store's one JSON mapper, configured as above: use it, do not make another. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Where the bytes of a thing (an original file) are kept. */
    public interface Files {
        /** Keeps the bytes of a column and returns the text that names them in the JSON. */
        String put(EntityState owner, Column column, byte[] bytes);

        byte[] get(String name);

        /** Bytes inline, in Base64. */
        Files INLINE = new Files() {
            @Override
            public String put(EntityState owner, Column column, byte[] bytes) {
                return Base64.getEncoder().encodeToString(bytes);
            }

            @Override
            public byte[] get(String name) {
                return Base64.getDecoder().decode(name);
            }
        };
    }

    private final Files files;
    private final boolean withIds;

    /** {@code withIds}: the JSON also says the thing's id in the database it came from (the export does). */
    public EntityJson(Files files, boolean withIds) {
        this.files = files;
        this.withIds = withIds;
    }

    /** The bookkeeping form: bytes inline, no ids. */
    public static EntityJson inline() {
        return new EntityJson(Files.INLINE, false);
    }

    public ObjectNode toJson(EntityState s) {
        EntityType type = s.type();
        ObjectNode o = NODES.objectNode();
        if (type.hasUid()) {
            o.put("uid", s.key());
            if (withIds && s.localId() != null) {
                o.put("id", s.localId());
            }
        }
        for (Column c : type.columns()) {
            o.set(c.name(), value(s, c, s.value(c.name())));
        }
        for (ListPart l : type.lists()) {
            ArrayNode rows = o.putArray(l.name());
            for (Map<String, Object> r : s.list(l.name())) {
                ObjectNode row = rows.addObject();
                for (Column c : l.columns()) {
                    row.set(c.name(), value(s, c, r.get(c.name())));
                }
            }
        }
        return o;
    }

    public EntityState fromJson(EntityType type, JsonNode o) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Column c : type.columns()) {
            values.put(c.name(), value(c, o.get(c.name())));
        }
        Map<String, List<Map<String, Object>>> lists = new LinkedHashMap<>();
        for (ListPart l : type.lists()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            JsonNode array = o.get(l.name());
            if (array != null && !array.isNull()) {
                if (!array.isArray()) {
                    throw new IllegalArgumentException(l.name() + " is not a list");
                }
                for (JsonNode row : array) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    for (Column c : l.columns()) {
                        r.put(c.name(), value(c, row.get(c.name())));
                    }
                    rows.add(r);
                }
            }
            lists.put(l.name(), rows);
        }
        String uid = type.hasUid() ? text(o.get("uid")) : null;
        if (type.hasUid() && (uid == null || uid.isBlank() || uid.length() > type.uid().getDataType().length())) {
            throw new IllegalArgumentException(type + " without a uid");
        }
        JsonNode id = o.get("id");
        Long localId = withIds && type.hasUid() && id != null && id.canConvertToLong() ? id.asLong() : null;
        return new EntityState(type, Keys.of(type, uid, values), localId, values, lists);
    }

    public String write(EntityState s) {
        try {
            return MAPPER.writeValueAsString(toJson(s));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public EntityState read(EntityType type, String json) {
        try {
            return fromJson(type, MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a " + type + " in JSON", e);
        }
    }

    /** One value in its JSON form. */
    public JsonNode value(EntityState owner, Column c, Object v) {
        return switch (v) {
            case null -> NODES.nullNode();
            case String t -> NODES.textNode(t);
            case Integer i -> NODES.numberNode(i);
            case Long l -> NODES.numberNode(l);
            case Boolean b -> NODES.booleanNode(b);
            case byte[] bytes -> NODES.textNode(files.put(owner, c, bytes));
            default -> NODES.textNode(v.toString());
        };
    }

    /** A value read back, as the column's Java type; a value of another type, or too long, is refused. */
    public Object value(Column c, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (c.role() == Role.REF) {
            return text(c, node);
        }
        Class<?> type = c.field().getType();
        if (type == String.class) {
            return text(c, node);
        } else if (type == Integer.class) {
            return require(c, node, node.isIntegralNumber() && node.canConvertToInt()).intValue();
        } else if (type == Long.class) {
            return require(c, node, node.isIntegralNumber() && node.canConvertToLong()).longValue();
        } else if (type == Boolean.class) {
            return require(c, node, node.isBoolean()).booleanValue();
        } else if (type == LocalDate.class) {
            return LocalDate.parse(text(c, node));
        } else if (type == LocalTime.class) {
            return LocalTime.parse(text(c, node));
        } else if (type == OffsetDateTime.class) {
            return Values.normal(OffsetDateTime.parse(text(c, node)));
        } else if (type == byte[].class) {
            return files.get(text(c, node));
        }
        throw new IllegalArgumentException("no JSON form for " + type + " of " + c.name());
    }

    /** A text no longer than its column (checked here, so the database never refuses it in its own words). */
    private static String text(Column c, JsonNode node) {
        require(c, node, node.isTextual());
        String t = node.asText();
        int max = c.field().getDataType().length();
        if (max > 0 && t.length() > max) {
            throw new IllegalArgumentException(c.name() + " is longer than " + max);
        }
        return t;
    }

    private static JsonNode require(Column c, JsonNode node, boolean ok) {
        if (!ok) {
            throw new IllegalArgumentException(c.name() + " is not a " + c.field().getType().getSimpleName());
        }
        return node;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
