package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import se.ledamot.cli.AppProcess;

/**
 * What a program does around the folder's turn for the command line's kept outputs (issue 15): a program that opens
 * the file to write is told each time it gave a turn back; a program that only works in the background (the
 * refresh of kept outputs) is told as soon as another queues for its turn, so that it can end and let it in.
 */
@Isolated("sets what the whole JVM does when another process queues for a folder")
class TurnGivenBackTest {
    @TempDir
    Path folder;

    @Test
    void aProgramThatWritesIsToldOnceItGaveTheTurnBackAndOneThatOnlyReadsIsNot() throws Exception {
        Semaphore toldWriter = new Semaphore(0);
        try (Database db = Database.open(folder, TestDatabases.options().withAfterTurn(toldWriter::release))) {
            new CouncilSettingStore(db.dsl()).put("council.name", "Exempelby");
            // The turn is kept for a moment after the last use, then given back: told then.
            assertThat(toldWriter.tryAcquire(30, TimeUnit.SECONDS)).as("told after the turn").isTrue();
            new CouncilSettingStore(db.dsl()).put("council.name", "Exempelstad");
        }
        assertThat(toldWriter.tryAcquire(30, TimeUnit.SECONDS)).as("told at the close, before it returned").isTrue();

        Semaphore toldReader = new Semaphore(0);
        try (Database db = Database.open(folder, TestDatabases.options().readingOnly()
                .withAfterTurn(toldReader::release))) {
            assertThat(new CouncilSettingStore(db.dsl()).get("council.name")).contains("Exempelstad");
        }
        assertThat(toldReader.availablePermits()).as("a program that only reads").isZero();
    }

    @Test
    void aProgramThatGivesWayIsToldAsSoonAsAnotherQueuesForItsTurn() throws Exception {
        TestDatabases.local(folder).close();
        CountDownLatch queued = new CountDownLatch(1);
        AppProcess.Result[] command = new AppProcess.Result[1];
        Thread child;
        Database.giveWayToOthers(queued::countDown);
        try (Database db = TestDatabases.local(folder)) {
            Thread[] started = new Thread[1];
            db.dsl().connection(c -> {
                assertThat(queued.getCount()).as("nobody queues yet").isOne();
                started[0] = Thread.ofVirtual().start(() -> command[0] = AppProcess.run(AppProcess.ledamot(folder,
                        "add", "--kind", "motion", "--title", "Motion om bryggor"), Duration.ofSeconds(60)));
                assertThat(queued.await(30, TimeUnit.SECONDS)).as("told that the command queues").isTrue();
            }); // the turn goes back here, and the command gets it
            child = started[0];
        } finally {
            Database.giveWayToOthers(null);
        }
        child.join();
        assertThat(command[0].exit()).as(command[0].err()).isZero();
    }
}
