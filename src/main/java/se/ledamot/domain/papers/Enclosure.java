package se.ledamot.domain.papers;

import java.util.Objects;
import se.ledamot.domain.DomainException;

/**
 * A document that goes with an item in the handlingar: the original file a matter was imported from. A PDF is carried
 * as its bytes, to be shown as its own pages; another format as the text read from it.
 *
 * @param name the file's name, as it was imported
 * @param pdf  the PDF's bytes, or null for another format
 * @param text the text read from a file that is not a PDF, or null
 */
public record Enclosure(String name, byte[] pdf, String text) {
    public Enclosure {
        Objects.requireNonNull(name, "name");
        if (pdf == null && text == null) {
            throw new DomainException("papers.enclosure.empty", name);
        }
    }

    public static Enclosure pdf(String name, byte[] bytes) {
        return new Enclosure(name, bytes, null);
    }

    public static Enclosure text(String name, String text) {
        return new Enclosure(name, null, text);
    }

    public boolean isPdf() {
        return pdf != null;
    }

    /** The name without its extension, as a document is listed: "Tjänsteskrivelse 2026-11-02". */
    public String title() {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
