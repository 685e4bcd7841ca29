package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;

@OnBothEngines
class MatterStoreTest {
    @Parameter
    Engine engine;

    @TempDir
    Path folder;

    private OpenDatabase db;
    private MutableClock clock;
    private MatterStore store;

    @BeforeEach
    void open() {
        db = TestDatabases.open(engine, folder);
        clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
        store = new MatterStore(db.dsl(), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Matter interpellation() {
        return Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation om integrationsenheten")
                .number("KS 2018/77")
                .submitted(LocalDate.parse("2018-03-01")).status(Status.SUBMITTED).place("Sävsjö")
                .authors(List.of(new Person("Patrik Christierson", "KD")))
                .addressee(new Addressee("Anna Ek", "C", "kommunstyrelsens ordförande"))
                .questions(List.of("Hur långt har arbetet kommit?", "När kommer den att vara klar?"))
                .body("Bakgrund med åäö och Şahin.").tags(Set.of("integration"))
                .build();
    }

    @Test
    void aStoredMatterComesBackWithEveryFieldOnAFileDatabase() {
        Matter added = store.add(interpellation());
        assertThat(added.id()).isNotNull();
        if (engine == Engine.H2) {
            assertThat(folder.resolve("ledamot.mv.db")).exists();
        }
        db.close();
        db = TestDatabases.open(engine, folder);
        Matter found = new MatterStore(db.dsl(), Clock.systemUTC()).find(added.id()).orElseThrow();
        assertThat(found).isEqualTo(added);
    }

    @Test
    void everyChangedFieldIsRecordedInTheTimeline() {
        Matter m = store.add(interpellation());
        clock.advance(Duration.ofMinutes(10));
        store.save(m.toBuilder().title("Interpellation om Jobbhuset").status(Status.ANSWERED).build());
        List<MatterChange> timeline = store.timeline(m.id());
        assertThat(timeline).extracting(MatterChange::field)
                .containsExactly(MatterChange.CREATED, "title", "status");
        assertThat(timeline.get(1).oldValue()).isEqualTo("Interpellation om integrationsenheten");
        assertThat(timeline.get(1).newValue()).isEqualTo("Interpellation om Jobbhuset");
        assertThat(timeline.get(2).at()).isEqualTo(Instant.parse("2026-11-22T08:10:00Z"));
    }

    @Test
    void savingAnUnchangedMatterRecordsNothing() {
        Matter m = store.add(interpellation());
        assertThat(store.save(m)).isFalse();
        assertThat(store.timeline(m.id())).hasSize(1);
    }

    @Test
    void typingInOneFieldBecomesOneTimelineEntryButAPauseStartsANewOne() {
        Matter m = store.add(interpellation());
        clock.advance(Duration.ofMinutes(5));
        store.save(m = m.toBuilder().body("B").build());
        clock.advance(Duration.ofSeconds(1));
        store.save(m = m.toBuilder().body("Be").build());
        clock.advance(Duration.ofSeconds(1));
        store.save(m = m.toBuilder().body("Ber").build());
        List<MatterChange> timeline = store.timeline(m.id());
        assertThat(timeline).hasSize(2);
        assertThat(timeline.get(1).oldValue()).isEqualTo("Bakgrund med åäö och Şahin.");
        assertThat(timeline.get(1).newValue()).isEqualTo("Ber");

        clock.advance(Timeline.COALESCE.plusSeconds(1));
        store.save(m.toBuilder().body("Berg").build());
        assertThat(store.timeline(m.id())).hasSize(3).last()
                .satisfies(c -> assertThat(c.oldValue()).isEqualTo("Ber"));
    }

    @Test
    void listsAndClausesKeepTheirOrderAfterReordering() {
        Matter m = store.add(interpellation());
        store.save(m.toBuilder().questions(List.of("När kommer den att vara klar?", "Hur långt har arbetet kommit?"))
                .build());
        assertThat(store.find(m.id()).orElseThrow().questions())
                .containsExactly("När kommer den att vara klar?", "Hur långt har arbetet kommit?");
    }

    @Test
    void trashedMatterLeavesTheListAndComesBackWhole() {
        Matter m = store.add(interpellation());
        store.trash(m.id());
        assertThat(store.list()).isEmpty();
        assertThat(store.trashed()).containsExactly(m);
        assertThat(store.isTrashed(m.id())).isTrue();
        store.restore(m.id());
        assertThat(store.list()).containsExactly(m);
        assertThat(store.timeline(m.id())).extracting(MatterChange::field)
                .containsExactly(MatterChange.CREATED, MatterChange.TRASHED, MatterChange.RESTORED);
    }

    @Test
    void theCommandLineCanUseTheDatabaseWhileTheWindowHasItOpen() {
        store.add(interpellation());
        try (OpenDatabase second = TestDatabases.open(engine, folder)) {
            assertThat(new MatterStore(second.dsl(), Clock.systemUTC()).list()).hasSize(1);
            new MatterStore(second.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.QUESTION, "Fråga om simhallen").build());
        }
        assertThat(store.list()).hasSize(2);
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
