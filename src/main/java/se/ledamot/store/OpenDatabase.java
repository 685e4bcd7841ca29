package se.ledamot.store;

import org.jooq.DSLContext;

/**
 * An open database, local or on a server: what the stores are made from. Closing it lets go of its connections.
 */
public interface OpenDatabase extends AutoCloseable {
    DSLContext dsl();

    Engine engine();

    @Override
    void close();
}
