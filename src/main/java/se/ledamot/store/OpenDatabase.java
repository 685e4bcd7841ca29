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

    /** Asks for {@link #stampOfAllRead} (a data folder's). */
    default void keepStamp() {
    }

    /**
     * After closing, the database file as this program left it, when all it read was that file as stamped
     * ({@link DatabaseStamp}); empty for a server, a protected file, or when another program may have written
     * between this one's reads.
     */
    default java.util.Optional<String> stampOfAllRead() {
        return java.util.Optional.empty();
    }

    @Override
    void close();
}
