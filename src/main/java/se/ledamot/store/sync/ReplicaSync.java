package se.ledamot.store.sync;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import se.ledamot.store.DatabaseTarget;
import se.ledamot.store.FirstSyncCopy;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerAddress;
import se.ledamot.store.StoreException;

/**
 * A data folder's side of syncing with a server, for the application layer: where the replica stands, and one sync
 * that signs in, joins the server the first time and runs the {@link SyncEngine}. A connection lost mid-way is said
 * in words; every step already done is kept on both sides and the next sync goes on from there.
 */
public final class ReplicaSync {
    private final DSLContext local;
    private final Supplier<FirstSyncCopy> copies;
    private final Clock clock;

    /** {@code copies}: where a fresh laptop's first sync writes (see {@link FirstSyncCopy}); null: into the replica. */
    public ReplicaSync(DSLContext local, Supplier<FirstSyncCopy> copies, Clock clock) {
        this.local = local;
        this.copies = copies;
        this.clock = clock;
    }

    public Optional<Replica.Info> info() {
        return Replica.of(local);
    }

    /** Things changed here and not yet on the server. */
    public int waiting() {
        return Replica.waiting(local);
    }

    public Conflicts conflicts() {
        return new Conflicts(local);
    }

    /** Signs in to the server, joins it when this folder never has, and syncs. */
    public SyncReport sync(DatabaseTarget.Server target, SyncListener listener) {
        ServerAddress address = target.address();
        Optional<Replica.Info> before = Replica.of(local);
        if (before.isPresent() && !before.get().server().equals(address.toString())) {
            throw new StoreException("sync.otherServer", null, before.get().server());
        }
        try (OpenDatabase there = target.open()) {
            try {
                Replica.join(local, address.toString(), ServerIdentity.of(there.dsl()), clock);
                return new SyncEngine(local, copies, there.dsl(), clock).sync(listener);
            } catch (DataAccessException e) {
                throw cut(e, address);
            } catch (StoreException e) {
                // The server's own watch says a dropped connection as server.lost; mid-sync it is a cut sync.
                throw "server.lost".equals(e.key()) ? cut(e, address) : e;
            }
        }
    }

    private static StoreException cut(RuntimeException e, ServerAddress address) {
        return new StoreException("sync.cut", e, address.host() + ":" + address.port());
    }
}
