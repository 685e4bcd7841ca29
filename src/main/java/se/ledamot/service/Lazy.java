package se.ledamot.service;

import java.util.function.Supplier;

/**
 * A service made on first use: each command of the command line opens {@link Ledamot} for one call, and making the
 * ones it never uses cost every command their classes (the sample data builds the whole importer; the export reader
 * Jackson's object mapper).
 */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private T value;

    Lazy(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = make.get();
        }
        return value;
    }
}
