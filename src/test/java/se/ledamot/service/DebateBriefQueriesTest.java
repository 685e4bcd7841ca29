package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.debate.DebateMaterial;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.store.Database;
import se.ledamot.store.TestDatabases;

/** A debate brief reads its material with the same number of queries for an agenda of 5 items and of 50. */
class DebateBriefQueriesTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path five;

    @TempDir
    Path fifty;

    @Test
    void theNumberOfQueriesDoesNotGrowWithTheAgenda() {
        int forFive = queriesForABriefOf(five, 5);
        int forFifty = queriesForABriefOf(fifty, 50);
        assertThat(forFifty).isEqualTo(forFive);
        assertThat(forFive).isLessThan(20);
    }

    /** Plans a meeting with this many items (matters with speakers and positions), then counts the brief's reads. */
    private static int queriesForABriefOf(Path folder, int items) {
        AtomicInteger queries = new AtomicInteger();
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                queries.incrementAndGet();
            }
        };
        try (Database db = TestDatabases.local(folder)) {
            DSLContext counted = db.dsl().configuration().derive(counter).dsl();
            Ledamot app = new Ledamot(db, counted, CLOCK, folder);
            Meeting meeting = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                ids.add(app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion " + i)
                        .submitted(LocalDate.parse("2026-03-01")).status(Status.SUBMITTED)
                        .authors(List.of(new Person("Anna Ek", "V"))).proposals(List.of("något görs")).build())
                        .id());
            }
            app.meetings().addText(meeting.id(), "Val av justerare");
            for (AgendaItem item : app.meetings().addMatters(meeting.id(), ids)) {
                app.positions().save("V", Position.undecided(item.id(), "V").withStance(Stance.SUPPORT));
                var debate = app.debates().open(item.id());
                app.debates().saveSpeakers(item.id(), debate.speakers()
                        .add(new Speaker(new Person("Anna Ek", "V"), SpeechKind.SPEECH, 3, "")));
            }

            queries.set(0);
            DebateMaterial material = app.briefs().debateMaterial(meeting.id(), "V");
            assertThat(material.items()).hasSize(items + 1);
            assertThat(material.items().getLast().speakers()).hasSize(1);
            assertThat(material.items().getLast().position()).isPresent();
            assertThat(material.items().getLast().changes()).isNotEmpty();
            return queries.get();
        }
    }
}
