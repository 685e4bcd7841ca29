package se.ledamot.importer.read;

import java.util.Objects;

/**
 * A file's original bytes and the text read from them.
 *
 * @param name   the file name, as the user knows it
 * @param format how the text was read, e.g. "pdf" or "text/windows-1252"
 */
public record ReadDocument(String name, byte[] bytes, String text, String format) {
    public ReadDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(text, "text");
    }
}
