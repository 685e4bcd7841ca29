package se.ledamot.domain.sync;

/**
 * Where the data of the window stands, for its status line: only on this computer, kept with a server and in step,
 * or with changes waiting for the server to be reached. {@code pending} counts things changed here and not yet on the
 * server, {@code conflicts} fields waiting for the user.
 */
public record SyncStatus(State state, int pending, int conflicts) {
    public enum State {
        /** A data folder of its own, no server. */
        LOCAL,
        /** In step with the server (or getting there now). */
        CONNECTED,
        /** The server could not be reached; changes are kept here until it can. */
        OFFLINE
    }

    public static SyncStatus local() {
        return new SyncStatus(State.LOCAL, 0, 0);
    }
}
