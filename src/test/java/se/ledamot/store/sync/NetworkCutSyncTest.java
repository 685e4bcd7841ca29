package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.store.Database;
import se.ledamot.store.DatabaseTarget;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MovableClock;
import se.ledamot.store.ServerAddress;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestDatabases;
import se.ledamot.store.TestPostgres;

/**
 * Issue 16.4: the network drops in the middle of a sync. Anna's laptop reaches the server through a proxy that
 * pulls the cable at the worst moments: while the server holds a push's writes uncommitted, just after the server
 * committed a push but before Anna's laptop heard so, and while a pull reads. Each time both databases hold a change
 * set in whole or not at all, the sync says so in words, the retry completes, and a sync after that changes nothing.
 */
class NetworkCutSyncTest {
    private static final List<String> TITLES = List.of("Motion om simhallen", "Motion om nattbussar",
            "Motion om cykelbanor");

    @TempDir
    Path temp;

    private SyncFixture world;
    private CuttingProxy proxy;
    private Database laptop;
    private MovableClock clock;
    private ReplicaSync anna;
    private DatabaseTarget.Server throughProxy;

    @BeforeEach
    void threeMattersOnTheServerAndAnnasReplicaOfThem() throws Exception {
        world = new SyncFixture().enrol("cut_karin", null, ServerRole.COUNCIL_SECRETARY)
                .enrol("cut_anna", "S", ServerRole.MEMBER);
        MatterStore server = secretariat();
        for (String t : TITLES) {
            server.add(Matter.newMatter(MatterKind.MOTION, t).body("Kommunen bör utreda saken.").build());
        }
        proxy = new CuttingProxy(world.pg.port());
        ServerAddress a = world.address("cut_anna");
        throughProxy = new DatabaseTarget.Server(new ServerAddress(a.host(), proxy.port(), a.database(), a.user(), ""),
                () -> TestPostgres.PASSWORD.toCharArray());
        clock = new MovableClock("2026-11-22T08:00:00Z");
        laptop = TestDatabases.local(temp.resolve("anna"));
        anna = new ReplicaSync(laptop.dsl(), laptop::firstSyncCopy, clock);
        assertThat(anna.sync(throughProxy, SyncListener.NONE).complete()).isTrue();
        assertThat(titles(laptopMatters())).containsOnlyKeys(TITLES);
    }

    @AfterEach
    void close() throws Exception {
        laptop.close();
        proxy.close();
        world.close();
    }

    private MatterStore secretariat() {
        return new MatterStore(world.server("cut_karin").dsl(), new MovableClock("2026-11-21T10:00:00Z"));
    }

    private MatterStore laptopMatters() {
        return new MatterStore(laptop.dsl(), clock);
    }

    /** Each matter's title and how many changes its timeline holds, by the matter's first title. */
    private static Map<String, String> titles(MatterStore store) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (Matter m : store.list()) {
            out.put(m.title().replace(" i Ale", ""), m.title() + " | " + store.timeline(m.id()).size() + " ändringar");
        }
        return out;
    }

    private void annaRetitlesAllThree() {
        MatterStore here = laptopMatters();
        for (Matter m : here.list()) {
            here.save(m.toBuilder().title(m.title() + " i Ale").build());
        }
        assertThat(anna.waiting()).isEqualTo(3);
    }

    /** A listener that arms the proxy when the phase starts. */
    private SyncListener cutting(SyncListener.Phase when, String marker, boolean reachesServer) {
        return new SyncListener() {
            @Override
            public void progress(Phase phase, long done, long total) {
                if (phase == when && done == 0) {
                    proxy.cutAt(marker, reachesServer);
                }
            }
        };
    }

    private void assertCutIsSaidInWords(SyncListener listener) {
        assertThatThrownBy(() -> anna.sync(throughProxy, listener)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).key()).isEqualTo("sync.cut"));
        assertThat(proxy.didCut()).isTrue();
    }

    /** The retry completes and leaves both sides equal; one more sync sends and brings nothing and changes nothing. */
    private void retryCompletesAndAgainChangesNothing() {
        SyncReport retry = anna.sync(throughProxy, SyncListener.NONE);
        assertThat(retry.complete()).isTrue();
        assertThat(retry.conflicts()).isZero();
        Map<String, String> server = titles(secretariat());
        Map<String, String> here = titles(laptopMatters());
        assertThat(here).isEqualTo(server);
        assertThat(anna.waiting()).isZero();

        SyncReport again = anna.sync(throughProxy, SyncListener.NONE);
        assertThat(again.pushed()).isZero();
        assertThat(again.pulled()).isZero();
        assertThat(titles(secretariat())).isEqualTo(server);
        assertThat(titles(laptopMatters())).isEqualTo(here);
    }

    @Test
    void aCutBeforeThePushCommitsLeavesTheServerWithNoneOfItThenTheRetrySendsAll() {
        Map<String, String> serverBefore = titles(secretariat());
        annaRetitlesAllThree();
        Map<String, String> laptopBefore = titles(laptopMatters());

        // The server has written all three titles in its transaction; the COMMIT never reaches it.
        assertCutIsSaidInWords(cutting(SyncListener.Phase.PUSH, "COMMIT", false));

        assertThat(titles(secretariat())).isEqualTo(serverBefore);
        assertThat(titles(laptopMatters())).isEqualTo(laptopBefore);
        assertThat(anna.waiting()).isEqualTo(3);
        retryCompletesAndAgainChangesNothing();
        assertThat(titles(secretariat()).values()).allMatch(t -> t.contains(" i Ale | 2 ändringar"));
    }

    @Test
    void aCutAfterTheServerCommittedThePushIsHarmlessAndNothingIsSentTwice() {
        annaRetitlesAllThree();

        // The server commits all three; the answer is lost, so the laptop does not know.
        assertCutIsSaidInWords(cutting(SyncListener.Phase.PUSH, "COMMIT", true));

        assertThat(titles(secretariat()).values()).allMatch(t -> t.contains(" i Ale | 2 ändringar"));
        assertThat(anna.waiting()).isEqualTo(3);
        retryCompletesAndAgainChangesNothing();
        // Each title change is in every timeline once, not twice.
        assertThat(titles(secretariat()).values()).allMatch(t -> t.contains(" i Ale | 2 ändringar"));
    }

    @Test
    void aCutWhilePullingAppliesNothingHalfThenTheRetryBringsEverything() {
        MatterStore server = secretariat();
        for (Matter m : server.list()) {
            server.save(m.toBuilder().body("Kommunen bör utreda saken i år.").build());
        }
        Map<String, String> laptopBefore = titles(laptopMatters());
        long pulledBefore = anna.info().orElseThrow().pulledSeq();

        assertCutIsSaidInWords(cutting(SyncListener.Phase.PULL, "sync_change", false));

        assertThat(titles(laptopMatters())).isEqualTo(laptopBefore);
        assertThat(laptopMatters().list()).allMatch(m -> m.body().equals("Kommunen bör utreda saken."));
        assertThat(anna.info().orElseThrow().pulledSeq()).isEqualTo(pulledBefore);
        retryCompletesAndAgainChangesNothing();
        assertThat(laptopMatters().list()).allMatch(m -> m.body().equals("Kommunen bör utreda saken i år."));
    }
}
