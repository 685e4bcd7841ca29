package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.store.Database;
import se.ledamot.store.MovableClock;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerAddress;
import se.ledamot.store.ServerDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestDatabases;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.generate.CouncilGenerator;

/**
 * Issue 16.4's "a network cut in the middle of a sync leaves both databases consistent and the retry completes", for
 * a fresh laptop's first sync, which fills a copy of the database ({@code FirstSyncCopy}). The laptop reaches the
 * server through a proxy that pulls the cable when the pull is about half way: the laptop's database is then as it
 * was (no page of the copy in it) and opens again, the server is unchanged, and the retry brings every row the
 * member may see, going on from where the copy stopped. Pages of seven changes, so a small generated council takes
 * many.
 */
class FirstSyncNetworkCutTest {
    private static final int PAGE = 7;

    @TempDir
    Path temp;

    @Test
    void aCutHalfWayThroughTheFirstSyncLeavesBothDatabasesAsTheyWereAndTheRetryBringsEveryRow() throws Exception {
        try (SyncFixture world = new SyncFixture().enrol("copycut_anna", "S", ServerRole.MEMBER);
                CuttingProxy proxy = new CuttingProxy(world.pg.port())) {
            DSLContext admin = world.server(TestPostgres.ADMIN).dsl();
            new CouncilGenerator(admin, LocalDate.parse("2026-11-22"), 7).generate(40, n -> { });
            SyncFixture.Laptop uncut = world.laptop(temp.resolve("uncut"), "copycut_anna");
            int whole = engine(uncut.local, uncut.server).sync(SyncListener.NONE).pulled();
            Path folder = temp.resolve("anna");
            SyncFixture.Laptop laptop = world.laptop(folder, "copycut_anna");
            Map<String, Integer> laptopBefore = rows(laptop.local.dsl());
            Map<String, Integer> serverBefore = rows(admin);

            long[] reached = {0, 0};
            SyncListener cutHalfWay = new SyncListener() {
                @Override
                public void progress(Phase phase, long done, long total) {
                    if (phase == Phase.PULL && done > 0 && reached[0] == 0 && done * 2 >= total) {
                        reached[0] = done;
                        reached[1] = total;
                        // The laptop's next message of any kind (the pages' queries are server-side prepared
                        // statements by now: their text is no longer sent).
                        proxy.cutAt("", false);
                    }
                }
            };
            try (OpenDatabase there = throughProxy(world, proxy)) {
                assertThatThrownBy(() -> engine(laptop.local, there).sync(cutHalfWay))
                        .isInstanceOf(RuntimeException.class);
            }
            assertThat(proxy.didCut()).isTrue();
            assertThat(reached[0]).as("cut after some pages, before the last").isPositive().isLessThan(reached[1]);

            // The laptop's database holds nothing of the copy's pages, and opens again as a program's start opens it;
            // the copy stays beside it for the retry.
            assertThat(rows(laptop.local.dsl())).isEqualTo(laptopBefore);
            assertThat(FirstSyncCopyTest.keptCopies(folder)).hasSize(1);
            laptop.local.close();
            try (Database again = TestDatabases.local(folder)) {
                assertThat(rows(again.dsl())).isEqualTo(laptopBefore);
                assertThat(Replica.of(again.dsl()).orElseThrow().pulledSeq()).isZero();
                assertThat(Replica.of(again.dsl()).orElseThrow().firstDone()).isFalse();
                assertThat(rows(admin)).isEqualTo(serverBefore);

                SyncReport retry;
                try (OpenDatabase there = throughProxy(world, proxy)) {
                    retry = engine(again, there).sync(SyncListener.NONE);
                }
                assertThat(retry.complete()).isTrue();
                // It went on from where the copy stopped: about half came now.
                assertThat(retry.pulled()).isPositive().isLessThan(whole);
                FirstSyncInPagesTest.assertSameView(laptop.server.dsl(), again.dsl());
                assertThat(FirstSyncCopyTest.copiesIn(folder)).isEmpty();
                assertThat(rows(admin)).isEqualTo(serverBefore);
                SyncReport after = engine(again, laptop.server).sync(SyncListener.NONE);
                assertThat(after.pulled()).isZero();
                assertThat(after.pushed()).isZero();
            }
        }
    }

    private static OpenDatabase throughProxy(SyncFixture world, CuttingProxy proxy) {
        ServerAddress a = world.address("copycut_anna");
        return ServerDatabase.open(new ServerAddress(a.host(), proxy.port(), a.database(), a.user(), ""),
                TestPostgres.PASSWORD.toCharArray());
    }

    private static SyncEngine engine(Database local, OpenDatabase server) {
        return new SyncEngine(local.dsl(), local::firstSyncCopy, server.dsl(),
                new MovableClock("2026-11-22T08:00:00Z"), PAGE);
    }

    /** How many rows each table of the database holds. */
    static Map<String, Integer> rows(DSLContext d) {
        Map<String, Integer> out = new TreeMap<>();
        for (String table : d.fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA IN ('PUBLIC', 'public') AND TABLE_TYPE = 'BASE TABLE'").getValues(0, String.class)) {
            out.put(table, d.fetchCount(DSL.table(DSL.name(table))));
        }
        return out;
    }
}
