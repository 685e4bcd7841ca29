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
import java.util.function.Supplier;
import org.jooq.DSLContext;
import se.ledamot.store.FirstSyncCopy;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.EntityType;

/**
 * One sync of a replica with its server: first what changed here goes there ({@link Pusher}), then what changed
 * there comes here ({@link Puller}). Every step is its own transaction on each side and safe to repeat, so a sync
 * cut short by a lost connection or a cancel is simply run again: nothing is sent or applied twice, nothing is half
 * applied.
 */
public final class SyncEngine {
    /**
     * A first sync's pages between two full collections. The serial collector's young generation is sized from the
     * program's small first heap and only again at a full collection, and a page's rows outlive it: they were copied
     * into the old generation, which grew without one until the end (peak resident 4.3 GB at 100 000 matters, the
     * collector a third of the sync's CPU). A full collection now and then (~0.6 s at that size) sizes the young
     * generation to the heap the sync holds, so most of a page dies young: peak 1.8 GB, the collector's CPU 18 -> 10-12
     * s (issue 16.6, benchmarks.md).
     */
    private static final int COLLECT_EVERY = 16;

    private final DSLContext local;
    private final Supplier<FirstSyncCopy> copies;
    private final DSLContext server;
    private final Clock clock;
    private final int page;

    /** Pulling into the replica itself, also on a fresh laptop. */
    public SyncEngine(DSLContext local, DSLContext server, Clock clock) {
        this(local, null, server, clock, Puller.PAGE);
    }

    /** On a fresh laptop the first pull fills a copy of the replica from {@code copies} (see {@link FirstSyncCopy}). */
    public SyncEngine(DSLContext local, Supplier<FirstSyncCopy> copies, DSLContext server, Clock clock) {
        this(local, copies, server, clock, Puller.PAGE);
    }

    /** With pulls of {@code page} changes at a time (tests: many pages from a small server). */
    SyncEngine(DSLContext local, Supplier<FirstSyncCopy> copies, DSLContext server, Clock clock, int page) {
        this.local = local;
        this.copies = copies;
        this.server = server;
        this.clock = clock;
        this.page = page;
    }

    public SyncReport sync(SyncListener listener) {
        Replica.require(local);
        if (!Capture.installed(local)) {
            Capture.install(local);
        }
        Privileges may = Privileges.of(server);
        Replica.release(local, may);
        Pusher pusher = new Pusher(local, server, clock, may);
        int pushed = 0;
        int conflicts = 0;
        int kept = 0;
        // What the send's merges brought here from the server: fetched, as much as what the pull brings.
        Pulled merged = new Pulled(null);
        long total = local.fetchCount(SYNC_STATE, SYNC_STATE.PENDING.isTrue().and(SYNC_STATE.REFUSED.isNull()));
        long done = 0;
        listener.progress(SyncListener.Phase.PUSH, 0, total);
        // Nothing waiting (the usual later sync): no need to ask each kind, which reads its whole state there.
        for (EntityType type : total == 0 ? List.<EntityType>of() : Catalogue.SYNCED) {
            List<String> keys = pusher.waiting(type);
            for (int i = 0; i < keys.size(); i += Pusher.BATCH) {
                if (listener.cancelled()) {
                    return report(pushed, kept, merged.things, conflicts, merged.matters, false);
                }
                List<String> batch = keys.subList(i, Math.min(keys.size(), i + Pusher.BATCH));
                Pusher.Result r = pusher.push(type, batch);
                pushed += r.pushed();
                conflicts += r.conflicts();
                kept += r.kept();
                merged.things += r.brought();
                merged.matters.addAll(r.matters());
                done += batch.size();
                listener.progress(SyncListener.Phase.PUSH, done, total);
            }
        }
        Puller.Page again = new Puller(local, server, clock, page).refetch();
        Pulled pulled = new Pulled(again);
        pulled.add(merged);
        long start = Replica.require(local).getPulledSeq();
        long newest = new Puller(local, server, clock, page).newest();
        listener.progress(SyncListener.Phase.PULL, 0, Math.max(0, newest - start));
        if (copies != null && start == 0 && !Replica.require(local).getFirstDone()) {
            // A fresh laptop: the pages go into a copy that replaces the database when whole (FirstSyncCopy), on
            // from where a cut sync left it.
            try (FirstSyncCopy copy = copies.get()) {
                Pulled staged = new Pulled(null);
                // Only this sync writes the copy (FirstSyncCopyLock), so its state rows can be known here.
                Puller into = new Puller(copy.dsl(), server, clock, page, LocalState.keys(copy.dsl()));
                if (!pull(into, Replica.require(copy.dsl()).getPulledSeq(), newest, staged, listener, true)) {
                    return report(pushed, kept, pulled.things, conflicts, pulled.matters, false);
                }
                into.recordArrived();
                if (copy.replaceDatabase()) {
                    pulled.add(staged);
                }
            }
        }
        if (!pull(new Puller(local, server, clock, page), Replica.require(local).getPulledSeq(), newest, pulled,
                listener, false)) {
            return report(pushed, kept, pulled.things, conflicts + pulled.conflicts, pulled.matters, false);
        }
        long caughtUpTo = Math.max(pulled.seq, newest);
        local.transaction(tx -> {
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            Replica.advance(tx.dsl(), caughtUpTo, now);
            Replica.caughtUp(tx.dsl(), now);
        });
        return report(pushed, kept, pulled.things, conflicts + pulled.conflicts, pulled.matters, true);
    }

    /**
     * Pulls the server's changes after {@code start} with {@code puller} (into the replica or, {@code intoCopy}, its
     * copy), a page at a time, adding what came to {@code pulled}. False when cancelled: the pages applied so far stay.
     */
    private boolean pull(Puller puller, long start, long newest, Pulled pulled, SyncListener listener,
            boolean intoCopy) {
        int pages = 0;
        pulled.seq = start;
        // The next page is read from the server while this one is written here: on a LAN the server's reading and
        // the replica's writing then overlap. Each page is still applied whole, in order, in its own transaction.
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ledamot-sync-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Puller.Fetched> next = reader.submit(() -> puller.fetch(start));
            while (true) {
                Puller.Fetched fetched = await(next);
                if (fetched == null) {
                    return true;
                }
                if (listener.cancelled()) {
                    return false;
                }
                next = reader.submit(() -> puller.fetch(fetched.last()));
                Puller.Page p = puller.apply(fetched);
                if (intoCopy && ++pages % COLLECT_EVERY == 0) {
                    System.gc();
                }
                pulled.add(p);
                listener.progress(SyncListener.Phase.PULL, Math.min(p.seq(), newest) - start,
                        Math.max(0, newest - start));
            }
        } finally {
            // A read still under way (a cancel, a failure here) finishes on its own; its page is not applied.
            reader.shutdown();
            if (pages >= COLLECT_EVERY) {
                // What the pages left in the heap goes back to the system (the program's -ShrinkHeapInSteps).
                System.gc();
            }
        }
    }

    /** What the pulls of one sync brought: up to which change, how many things, conflicts, matters touched here. */
    private static final class Pulled {
        long seq;
        int things;
        int conflicts;
        final Set<Long> matters = new HashSet<>();

        Pulled(Puller.Page refetched) {
            if (refetched != null) {
                things = refetched.applied();
                matters.addAll(refetched.matters());
            }
        }

        void add(Puller.Page p) {
            seq = Math.max(seq, p.seq());
            things += p.applied();
            conflicts += p.conflicts();
            matters.addAll(p.matters());
        }

        void add(Pulled other) {
            seq = Math.max(seq, other.seq);
            things += other.things;
            conflicts += other.conflicts;
            matters.addAll(other.matters);
        }
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

    private SyncReport report(int pushed, int kept, int pulled, int conflicts, Set<Long> matters, boolean complete) {
        int refused = local.fetchCount(SYNC_STATE, SYNC_STATE.REFUSED.isNotNull()
                .and(SYNC_STATE.REFUSED.notIn(Replica.STAY_HERE)));
        return new SyncReport(pushed, kept, pulled, conflicts, refused, Set.copyOf(matters), complete);
    }
}
