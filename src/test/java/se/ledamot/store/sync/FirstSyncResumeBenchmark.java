package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerAddress;
import se.ledamot.store.ServerDatabase;
import se.ledamot.store.TestPostgres;

/**
 * Issue 16.4 with 16.6: a fresh laptop's first sync of a generated council ({@link BenchCouncil}) cut by the network
 * at about half way, and its retry, beside a whole first sync of the same member in the same run: once with the cut
 * sync's copy removed, as it was before a cut first sync's copy was kept (the retry starts again), once as now (the
 * retry goes on where the copy stopped). Prints the figures; asserts none of them: {@code xvfb-run -a mvn -q test -Dtest=FirstSyncResumeBenchmark -Dbenchmark=true [-Dmatters=10000]}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class FirstSyncResumeBenchmark {
    @TempDir
    Path temp;

    @Test
    void aFirstSyncCutAtHalfAndItsRetryWithTheCopyRemovedAndKept() throws Exception {
        int matters = Integer.getInteger("matters", 10_000);
        BenchCouncil.Made made = BenchCouncil.prepare(TestPostgres.get(), matters);
        String member = BenchCouncil.login("S", 2);
        try (SyncFixture world = new SyncFixture(made.database());
                CuttingProxy proxy = new CuttingProxy(world.pg.port())) {
            SyncFixture.Laptop uncut = world.laptop(temp.resolve("uncut"), member);
            int[] pages = {0};
            SyncListener counting = new SyncListener() {
                @Override
                public void progress(Phase phase, long done, long total) {
                    pages[0] += phase == Phase.PULL && done > 0 ? 1 : 0;
                }
            };
            long t0 = System.nanoTime();
            SyncReport whole = engine(uncut, uncut.server).sync(counting);
            double wholeMs = ms(t0);
            assertThat(whole.complete()).isTrue();

            // As before the copy was kept: the cut sync's copy removed, so the retry starts again.
            String restarted = cutAndRetry(world, proxy, member, "restarted", pages[0], true);
            String resumed = cutAndRetry(world, proxy, member, "resumed", pages[0], false);
            System.out.printf("BENCHMARK first sync cut and retried: %d matters (%s); whole first sync %d things in "
                    + "%.0f ms in %d pages; copy removed after the cut (as before): %s; copy kept (now): %s "
                    + "(%d cores, load %.1f)%n", matters, made.how(), whole.pulled(), wholeMs, pages[0], restarted,
                    resumed, Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * A fresh laptop's first sync cut by the network once about half of its {@code pages} are in the copy, and the
     * retry: what each took.
     */
    private String cutAndRetry(SyncFixture world, CuttingProxy proxy, String member, String name, int pages,
            boolean removeCopy) {
        Path folder = temp.resolve(name);
        SyncFixture.Laptop laptop = world.laptop(folder, member);
        int[] applied = {0};
        SyncListener cutHalfWay = new SyncListener() {
            @Override
            public void progress(Phase phase, long done, long total) {
                // Armed after the page before the half: the page read meanwhile still comes.
                if (phase == Phase.PULL && done > 0 && ++applied[0] == Math.max(1, pages / 2 - 1)) {
                    proxy.cutAt("", false);
                }
            }
        };
        long t1 = System.nanoTime();
        try (OpenDatabase there = throughProxy(world, proxy, member)) {
            assertThatThrownBy(() -> engine(laptop, there).sync(cutHalfWay)).isInstanceOf(RuntimeException.class);
        }
        double cutMs = ms(t1);
        if (removeCopy) {
            FirstSyncCopyTest.copiesIn(folder).forEach(f -> f.toFile().delete());
        }
        long t2 = System.nanoTime();
        SyncReport retry;
        try (OpenDatabase there = throughProxy(world, proxy, member)) {
            retry = engine(laptop, there).sync(SyncListener.NONE);
        }
        double retryMs = ms(t2);
        assertThat(retry.complete()).isTrue();
        FirstSyncInPagesTest.assertSameView(laptop.server.dsl(), laptop.local.dsl());
        return String.format("cut after %d pages in %.0f ms, retry %d things in %.0f ms", applied[0], cutMs,
                retry.pulled(), retryMs);
    }

    private static OpenDatabase throughProxy(SyncFixture world, CuttingProxy proxy, String login) {
        ServerAddress a = world.address(login);
        return ServerDatabase.open(new ServerAddress(a.host(), proxy.port(), a.database(), a.user(), ""),
                TestPostgres.PASSWORD.toCharArray());
    }

    private static SyncEngine engine(SyncFixture.Laptop laptop, OpenDatabase server) {
        return new SyncEngine(laptop.local.dsl(), laptop.local::firstSyncCopy, server.dsl(), laptop.clock);
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
