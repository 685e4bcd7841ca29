package se.ledamot.importer.read;

import java.util.List;
import java.util.Objects;

/**
 * A file's original bytes and the text read from them.
 *
 * @param name    the file name, as the user knows it
 * @param format  how the text was read, e.g. "pdf" or "text/windows-1252"
 * @param pages   a PDF's text page by page (the text is these joined by form feeds); empty for other files
 * @param scanned what OCR read from a PDF's scanned pages, null when it had none
 */
public record ReadDocument(String name, byte[] bytes, String text, String format, List<String> pages,
        Scanned scanned) {
    public ReadDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(text, "text");
        pages = List.copyOf(pages);
    }

    public ReadDocument(String name, byte[] bytes, String text, String format) {
        this(name, bytes, text, format, List.of(), null);
    }
}
