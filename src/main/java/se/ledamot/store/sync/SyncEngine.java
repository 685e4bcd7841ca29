package se.ledamot.store.sync;

import static se.ledamot.store.jooq.Tables.SYNC_STATE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.EntityType;

/**
 * One sync of a replica with its server: first what changed here goes there ({@link Pusher}), then what changed
 * there comes here ({@link Puller}). Every step is its own transaction on each side and safe to repeat, so a sync
 * cut short by a lost connection or a cancel is simply run again: nothing is sent or applied twice, nothing is half
 * applied.
 */
public final class SyncEngine {
    private final DSLContext local;
    private final DSLContext server;
    private final Clock clock;
    private final int page;

    public SyncEngine(DSLContext local, DSLContext server, Clock clock) {
        this(local, server, clock, Puller.PAGE);
    }

    /** With pulls of {@code page} changes at a time (tests: many pages from a small server). */
    SyncEngine(DSLContext local, DSLContext server, Clock clock, int page) {
        this.local = local;
        this.server = server;
        this.clock = clock;
        this.page = page;
    }

    public SyncReport sync(SyncListener listener) {
        Replica.require(local);
        if (!Capture.installed(local)) {
            Capture.install(local);
        }
        Pusher pusher = new Pusher(local, server, clock, Privileges.of(server));
        int pushed = 0;
        int conflicts = 0;
        long total = local.fetchCount(SYNC_STATE, SYNC_STATE.PENDING.isTrue().and(SYNC_STATE.REFUSED.isNull()));
        long done = 0;
        listener.progress(SyncListener.Phase.PUSH, 0, total);
        // Nothing waiting (the usual later sync): no need to ask each kind, which reads its whole state there.
        for (EntityType type : total == 0 ? List.<EntityType>of() : Catalogue.SYNCED) {
            List<String> keys = pusher.waiting(type);
            for (int i = 0; i < keys.size(); i += Pusher.BATCH) {
                if (listener.cancelled()) {
                    return report(pushed, 0, conflicts, Set.of(), false);
                }
                List<String> batch = keys.subList(i, Math.min(keys.size(), i + Pusher.BATCH));
                int[] r = pusher.push(type, batch);
                pushed += r[0];
                conflicts += r[1];
                done += batch.size();
                listener.progress(SyncListener.Phase.PUSH, done, total);
            }
        }
        Puller puller = new Puller(local, server, clock, page);
        Puller.Page again = puller.refetch();
        long start = Replica.require(local).getPulledSeq();
        long newest = puller.newest();
        long seq = start;
        int pulled = again == null ? 0 : again.applied();
        Set<Long> matters = new HashSet<>(again == null ? Set.of() : again.matters());
        listener.progress(SyncListener.Phase.PULL, 0, Math.max(0, newest - start));
        // The next page is read from the server while this one is written here: on a LAN the server's reading and
        // the replica's writing then overlap. Each page is still applied whole, in order, in its own transaction.
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ledamot-sync-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            final long first = seq;
            Future<Puller.Fetched> next = reader.submit(() -> puller.fetch(first));
            while (true) {
                Puller.Fetched fetched = await(next);
                if (fetched == null) {
                    break;
                }
                if (listener.cancelled()) {
                    return report(pushed, pulled, conflicts, matters, false);
                }
                next = reader.submit(() -> puller.fetch(fetched.last()));
                Puller.Page page = puller.apply(fetched);
                seq = page.seq();
                pulled += page.applied();
                conflicts += page.conflicts();
                matters.addAll(page.matters());
                listener.progress(SyncListener.Phase.PULL, Math.min(seq, newest) - start,
                        Math.max(0, newest - start));
            }
        } finally {
            // A read still under way (a cancel, a failure here) finishes on its own; its page is not applied.
            reader.shutdown();
        }
        long caughtUpTo = Math.max(seq, newest);
        local.transaction(tx -> {
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            Replica.advance(tx.dsl(), caughtUpTo, now);
            Replica.caughtUp(tx.dsl(), now);
        });
        return report(pushed, pulled, conflicts, matters, true);
    }

    /** The page read in the background, or what stopped the reading (a cut connection: the sync is cut). */
    private static Puller.Fetched await(Future<Puller.Fetched> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            // Nothing of ours interrupts (ArchitectureTest); the flag is not set again, since H2 closes its file
            // when a thread with the flag set writes.
            throw new IllegalStateException("Sync interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private SyncReport report(int pushed, int pulled, int conflicts, Set<Long> matters, boolean complete) {
        int refused = local.fetchCount(SYNC_STATE, SYNC_STATE.REFUSED.isNotNull()
                .and(SYNC_STATE.REFUSED.ne(Replica.LOCAL_ONLY)));
        return new SyncReport(pushed, pulled, conflicts, refused, Set.copyOf(matters), complete);
    }
}
