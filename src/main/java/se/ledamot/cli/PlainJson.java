package se.ledamot.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;

/**
 * The command line's JSON — maps, lists, texts and whole numbers — written straight to Jackson's streaming generator,
 * byte for byte as an indenting {@link ObjectMapper} writes them, without one: making the mapper is a large part of a
 * short command's start, and looking up its serializers for every matter was a fifth of {@code list --json}'s work
 * at 100 000 matters (issue 15). Any other value is left to the mapper, made the first time one comes.
 */
final class PlainJson {
    /** Characters outside the BMP as UTF-8 bytes, as the writer's encoder makes them, not as two \\u escapes. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private PlainJson() {
    }

    /** A generator that indents as the mapper does and leaves {@code out} open when closed. */
    static JsonGenerator generator(Writer out) {
        try {
            return indenting(FACTORY.createGenerator(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #generator(Writer)}, writing UTF-8 bytes: the same text, without the writer's encoder. */
    static JsonGenerator generator(OutputStream out) {
        try {
            return indenting(FACTORY.createGenerator(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonGenerator indenting(JsonGenerator g) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        return g;
    }

    /**
     * A generator for the terminal: it writes to the writer behind {@link TerminalText}'s filter and makes the filter's
     * signs itself, so a long text is not looked at a second time (a tenth of {@code list --json}'s CPU at 100 000
     * matters) and the bytes are those the filter printed. On the process's standard output it writes the bytes
     * themselves ({@link ByteOutput}).
     */
    static JsonGenerator forTerminal(java.io.PrintWriter out) {
        java.io.PrintWriter behind = TerminalText.behind(out);
        JsonGenerator g = behind instanceof ByteOutput bytes ? generator(bytes.bytes()) : generator(behind);
        g.setCharacterEscapes(TerminalText.JSON_SIGNS);
        return g;
    }

    /** The value as one indented JSON text. */
    static String text(Object value) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = generator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static void write(JsonGenerator g, Object value) throws IOException {
        switch (value) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Long l -> g.writeNumber(l);
            case Integer i -> g.writeNumber(i);
            case Boolean b -> g.writeBoolean(b);
            case Map<?, ?> map when textKeys(map) -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    g.writeFieldName((String) e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
            case Collection<?> items -> {
                g.writeStartArray();
                for (Object item : items) {
                    write(g, item);
                }
                g.writeEndArray();
            }
            default -> Mapper.INDENTING.writeValue(g, value);
        }
    }

    /** Whether every key is a text (a loop: a stream per map was a measurable part of {@code list --json}). */
    private static boolean textKeys(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                return false;
            }
        }
        return true;
    }

    /** Made only when a value other than the above is written. */
    private static final class Mapper {
        static final ObjectMapper INDENTING = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }
}
