package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.store.jooq.Tables.SYNC_STATE;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.ConflictKind;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MovableClock;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;

/**
 * Issue 16's story with two laptops and one server: the secretariat registers a matter on the server; Anna and Bo of
 * group S each keep a replica. Offline, they change different fields of the matter and both changes survive the
 * sync on every side; they change the same field and the second to sync gets the conflict and chooses.
 */
class TwoLaptopsSyncTest {
    @TempDir
    Path temp;

    private SyncFixture world;
    private SyncFixture.Laptop anna;
    private SyncFixture.Laptop bo;
    private long onServer;

    @BeforeEach
    void secretariatRegistersAMatterAndBothLaptopsSync() {
        world = new SyncFixture().enrol("sync_karin", null, ServerRole.COUNCIL_SECRETARY)
                .enrol("sync_anna", "S", ServerRole.MEMBER, "Anna Ek").enrol("sync_bo", "S", ServerRole.MEMBER);
        OpenDatabase secretariat = world.server("sync_karin");
        MovableClock serverClock = new MovableClock("2026-11-21T10:00:00Z");
        onServer = new MatterStore(secretariat.dsl(), serverClock).add(Matter.newMatter(MatterKind.MOTION,
                        "Motion om simhallen").number("KS 2026/7").submitted(LocalDate.parse("2026-11-02"))
                .authors(List.of(new Person("Eva Berg", "S"))).body("Första stycket.\nAndra stycket.")
                .status(Status.SUBMITTED).build()).id();
        anna = world.laptop(temp.resolve("anna"), "sync_anna");
        bo = world.laptop(temp.resolve("bo"), "sync_bo");
        assertThat(anna.sync().complete()).isTrue();
        assertThat(bo.sync().complete()).isTrue();
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    private static MatterStore matters(SyncFixture.Laptop l) {
        return new MatterStore(l.local.dsl(), l.clock);
    }

    private static Matter only(SyncFixture.Laptop l) {
        return matters(l).list().stream().filter(m -> "KS 2026/7".equals(m.number())).findFirst().orElseThrow();
    }

    private Matter onServer() {
        return new MatterStore(world.server("sync_karin").dsl(), new MovableClock("2026-11-23T00:00:00Z"))
                .find(onServer).orElseThrow();
    }

    @Test
    void bothLaptopsHaveTheMatterAfterTheirFirstSync() {
        assertThat(only(anna).number()).isEqualTo("KS 2026/7");
        assertThat(only(bo).authors()).containsExactly(new Person("Eva Berg", "S"));
        assertThat(new Conflicts(anna.local.dsl()).count()).isZero();
    }

    @Test
    void differentFieldsChangedOfflineBothWinEverywhere() {
        anna.clock.advance(Duration.ofHours(1));
        bo.clock.advance(Duration.ofHours(2));
        matters(anna).save(only(anna).toBuilder().title("Motion om en ny simhall").build());
        matters(bo).save(only(bo).toBuilder().body("Första stycket.\nAndra stycket, skärpt.").build());

        anna.sync();
        SyncReport boSync = bo.sync();
        anna.sync();

        assertThat(boSync.conflicts()).isZero();
        for (Matter m : List.of(only(anna), only(bo), onServer())) {
            assertThat(m.title()).isEqualTo("Motion om en ny simhall");
            assertThat(m.body()).isEqualTo("Första stycket.\nAndra stycket, skärpt.");
            assertThat(m.number()).isEqualTo("KS 2026/7");
        }
        List<String> timeline = matters(anna).timeline(only(anna).id()).stream().map(MatterChange::field).toList();
        assertThat(timeline).contains("title", "body");
        assertThat(matters(bo).timeline(only(bo).id()).stream().map(MatterChange::field).toList())
                .containsExactlyElementsOf(timeline);
        assertThat(anna.conflicts().count() + bo.conflicts().count()).isZero();
    }

    /**
     * Anna's title reaches Bo's laptop in his send (merged with his body there), not in the fetch after it: it is
     * counted as fetched, and his matter is named among those changed here, for the search index to read again.
     * Anna's own send brought nothing here, and says so.
     */
    @Test
    void whatTheSendsMergeBroughtIsFetchedAndHerOwnSendIsNot() {
        anna.clock.advance(Duration.ofHours(1));
        bo.clock.advance(Duration.ofHours(2));
        matters(anna).save(only(anna).toBuilder().title("Motion om en ny simhall").build());
        matters(bo).save(only(bo).toBuilder().body("Första stycket.\nAndra stycket, skärpt.").build());

        SyncReport hers = anna.sync();
        SyncReport his = bo.sync();

        assertThat(hers.pushed()).isEqualTo(1);
        assertThat(hers.pulled()).as("her own title, sent").isZero();
        assertThat(his.pushed()).isEqualTo(1);
        assertThat(his.pulled()).as("Anna's title, merged in during his send").isEqualTo(1);
        assertThat(his.changedMatters()).containsExactly(only(bo).id());
        assertThat(anna.sync().pulled()).as("Bo's body").isEqualTo(1);
        assertThat(bo.sync().pulled()).isZero();
    }

    @Test
    void theSameFieldChangedOnBothGivesTheSecondAConflictAndItsChoiceWins() {
        matters(anna).save(only(anna).toBuilder().title("Motion om simhallen i Ale").build());
        matters(bo).save(only(bo).toBuilder().title("Motion om simhallen i Kungälv").build());

        Instant beforeAnnasSync = Instant.now().minusSeconds(5);
        anna.sync();
        Instant afterAnnasSync = Instant.now().plusSeconds(5);
        SyncReport boSync = bo.sync();

        assertThat(boSync.conflicts()).isEqualTo(1);
        List<Conflict> waiting = bo.conflicts().list();
        assertThat(waiting).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("title");
            assertThat(c.kind()).isEqualTo(ConflictKind.BOTH_CHANGED);
            assertThat(c.mine()).isEqualTo("Motion om simhallen i Kungälv");
            assertThat(c.theirs()).isEqualTo("Motion om simhallen i Ale");
            assertThat(c.base()).isEqualTo("Motion om simhallen");
            // Who saved the server's side, and when it reached the server (issue 16.5): Anna, by her enrolled name.
            assertThat(c.savedBy().name()).isEqualTo("Anna Ek");
            assertThat(c.savedBy().party()).isEqualTo("S");
            assertThat(c.savedBy().otherWindow()).isFalse();
            assertThat(c.savedBy().at()).isBetween(beforeAnnasSync, afterAnnasSync);
        });
        // Nothing was overwritten: each side keeps its own until Bo chooses.
        assertThat(only(bo).title()).isEqualTo("Motion om simhallen i Kungälv");
        assertThat(onServer().title()).isEqualTo("Motion om simhallen i Ale");
        bo.sync();
        assertThat(onServer().title()).isEqualTo("Motion om simhallen i Ale");

        bo.conflicts().resolve(waiting.getFirst(), Resolution.MINE, null);
        bo.sync();
        anna.sync();

        assertThat(bo.conflicts().count()).isZero();
        for (Matter m : List.of(only(anna), only(bo), onServer())) {
            assertThat(m.title()).isEqualTo("Motion om simhallen i Kungälv");
        }
    }

    /**
     * A change made offline is dated when she made it, not when it reached the server (issue 16.5): the laptop notes
     * when; as if she had made it on the train an hour ago and synced only now, Bo's conflict says that hour.
     */
    @Test
    void aChangeMadeOfflineIsDatedWhenSheMadeItNotWhenItArrived() {
        Instant beforeHerChange = Instant.now().minusSeconds(5);
        matters(anna).save(only(anna).toBuilder().title("Motion om simhallen i Ale").build());
        Instant afterHerChange = Instant.now().plusSeconds(5);
        var pending = SYNC_STATE.ENTITY.eq("matter").and(SYNC_STATE.PENDING.isTrue());
        assertThat(anna.local.dsl().select(SYNC_STATE.MADE_AT).from(SYNC_STATE).where(pending).fetchSingle()
                .value1().toInstant()).isBetween(beforeHerChange, afterHerChange);
        Instant onTheTrain = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        anna.local.dsl().update(SYNC_STATE).set(SYNC_STATE.MADE_AT, onTheTrain.atOffset(ZoneOffset.UTC))
                .where(pending).execute();
        matters(bo).save(only(bo).toBuilder().title("Motion om simhallen i Kungälv").build());

        anna.sync();
        bo.sync();

        assertThat(bo.conflicts().list()).singleElement().satisfies(c -> {
            assertThat(c.savedBy().name()).isEqualTo("Anna Ek");
            assertThat(c.savedBy().at()).isEqualTo(onTheTrain);
        });
    }

    @Test
    void theServersSideIsStillAnnasAfterBoSentHisOtherFieldsAndPulled() {
        matters(anna).save(only(anna).toBuilder().title("Motion om simhallen i Ale").build());
        matters(bo).save(only(bo).toBuilder().title("Motion om simhallen i Kungälv").place("Kungälv").build());
        anna.sync();

        bo.sync();
        bo.sync();

        assertThat(onServer().place()).isEqualTo("Kungälv");
        assertThat(bo.conflicts().list()).singleElement()
                .satisfies(c -> assertThat(c.savedBy().name()).isEqualTo("Anna Ek"));
    }

    @Test
    void choosingTheirsTakesTheServersValueAndSendsNothing() {
        matters(anna).save(only(anna).toBuilder().title("Motion om simhallen i Ale").build());
        matters(bo).save(only(bo).toBuilder().title("Motion om simhallen i Kungälv").build());
        anna.sync();
        bo.sync();

        bo.conflicts().resolve(bo.conflicts().list().getFirst(), Resolution.THEIRS, null);
        SyncReport after = bo.sync();

        assertThat(after.pushed()).isZero();
        assertThat(only(bo).title()).isEqualTo("Motion om simhallen i Ale");
        assertThat(onServer().title()).isEqualTo("Motion om simhallen i Ale");
    }
}
