package se.ledamot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import se.ledamot.domain.sync.PutAside;
import se.ledamot.store.entity.EntityJson;

/**
 * A row of a form kept whole in put_aside (a choice put aside of the minutes, the papers' settings, the council's
 * rules): the domain's record as JSON by its components (the store's one mapper, {@link EntityJson#mapper}), so what
 * was typed comes back as it was. Read with the same record; a component added later is read as absent.
 */
public final class PutAsideRows<T> implements PutAside.Rows<T> {
    private static final ObjectMapper JSON = EntityJson.mapper();
    private final Class<T> type;

    public PutAsideRows(Class<T> type) {
        this.type = type;
    }

    @Override
    public String write(T row) {
        try {
            return JSON.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public T read(String text) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
