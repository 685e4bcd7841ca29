package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;

/**
 * The first start's samples stopped at each of their writes in turn (a kill, a flat battery: nothing more is
 * written, what was not committed is gone): the next start shows the whole sample set, never a part of it. Before,
 * a stop after the matters' commit left some matters and no meeting for good, since a folder with matters is not
 * offered samples again.
 */
@OnBothEngines
class InterruptedSampleLoadTest {
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

    @Parameter
    Engine engine;

    @TempDir
    Path folder;

    @Test
    void aFirstStartStoppedAtAnyWriteLeavesTheNextStartTheWholeSampleSet() {
        int writes = writesOf(SampleData::loadIfNew);
        assertThat(writes).as("writes of a whole load").isGreaterThan(1);
        for (int stop = 1; stop <= writes; stop++) {
            try (OpenDatabase db = TestDatabases.open(engine, folder.resolve("stopped-at-" + stop))) {
                DSLContext stopping = new WriteStop(stop).on(db.dsl());
                assertThatThrownBy(() -> new SampleData(stopping, WEDNESDAY).loadIfNew())
                        .isInstanceOf(Stopped.class);

                assertThat(new SampleData(db.dsl(), WEDNESDAY).loadIfNew()).as("next start after write %d", stop)
                        .hasSize(4);
                assertThat(new MatterStore(db.dsl(), WEDNESDAY).list()).extracting(Matter::kind)
                        .as("matters after a stop at write %d", stop).containsExactlyInAnyOrder(MatterKind.MOTION,
                                MatterKind.INTERPELLATION, MatterKind.SPEECH, MatterKind.REFERRAL);
                assertThat(new MeetingStore(db.dsl(), WEDNESDAY).list()).as("meetings after a stop at write %d", stop)
                        .hasSize(3);
            }
        }
    }

    @Test
    void aStoppedLoadOfTheSamplesCommandStoresNoneAndTheNextStoresAllWithTheMeeting() {
        int writes = writesOf(SampleData::loadWithMeeting);
        try (OpenDatabase db = TestDatabases.open(engine, folder.resolve("stopped"))) {
            // At its last write: the matters and most of the meeting were written before it.
            DSLContext stopping = new WriteStop(writes).on(db.dsl());
            assertThatThrownBy(() -> new SampleData(stopping, WEDNESDAY).loadWithMeeting()).isInstanceOf(Stopped.class);
            assertThat(new MatterStore(db.dsl(), WEDNESDAY).list()).isEmpty();

            SampleData.Loaded again = new SampleData(db.dsl(), WEDNESDAY).loadWithMeeting();
            assertThat(again.matters()).hasSize(4);
            assertThat(again.meeting()).isPresent();
        }
    }

    /** How many writes a whole load makes on a new database. */
    private int writesOf(Consumer<SampleData> load) {
        try (OpenDatabase db = TestDatabases.open(engine, folder.resolve("counted"))) {
            WriteStop count = new WriteStop(Integer.MAX_VALUE);
            load.accept(new SampleData(count.on(db.dsl()), WEDNESDAY));
            return count.writes.get();
        }
    }

    /** Counts the writes through a database handle, and from the n-th on refuses each as a killed program would. */
    private static final class WriteStop {
        private final int stopAt;
        private final AtomicInteger writes = new AtomicInteger();

        WriteStop(int stopAt) {
            this.stopAt = stopAt;
        }

        DSLContext on(DSLContext dsl) {
            return DSL.using(dsl.configuration().deriveAppending(ExecuteListener.onExecuteStart(ctx -> {
                String sql = ctx.sql() == null ? "" : ctx.sql().stripLeading().toLowerCase(Locale.ROOT);
                if ((sql.startsWith("insert") || sql.startsWith("update") || sql.startsWith("delete")
                        || sql.startsWith("merge")) && writes.incrementAndGet() >= stopAt) {
                    throw new Stopped();
                }
            })));
        }
    }

    /** An Error, as no store code catches one: the load stops where it is, like a killed program. */
    private static final class Stopped extends Error {
        Stopped() {
            super("stopped at a write");
        }
    }
}
