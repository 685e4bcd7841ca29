package se.ledamot.importer.read;

import se.ledamot.domain.DomainException;

/** A file could not be read as a document; the key names why in words a councillor understands. */
public final class UnreadableFileException extends DomainException {
    public UnreadableFileException(String key, Throwable cause, Object... args) {
        super(key, args);
        if (cause != null) {
            initCause(cause);
        }
    }
}
