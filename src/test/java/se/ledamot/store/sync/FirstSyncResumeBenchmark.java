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
 * at about half way, and its retry, beside a whole first sync of the same member in the same run (what the retry
 * was before a cut first sync's copy was kept: the copy removed, every page again). Prints the figures; asserts
 * none of them: {@code xvfb-run -a mvn -q test -Dtest=FirstSyncResumeBenchmark -Dbenchmark=true [-Dmatters=10000]}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class FirstSyncResumeBenchmark {
    @TempDir
    Path temp;

    @Test
    void aFirstSyncCutAtHalfAndItsRetry() throws Exception {
        int matters = Integer.getInteger("matters", 10_000);
        BenchCouncil.Made made = BenchCouncil.prepare(TestPostgres.get(), matters);
        String member = BenchCouncil.login("S", 2);
        try (SyncFixture world = new SyncFixture(made.database());
                CuttingProxy proxy = new CuttingProxy(world.pg.port())) {
            SyncFixture.Laptop uncut = world.laptop(temp.resolve("uncut"), member);
            long t0 = System.nanoTime();
            SyncReport whole = uncut.sync();
            double wholeMs = ms(t0);
            assertThat(whole.complete()).isTrue();

            SyncFixture.Laptop laptop = world.laptop(temp.resolve("cut"), member);
            long[] reached = {0, 0};
            SyncListener cutHalfWay = new SyncListener() {
                @Override
                public void progress(Phase phase, long done, long total) {
                    if (phase == Phase.PULL && done > 0 && reached[0] == 0 && done * 2 >= total) {
                        reached[0] = done;
                        reached[1] = total;
                        proxy.cutAt("", false);
                    }
                }
            };
            long t1 = System.nanoTime();
            try (OpenDatabase there = throughProxy(world, proxy, member)) {
                assertThatThrownBy(() -> engine(laptop, there).sync(cutHalfWay)).isInstanceOf(RuntimeException.class);
            }
            double cutMs = ms(t1);
            assertThat(proxy.didCut()).isTrue();

            long t2 = System.nanoTime();
            SyncReport retry;
            try (OpenDatabase there = throughProxy(world, proxy, member)) {
                retry = engine(laptop, there).sync(SyncListener.NONE);
            }
            double retryMs = ms(t2);
            assertThat(retry.complete()).isTrue();
            FirstSyncInPagesTest.assertSameView(laptop.server.dsl(), laptop.local.dsl());

            System.out.printf("BENCHMARK first sync cut and retried: %d matters (%s); whole first sync %d things in "
                    + "%.0f ms; cut after %d of %d changes, %.0f ms; retry %d things in %.0f ms (%d cores, load %.1f)%n",
                    matters, made.how(), whole.pulled(), wholeMs, reached[0], reached[1], cutMs, retry.pulled(),
                    retryMs, Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
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
