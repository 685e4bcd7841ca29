package se.ledamot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import se.ledamot.domain.sync.PutAside;

/**
 * A row of a form kept whole in put_aside (a choice put aside of the minutes, the papers' settings, the council's
 * rules): the domain's record as JSON, by its components, so what was typed comes back as it was. Read with the same
 * record; a component added later is read as absent.
 */
public final class PutAsideRows<T> implements PutAside.Rows<T> {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
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
