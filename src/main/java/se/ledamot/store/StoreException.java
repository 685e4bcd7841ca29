package se.ledamot.store;

import se.ledamot.domain.DomainException;

/** The database could not do what was asked: locked by another program, damaged, or out of reach. */
public class StoreException extends DomainException {
    public StoreException(String key, Throwable cause, Object... args) {
        super(key, args);
        initCause(cause);
    }
}
