package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.SYNC_STATE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.cli.AppProcess;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.store.MatterStore;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.EntityReader;
import se.ledamot.store.entity.EntityState;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.References;
import se.ledamot.store.generate.CouncilGenerator;

/**
 * Issue 16.6 with 16.4's promises: a fresh laptop's first sync fills a copy of its database, which replaces the
 * database only when whole. Cut short (a cancel, a failure) the laptop's database is as it was and the next sync goes
 * on filling the copy where it stopped, or starts again when the database changed since; something saved on the
 * laptop meanwhile is kept, and the sync still ends with the member's whole view. Another program started on the
 * folder meanwhile leaves the copy alone. Pages of seven changes, so a small generated council takes many.
 */
class FirstSyncCopyTest {
    private static final int PAGE = 7;

    @TempDir
    Path temp;

    @Test
    void aFirstSyncCutShortLeavesTheDatabaseAsItWasAndTheNextOneGoesOnWhereTheCopyStoppedAndCompletes()
            throws Exception {
        try (SyncFixture world = council("copy_anna")) {
            int whole = wholeFirstSync(world, "copy_anna");
            Path folder = temp.resolve("anna");
            SyncFixture.Laptop laptop = world.laptop(folder, "copy_anna");
            DSLContext local = laptop.local.dsl();
            int before = local.fetchCount(MATTER);
            List<String> indexes = indexes(local);
            String cache = cacheSize(local);
            assertThat(engine(laptop).sync(cancelAfterThreePages(local, before)).complete()).isFalse();
            assertAsBefore(laptop, before);
            assertThat(keptCopies(folder)).hasSize(1);
            // Left as it was being filled (as by a crash): without its uid indexes, which the next sync makes again.
            assertThat(indexesOf(keptCopies(folder).getFirst())).isNotEmpty().doesNotContain("MATTER_BY_UID");

            SyncListener failing = new SyncListener() {
                @Override
                public void progress(Phase phase, long done, long total) {
                    if (phase == Phase.PULL && done > 0) {
                        throw new IllegalStateException("the network went");
                    }
                }
            };
            assertThatThrownBy(() -> engine(laptop).sync(failing)).hasMessageContaining("the network went");
            assertAsBefore(laptop, before);
            assertThat(keptCopies(folder)).hasSize(1);

            SyncReport done = engine(laptop).sync(SyncListener.NONE);
            assertThat(done.complete()).isTrue();
            // Four pages were in the copy already: only the rest came now.
            assertThat(done.pulled()).isPositive().isLessThan(whole);
            FirstSyncInPagesTest.assertSameView(laptop.server.dsl(), local);
            assertEveryThingInStep(local);
            assertThat(indexes(local)).isEqualTo(indexes);
            assertThat(copiesIn(folder)).isEmpty();
            assertThat(cacheSize(local)).isEqualTo(cache);
            SyncReport again = engine(laptop).sync(SyncListener.NONE);
            assertThat(again.pulled()).isZero();
            assertThat(again.pushed()).isZero();
            // The copy's triggers came back with it: a change made here is captured for the next push.
            assertThat(Capture.installed(local)).isTrue();
            local.update(MATTER).set(MATTER.TITLE, "Ändrad här").where(MATTER.ID.eq(
                    local.select(DSL.min(MATTER.ID)).from(MATTER).fetchSingle().value1())).execute();
            assertThat(LocalState.pendingCount(local)).isEqualTo(1);
            // Known to be the server's (a state row in step), so it goes there as a change against that base.
            assertThat(local.fetchSingle(SYNC_STATE, SYNC_STATE.PENDING.isTrue()).getBase()).isNotNull();
        }
    }

    @Test
    void aCutFirstSyncStartsAgainWhenTheLaptopsDatabaseChangedSinceAndKeepsWhatWasSaved() throws Exception {
        try (SyncFixture world = council("copy_eva")) {
            int whole = wholeFirstSync(world, "copy_eva");
            Path folder = temp.resolve("eva");
            SyncFixture.Laptop laptop = world.laptop(folder, "copy_eva");
            DSLContext local = laptop.local.dsl();
            assertThat(engine(laptop).sync(cancelAfterThreePages(local, local.fetchCount(MATTER))).complete())
                    .isFalse();
            assertThat(keptCopies(folder)).hasSize(1);
            MatterStore mine = new MatterStore(local, laptop.clock);
            mine.add(Matter.newMatter(MatterKind.MOTION, "Motion om badplatser").body("Evas text.").build());

            SyncReport done = engine(laptop).sync(SyncListener.NONE);
            assertThat(done.complete()).isTrue();
            // The copy was made from the database before Eva's matter: it is dropped and the sync starts again.
            assertThat(done.pulled()).isEqualTo(whole);
            assertThat(mine.list()).anyMatch(m -> m.title().equals("Motion om badplatser"));
            FirstSyncInPagesTest.assertSameView(laptop.server.dsl(), local);
            assertThat(copiesIn(folder)).isEmpty();
        }
    }

    @Test
    void aMatterSavedOnTheLaptopDuringTheFirstSyncIsKeptAndTheSyncStillBringsEverything() throws Exception {
        try (SyncFixture world = council("copy_bo")) {
            SyncFixture.Laptop laptop = world.laptop(temp.resolve("bo"), "copy_bo");
            DSLContext local = laptop.local.dsl();
            MatterStore mine = new MatterStore(local, laptop.clock);
            boolean[] saved = {false};
            SyncListener savingMeanwhile = new SyncListener() {
                @Override
                public void progress(Phase phase, long done, long total) {
                    if (phase == Phase.PULL && done > 0 && !saved[0]) {
                        saved[0] = true;
                        mine.add(Matter.newMatter(MatterKind.MOTION, "Motion om lekplatser").body("Bos text.").build());
                    }
                }
            };
            assertThat(engine(laptop).sync(savingMeanwhile).complete()).isTrue();

            assertThat(mine.list()).anyMatch(m -> m.title().equals("Motion om lekplatser")
                    && m.body().equals("Bos text."));
            FirstSyncInPagesTest.assertSameView(laptop.server.dsl(), local);
            assertThat(copiesIn(temp.resolve("bo"))).isEmpty();
            // It waits for the next sync, as any change made here.
            assertThat(new ReplicaSync(local, null, laptop.clock).waiting()).isEqualTo(1);
        }
    }

    @Test
    void aPasswordProtectedLaptopsFirstSyncFillsAnEncryptedCopyThatTakesTheDatabasesPlace() throws Exception {
        try (SyncFixture world = council("copy_cia")) {
            SyncFixture.Laptop laptop = world.laptop(temp.resolve("cia"), "copy_cia");
            laptop.local.protect("hemligt lösen".toCharArray());
            DSLContext local = laptop.local.dsl();
            int before = local.fetchCount(MATTER);
            SyncListener intoTheCopy = new SyncListener() {
                @Override
                public void progress(Phase phase, long done, long total) {
                    assertThat(local.fetchCount(MATTER)).isEqualTo(before);
                }
            };
            assertThat(engine(laptop).sync(intoTheCopy).complete()).isTrue();

            assertThat(laptop.local.isProtected()).isTrue();
            FirstSyncInPagesTest.assertSameView(laptop.server.dsl(), local);
            assertThat(copiesIn(temp.resolve("cia"))).isEmpty();
        }
    }

    @Test
    void aSecondProgramStartedOnTheFolderWhileTheFirstSyncFillsTheCopyLeavesTheCopyAndTheSyncCompletes()
            throws Exception {
        try (SyncFixture world = council("copy_dan")) {
            Path folder = temp.resolve("dan");
            SyncFixture.Laptop laptop = world.laptop(folder, "copy_dan");
            AppProcess.Result[] second = {null};
            SyncListener secondProgramMeanwhile = new SyncListener() {
                @Override
                public void progress(Phase phase, long done, long total) {
                    if (phase == Phase.PULL && done > 0 && second[0] == null) {
                        assertThat(copiesIn(folder)).isNotEmpty();
                        // Another program on the folder: its start removes what programs that died left behind.
                        second[0] = AppProcess.run(folder, "list");
                    }
                }
            };
            assertThat(engine(laptop).sync(secondProgramMeanwhile).complete()).isTrue();

            assertThat(second[0].exit()).as(second[0].err()).isZero();
            FirstSyncInPagesTest.assertSameView(laptop.server.dsl(), laptop.local.dsl());
            assertThat(copiesIn(folder)).isEmpty();
        }
    }

    /** Cancels once three pages are in the copy, checking meanwhile that the database itself gains nothing. */
    private static SyncListener cancelAfterThreePages(DSLContext local, int matters) {
        int[] pages = {0};
        return new SyncListener() {
            @Override
            public void progress(Phase phase, long done, long total) {
                pages[0] += phase == Phase.PULL && done > 0 ? 1 : 0;
                assertThat(local.fetchCount(MATTER)).isEqualTo(matters);
            }

            @Override
            public boolean cancelled() {
                return pages[0] >= 3;
            }
        };
    }

    /** What a first sync of this login pulls, on a laptop of its own that is never cut. */
    private int wholeFirstSync(SyncFixture world, String login) {
        SyncReport whole = engine(world.laptop(temp.resolve(login + "-whole"), login)).sync(SyncListener.NONE);
        assertThat(whole.complete()).isTrue();
        return whole.pulled();
    }

    private static SyncFixture council(String login) {
        SyncFixture world = new SyncFixture().enrol(login, "S", ServerRole.MEMBER);
        new CouncilGenerator(world.server(TestPostgres.ADMIN).dsl(), LocalDate.parse("2026-11-22"), 7)
                .generate(40, n -> { });
        return world;
    }

    private static SyncEngine engine(SyncFixture.Laptop laptop) {
        return new SyncEngine(laptop.local.dsl(), laptop.local::firstSyncCopy, laptop.server.dsl(), laptop.clock,
                PAGE);
    }

    /**
     * Every thing here has its state row, in step with the server: those of the pages the cut sync filled the copy with
     * too (the copy writes them after its last page).
     */
    private static void assertEveryThingInStep(DSLContext local) {
        EntityReader here = new EntityReader(local, new References(local));
        for (EntityType type : Catalogue.SYNCED) {
            List<String> keys = here.page(type, null, 100_000).stream().map(EntityState::key).toList();
            assertThat(local.select(SYNC_STATE.ENTITY_KEY).from(SYNC_STATE).where(SYNC_STATE.ENTITY.eq(type.name()))
                    .and(SYNC_STATE.PENDING.isFalse()).fetch(SYNC_STATE.ENTITY_KEY))
                    .as(type.name()).containsExactlyInAnyOrderElementsOf(keys);
        }
        assertThat(local.fetchCount(SYNC_STATE)).isGreaterThan(40);
    }

    /** The database holds nothing of the copy's pages. */
    private static void assertAsBefore(SyncFixture.Laptop laptop, int matters) {
        assertThat(laptop.local.dsl().fetchCount(MATTER)).isEqualTo(matters);
        assertThat(Replica.of(laptop.local.dsl()).orElseThrow().pulledSeq()).isZero();
    }

    /** H2's page cache (MB), which the copy enlarges while it is filled. */
    private static String cacheSize(DSLContext d) {
        return d.fetchSingle("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'").get(0, String.class);
    }

    /** The indexes by name and kind: the copy drops the uid ones too (unique), and must make them unique again. */
    private static List<String> indexes(DSLContext d) {
        List<String> all = d.fetch("SELECT INDEX_NAME || ' ' || INDEX_TYPE_NAME FROM INFORMATION_SCHEMA.INDEXES "
                + "ORDER BY INDEX_NAME").getValues(0, String.class);
        assertThat(all).contains("MATTER_BY_UID UNIQUE INDEX");
        return all;
    }

    /** The index names of a kept copy, opened as a database of its own. */
    private static List<String> indexesOf(Path copy) throws java.sql.SQLException {
        String name = copy.toString();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:"
                + name.substring(0, name.length() - ".mv.db".length()) + ";IFEXISTS=TRUE", "sa", "")) {
            return DSL.using(c).fetch("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES").getValues(0, String.class);
        }
    }

    /** A first sync's copies, kept for the next sync to go on with. */
    static List<Path> keptCopies(Path folder) {
        return copiesIn(folder).stream().filter(f -> f.getFileName().toString().endsWith(".mv.db")).toList();
    }

    /** A first sync's files: copies and their lock files. */
    static List<Path> copiesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("ledamot-firstsync-")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
