package se.ledamot.store;

import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * An open database, local or on a server: what the stores are made from. Closing it lets go of its connections.
 */
public interface OpenDatabase extends AutoCloseable {
    DSLContext dsl();

    Engine engine();

    /** Tells when a server stops or starts answering; a data folder on this computer never tells. */
    default void onReachable(Consumer<Boolean> listener) {
    }

    /** Whether the database answers now; a data folder's does. */
    default boolean answers() {
        return true;
    }

    @Override
    void close();
}
