package se.ledamot.store;

import java.io.IOException;

/** Work on a data folder's files while nobody has its database open, run by {@link SharedFolder#alone}. */
@FunctionalInterface
interface FileWork<T> {
    T run() throws IOException;
}
