package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.ListPart;

/**
 * Issue 16.6: a fresh laptop's first sync of one council (N matters, ten party groups, 500 logins; see
 * {@link BenchCouncil}) on the test PostgreSQL (loopback), beside a baseline from the same run: the same member reading
 * every row of every shared table with plain SELECTs (row-level security applies), the least any first sync must do.
 * Then later syncs after some matters changed on the server, which should cost in proportion to the change. Prints
 * the figures; asserts none of them. Run it on its own (the council is kept under target/bench/ for the next run):
 * {@code xvfb-run -a mvn -q test -Dtest=FirstSyncBenchmark -Dbenchmark=true [-Dmatters=100000] [-Dchanges=10,1000]
 * [-Dsample=200]} (the last: a wall-clock profile of every thread of the first sync, a sample every 200 ms).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class FirstSyncBenchmark {
    @TempDir
    Path temp;

    @Test
    void firstSyncOfAGeneratedCouncil() throws Exception {
        int matters = Integer.getInteger("matters", 2_000);
        List<Integer> changes = Arrays.stream(System.getProperty("changes", "10,1000").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        BenchCouncil.Made made = BenchCouncil.prepare(TestPostgres.get(), matters);
        String member = BenchCouncil.login("S", 2);
        try (SyncFixture world = new SyncFixture(made.database())) {
            DSLContext admin = world.server(TestPostgres.ADMIN).dsl();
            long t1 = System.nanoTime();
            long rows = selectEverything(world.server(member).dsl());
            double baseline = ms(t1);

            SyncFixture.Laptop laptop = world.laptop(temp.resolve("fresh"), member);
            // The whole JVM's CPU (the sync reads the next page on a thread of its own; the server is another process).
            var process = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu = process.getProcessCpuTime();
            // The page is applied on this thread; the JVM's CPU also holds JIT compiling (seconds in a short run,
            // most of it at 10 000 matters), GC and the thread reading the next page from the server.
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long applyCpu = threads.getCurrentThreadCpuTime();
            long jit = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long gc = gcMs();
            JvmThreadCpu own = JvmThreadCpu.now();
            long t2 = System.nanoTime();
            int period = Integer.getInteger("sample", 0);
            ThreadSampler sampler = period > 0 ? new ThreadSampler(period) : null;
            SyncReport first = laptop.sync();
            double firstSync = ms(t2);
            if (sampler != null) {
                System.out.println(sampler.report(12));
                sampler.close();
            }
            double firstCpu = (process.getProcessCpuTime() - cpu) / 1e6;
            JvmThreadCpu ownCpu = JvmThreadCpu.now().since(own);
            String firstSplit = String.format("this thread %.0f ms, JIT compiling %d ms (CPU %d ms), GC %d ms "
                    + "(CPU %d ms)", (threads.getCurrentThreadCpuTime() - applyCpu) / 1e6,
                    java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit,
                    ownCpu.jitMs(), gcMs() - gc, ownCpu.gcMs());
            assertThat(first.complete()).isTrue();
            String reads = readsAfter(laptop.local.dsl()) + "; peak RSS so far " + peakRss();

            List<String> later = new ArrayList<>();
            int offset = 0;
            for (int n : changes) {
                admin.execute("UPDATE matter SET title = title || ' (ändrad)' WHERE id IN "
                        + "(SELECT id FROM matter ORDER BY id OFFSET ? LIMIT ?)", offset, n);
                offset += n;
                long t3 = System.nanoTime();
                long c3 = process.getProcessCpuTime();
                SyncReport again = laptop.sync();
                later.add(String.format("after %d matters changed: %d things in %.0f ms (CPU %.0f ms)", n,
                        again.pulled(), ms(t3), (process.getProcessCpuTime() - c3) / 1e6));
                assertThat(again.pulled()).isEqualTo(n);
            }

            System.out.printf("BENCHMARK first sync: %d matters, %d groups, %d logins (%s in %.0f ms); member %s; "
                    + "baseline plain SELECT of the %d rows the member may see %.0f ms; fresh laptop's first sync %d "
                    + "things in %.0f ms (%.1f× the baseline, %.0f things/s; this JVM's CPU in it %.0f ms: %s); reads after it: %s; later syncs: %s (%d cores, load %.1f)%n",
                    matters, BenchCouncil.GROUPS.size(), BenchCouncil.GROUPS.size() * BenchCouncil.USERS_PER_GROUP,
                    made.how(), made.ms(), member, rows, baseline, first.pulled(), firstSync, firstSync / baseline,
                    first.pulled() / (firstSync / 1000), firstCpu, firstSplit, reads, String.join("; ", later),
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The JVM's peak resident memory (Linux), as the kernel counts it: heap, H2's cache and the rest. */
    private static String peakRss() throws java.io.IOException {
        return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmHWM:")).map(l -> l.substring(6).trim()).findFirst().orElse("?");
    }

    /**
     * How the laptop reads what the first sync wrote, for a change to how the copy stores rows (texts kept in their rows
     * made both 2-8x slower): every matter row (a scan, as a filter on a column without an index does) and every
     * matter's text, each twice (the second from H2's cache).
     */
    private static String readsAfter(DSLContext local) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long t = System.nanoTime();
            local.fetchOne("SELECT count(*) FROM matter WHERE title LIKE '%ändrad%'");
            out.add(String.format("every matter row %.0f ms", ms(t)));
            t = System.nanoTime();
            local.fetchOne("SELECT sum(length(body)) FROM matter");
            out.add(String.format("every matter's text %.0f ms", ms(t)));
        }
        return String.join(", ", out);
    }

    /** Every row of every shared table, read and counted as the member sees them (row-level security applies). */
    private static long selectEverything(DSLContext d) {
        Set<Table<?>> tables = new LinkedHashSet<>();
        for (EntityType t : Catalogue.SYNCED) {
            tables.add(t.table());
            t.lists().stream().map(ListPart::table).forEach(tables::add);
        }
        long rows = 0;
        for (Table<?> t : tables) {
            rows += d.selectFrom(t).fetchSize(1000).fetchLazy().stream().count();
        }
        return rows;
    }

    /**
     * The collectors' time so far (their pauses and, for G1's concurrent cycles, their time): elapsed, not CPU, so on
     * a loaded machine several times their CPU ({@link JvmThreadCpu}).
     */
    private static long gcMs() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
