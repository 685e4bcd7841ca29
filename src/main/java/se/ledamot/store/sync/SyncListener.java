package se.ledamot.store.sync;

/** Told how a sync goes, from the thread that runs it; may ask it to stop between two batches. */
public interface SyncListener {
    /** What a sync does now: sending what changed here, or bringing the server's changes here. */
    enum Phase { PUSH, PULL }

    /** {@code done} of {@code total} in this phase (things sent, or changes pulled). */
    default void progress(Phase phase, long done, long total) {
    }

    /** Asked between batches; true stops the sync there, with everything done so far kept. */
    default boolean cancelled() {
        return false;
    }

    SyncListener NONE = new SyncListener() {
    };
}
