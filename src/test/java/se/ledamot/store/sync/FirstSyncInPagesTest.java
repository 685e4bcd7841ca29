package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.store.jooq.Tables.GROUP_POSITION;
import static se.ledamot.store.jooq.Tables.SYNC_STATE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.EntityReader;
import se.ledamot.store.entity.EntityState;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.References;
import se.ledamot.store.generate.CouncilGenerator;

/**
 * Issue 16.6 keeps 16.4's promises: a first sync written a page at a time in batches, stopped between pages, keeps
 * the pages it applied, goes on from there, and ends with exactly what the member may see on the server (items whose
 * meeting comes in a later page included) and none of another group's rows; another group's later changes are passed
 * over once, not read again by every later sync. Pages of seven changes here, so a small generated council takes many.
 */
class FirstSyncInPagesTest {
    private static final int PAGE = 7;

    @TempDir
    Path temp;

    @Test
    void aFirstSyncStoppedAfterThreePagesGoesOnFromThereAndEndsWithTheMembersWholeView() throws Exception {
        try (SyncFixture world = new SyncFixture().enrol("pages_anna", "S", ServerRole.MEMBER)) {
            new CouncilGenerator(world.server(TestPostgres.ADMIN).dsl(), LocalDate.parse("2026-11-22"), 7)
                    .generate(40, n -> { });
            SyncFixture.Laptop laptop = world.laptop(temp.resolve("anna"), "pages_anna");
            DSLContext server = laptop.server.dsl();
            DSLContext local = laptop.local.dsl();

            int[] pages = {0};
            SyncListener stopAfterThreePages = new SyncListener() {
                @Override
                public void progress(Phase phase, long done, long total) {
                    pages[0] += phase == Phase.PULL && done > 0 ? 1 : 0;
                }

                @Override
                public boolean cancelled() {
                    return pages[0] >= 3;
                }
            };
            SyncReport stopped = new SyncEngine(local, null, server, laptop.clock, PAGE).sync(stopAfterThreePages);
            assertThat(stopped.complete()).isFalse();
            // Pulled counts the things that changed here: a thing logged again, or already here as the server has
            // it, is in a page but no thing brought.
            assertThat(pages[0]).isEqualTo(3);
            assertThat(stopped.pulled()).isPositive().isLessThanOrEqualTo(3 * PAGE);
            long pulledSeq = Replica.of(local).orElseThrow().pulledSeq();
            assertThat(pulledSeq).isPositive().isLessThan(new Puller(local, server, laptop.clock, PAGE).newest());
            int statesAfterThree = local.fetchCount(SYNC_STATE);

            SyncReport rest = new SyncEngine(local, null, server, laptop.clock, PAGE).sync(SyncListener.NONE);
            assertThat(rest.complete()).isTrue();
            assertThat(local.fetchCount(SYNC_STATE)).isGreaterThan(statesAfterThree);
            assertSameView(server, local);
            assertThat(local.fetchCount(GROUP_POSITION)).isPositive();
            assertThat(local.fetchCount(GROUP_POSITION, GROUP_POSITION.GROUP_CODE.ne("S"))).isZero();
            assertThat(local.fetchCount(SYNC_STATE, SYNC_STATE.PENDING.isTrue()
                    .and(SYNC_STATE.REFUSED.isNull()))).isZero();

            SyncReport again = new SyncEngine(local, null, server, laptop.clock, PAGE).sync(SyncListener.NONE);
            assertThat(again.pulled()).isZero();
            assertThat(again.pushed()).isZero();
            assertSameView(server, local);

            // Group V works on: Anna cannot see it, and her next syncs need not read past it again.
            DSLContext admin = world.server(TestPostgres.ADMIN).dsl();
            admin.execute("UPDATE group_position SET notes = notes || ' V:s anteckning.' WHERE group_code = 'V'");
            long newest = admin.fetchOne("SELECT max(seq) FROM sync_change").get(0, Long.class);
            assertThat(newest).isGreaterThan(Replica.of(local).orElseThrow().pulledSeq());
            assertThat(new SyncEngine(local, null, server, laptop.clock, PAGE).sync(SyncListener.NONE).pulled()).isZero();
            assertThat(Replica.of(local).orElseThrow().pulledSeq()).isEqualTo(newest);
            assertThat(local.fetchCount(GROUP_POSITION, GROUP_POSITION.GROUP_CODE.ne("S"))).isZero();
        }
    }

    /** Every thing the member reads on the server is here, field for field. */
    static void assertSameView(DSLContext server, DSLContext local) {
        EntityReader there = new EntityReader(server, new References(server));
        EntityReader here = new EntityReader(local, new References(local));
        int things = 0;
        for (EntityType type : Catalogue.SYNCED) {
            List<EntityState> all = there.page(type, null, 100_000);
            Map<String, EntityState> mine = here.read(type, all.stream().map(EntityState::key).toList());
            for (EntityState s : all) {
                assertThat(mine.get(s.key())).as(type.name() + " " + s.key()).isNotNull()
                        .matches(s::sameAs, "the same as on the server");
                things++;
            }
        }
        assertThat(things).isGreaterThan(40);
    }
}
