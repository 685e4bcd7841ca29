package se.ledamot.store.sync;

import java.util.function.LongSupplier;

/**
 * Collects the heap in full when a pull has doubled it since the last time. The window and {@code ledamot sync} run
 * the serial collector from a 32 MB heap, which sizes its young generation only at a full collection: a first sync
 * of 100 000 matters ran with a ~10 MB young one throughout, whose every collection (1 942) promoted nearly all it
 * held (a page's rows live until their commit), and the heap grew to 4 GB of promoted garbage before its one full
 * collection. After a full collection the young generation is half the old one, so a page's garbage dies young.
 * Doubling keeps the full collections few (one per doubling of what is live).
 */
final class HeapGrowth {
    private final LongSupplier committed;
    private final Runnable collect;
    private long limit;

    /** This JVM's heap. */
    HeapGrowth() {
        this(Runtime.getRuntime()::totalMemory, System::gc);
    }

    /**
     * This JVM's heap collected in full now, for a first sync: a window's or a command's heap grown by what came before
     * (in the benchmark, generating the council: 570 MB) would otherwise fill half the sync with a small young
     * generation before it doubled.
     */
    static HeapGrowth collectedNow() {
        System.gc();
        return new HeapGrowth();
    }

    /** A heap whose committed size {@code committed} tells, collected by {@code collect}. */
    HeapGrowth(LongSupplier committed, Runnable collect) {
        this.committed = committed;
        this.collect = collect;
        this.limit = 2 * committed.getAsLong();
    }

    /** After a page: a full collection if the heap has doubled since the pull began or the last one. */
    void afterPage() {
        if (committed.getAsLong() >= limit) {
            collect.run();
            limit = 2 * committed.getAsLong();
        }
    }
}
