package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.store.Database;
import se.ledamot.store.DatabaseTarget;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MovableClock;
import se.ledamot.store.NetworkCut;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerAddress;
import se.ledamot.store.ServerDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestDatabases;
import se.ledamot.store.TestPostgres;

/**
 * A network that goes silent — no reset, nothing passes (a laptop off the Wi-Fi behind a dead VPN) — is noticed by the
 * connection's timeouts and said in words, not waited on until the operating system gives up: a statement on a
 * connection made before is "server.lost" and tells the window (its state turns to Ingen kontakt); a new sign-in is
 * "server.unreachable"; a sync is "sync.cut" and the retry after the network is back completes. Outcomes are asserted,
 * with a generous bound so a hang fails rather than stalls; no timing is asserted.
 */
// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it shortens every server wait in the JVM (a system property).
@Isolated
class SilentNetworkTest {
    /**
     * The seconds that stand for the program's sign-in (10 s) and statement (20 s) waits on the connections through
     * the network that goes silent: the outcome of a wait is the same whatever its length, the run does not wait 30 s.
     */
    private static final int WAIT = 5;
    /** Beyond the socket and sign-in timeouts: a wait this long means the timeout did not work. */
    private static final long BOUND = ServerDatabase.SOCKET_TIMEOUT + 40;

    @TempDir
    Path temp;

    private SyncFixture world;
    private NetworkCut network;
    private ServerAddress throughNetwork;

    @BeforeEach
    void aServerBehindANetworkThatCanGoSilent() throws Exception {
        world = new SyncFixture().enrol("silent_karin", null, ServerRole.COUNCIL_SECRETARY)
                .enrol("silent_anna", "S", ServerRole.MEMBER);
        new MatterStore(world.server("silent_karin").dsl(), new MovableClock("2026-11-21T10:00:00Z"))
                .add(Matter.newMatter(MatterKind.MOTION, "Motion om tystnad").body("Text.").build());
        network = NetworkCut.to(world.pg.port());
        ServerAddress a = world.address("silent_anna");
        throughNetwork = new ServerAddress(a.host(), network.port(), a.database(), a.user(), "");
        System.setProperty(ServerDatabase.TEST_WAIT, String.valueOf(WAIT));
    }

    @AfterEach
    void close() throws Exception {
        System.clearProperty(ServerDatabase.TEST_WAIT);
        network.close();
        world.close();
    }

    @Test
    void aStatementOnASilentNetworkIsALostConnectionAndTellsTheWindowAndASignInIsUnreachable() throws Exception {
        List<Boolean> told = new CopyOnWriteArrayList<>();
        try (OpenDatabase db = ServerDatabase.open(throughNetwork, TestPostgres.PASSWORD.toCharArray())) {
            db.onReachable(told::add);
            MatterStore matters = new MatterStore(db.dsl(), new MovableClock("2026-11-22T08:00:00Z"));
            assertThat(matters.list()).hasSize(1);

            network.silence();
            // Both wait for a timeout: at once, so the test waits for the longer one only.
            CompletableFuture<Void> statement = CompletableFuture.runAsync(() -> matters.list());
            CompletableFuture<Void> signIn = CompletableFuture.runAsync(() -> ServerDatabase.open(throughNetwork,
                    TestPostgres.PASSWORD.toCharArray()).close());
            assertThat(failureOf(statement)).isEqualTo("server.lost");
            assertThat(told).containsExactly(false);
            assertThat(failureOf(signIn)).isEqualTo("server.unreachable");

            network.mend();
            assertThat(matters.list()).hasSize(1);
            assertThat(told).containsExactly(false, true);
        }
    }

    @Test
    void aSyncOnASilentNetworkIsSaidCutAndTheRetryCompletes() throws Exception {
        DatabaseTarget.Server target = new DatabaseTarget.Server(throughNetwork,
                () -> TestPostgres.PASSWORD.toCharArray());
        MovableClock clock = new MovableClock("2026-11-22T08:00:00Z");
        try (Database laptop = TestDatabases.local(temp.resolve("anna"))) {
            ReplicaSync anna = new ReplicaSync(laptop.dsl(), laptop::firstSyncCopy, clock);
            assertThat(anna.sync(target, SyncListener.NONE).complete()).isTrue();
            MatterStore here = new MatterStore(laptop.dsl(), clock);
            Matter m = here.list().getFirst();
            here.save(m.toBuilder().body("Skrivet på tåget.").build());

            SyncListener silencing = new SyncListener() {
                @Override
                public void progress(Phase phase, long done, long total) {
                    if (phase == Phase.PUSH && done == 0) {
                        network.silence();
                    }
                }
            };
            CompletableFuture<Void> sync = CompletableFuture.runAsync(() -> anna.sync(target, silencing));
            assertThat(failureOf(sync)).isEqualTo("sync.cut");
            assertThat(anna.waiting()).isEqualTo(1);

            network.mend();
            assertThat(anna.sync(target, SyncListener.NONE).complete()).isTrue();
            assertThat(anna.waiting()).isZero();
            assertThat(new MatterStore(world.server("silent_karin").dsl(), clock).list().getFirst().body())
                    .isEqualTo("Skrivet på tåget.");
        }
    }

    /** The key of the words the running work failed with, waiting at most {@link #BOUND} seconds for it to fail. */
    private static String failureOf(CompletableFuture<Void> running) throws Exception {
        assertThatThrownBy(() -> running.get(BOUND, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(DomainException.class);
        try {
            running.get();
            throw new AssertionError("did not fail");
        } catch (ExecutionException e) {
            return ((DomainException) e.getCause()).key();
        }
    }
}
