package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;

@OnBothEngines
class SampleDataTest {
    @Parameter
    Engine engine;

    @TempDir
    Path folder;

    @Test
    void newDatabaseGetsTheFourSampleMattersOnceAndCanRemoveThem() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            SampleData samples = new SampleData(db.dsl(), Clock.systemUTC());
            assertThat(samples.loadIfNew()).hasSize(4);
            MatterStore store = new MatterStore(db.dsl(), Clock.systemUTC());
            assertThat(store.list()).extracting(Matter::kind).containsExactlyInAnyOrder(MatterKind.MOTION,
                    MatterKind.INTERPELLATION, MatterKind.SPEECH, MatterKind.REFERRAL);
            assertThat(new AttachmentStore(db.dsl(), Clock.systemUTC()).of(store.list().getFirst().id())).singleElement()
                    .satisfies(a -> assertThat(a.sample()).isTrue());

            assertThat(samples.remove()).isEqualTo(4);
            assertThat(store.list()).isEmpty();
            assertThat(store.trashed()).hasSize(4);
            // Offered once: an emptied database does not fill up again at the next start.
            assertThat(samples.loadIfNew()).isEmpty();
            assertThat(store.list()).isEmpty();
        }
    }

    @Test
    void databaseWithMattersOfItsOwnGetsNoSamples() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.QUESTION, "Egen fråga").build());
            assertThat(new SampleData(db.dsl(), Clock.systemUTC()).loadIfNew()).isEmpty();
            assertThat(new MatterStore(db.dsl(), Clock.systemUTC()).list()).hasSize(1);
        }
    }

    @Test
    void samplesComeWithAPlannedCouncilMeetingWithTheGroupsPositions() {
        Clock wednesday = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            assertThat(new SampleData(db.dsl(), wednesday).loadIfNew()).hasSize(4);
            MeetingStore meetings = new MeetingStore(db.dsl(), Clock.systemUTC());
            Meeting meeting = assertThat(meetings.list()).singleElement().actual();
            assertThat(meeting.body()).isEqualTo("KF");
            assertThat(meeting.date()).isEqualTo(LocalDate.of(2026, 12, 14));
            assertThat(meeting.time()).isEqualTo(LocalTime.of(18, 0));
            assertThat(meeting.place()).contains("Kommunhuset");

            MatterStore matters = new MatterStore(db.dsl(), Clock.systemUTC());
            List<AgendaItem> agenda = new AgendaStore(db.dsl(), Clock.systemUTC()).agenda(meeting.id());
            assertThat(agenda).extracting(AgendaItem::number).containsExactly(1, 2, 3, 4);
            assertThat(agenda.getFirst().text()).isEqualTo("Val av justerare");
            assertThat(agenda.subList(1, 4)).extracting(i -> matters.find(i.matterId()).orElseThrow().kind())
                    .containsExactly(MatterKind.MOTION, MatterKind.INTERPELLATION, MatterKind.REFERRAL);
            assertThat(agenda.get(1).proposal()).startsWith("Kommunstyrelsen föreslår");

            Map<Long, Position> positions = new PositionStore(db.dsl(), Clock.systemUTC(), "v").forMeeting(meeting.id());
            assertThat(positions).hasSize(3);
            Position onMotion = positions.get(agenda.get(1).id());
            assertThat(onMotion.stance()).isEqualTo(Stance.SUPPORT);
            assertThat(onMotion.speaker()).isEqualTo("Jan Alexandersson");
            assertThat(onMotion.arguments()).isNotBlank();
            assertThat(onMotion.notes()).isNotBlank();
            assertThat(positions.get(agenda.get(3).id()).stance()).isEqualTo(Stance.REFER_BACK);
            assertThat(new PositionStore(db.dsl(), Clock.systemUTC(), "M").forMeeting(meeting.id())).isEmpty();

            Speaker speech = assertThat(new DebateStore(db.dsl(), Clock.systemUTC()).open(agenda.get(2).id()).speakers().speakers())
                    .singleElement().actual();
            assertThat(speech.text()).contains("Katrineholm");
        }
    }

    @Test
    void removingTheSamplesDeletesTheSampleMeetingButNotAnOwnMeeting() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            SampleData samples = new SampleData(db.dsl(), Clock.systemUTC());
            samples.loadIfNew();
            MeetingStore meetings = new MeetingStore(db.dsl(), Clock.systemUTC());
            Meeting own = meetings.add(Meeting.planned("KF", LocalDate.of(2027, 2, 1)));
            long ownMatter = new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.QUESTION, "Egen fråga").build()).id();
            new AgendaStore(db.dsl(), Clock.systemUTC()).addMatters(own.id(), List.of(ownMatter));

            samples.remove();

            assertThat(meetings.list()).extracting(Meeting::id).containsExactly(own.id());
        }
    }

    @Test
    void loadingAgainSkipsTheSamplesAndMakesNoSecondMeeting() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            SampleData samples = new SampleData(db.dsl(), Clock.systemUTC());
            assertThat(samples.loadWithMeeting().meeting()).isPresent();
            SampleData.Loaded again = samples.loadWithMeeting();
            assertThat(again.matters()).isEmpty();
            assertThat(again.meeting()).isEmpty();
            assertThat(new MeetingStore(db.dsl(), Clock.systemUTC()).list()).hasSize(1);
        }
    }

    @Test
    void theSampleMeetingIsOnTheFirstMondayAtLeastTwoWeeksAhead() {
        assertThat(SampleMeeting.dateAfter(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(SampleMeeting.dateAfter(LocalDate.of(2026, 11, 24))).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(SampleMeeting.dateAfter(LocalDate.of(2028, 2, 14))).isEqualTo(LocalDate.of(2028, 2, 28));
    }

    @Test
    void everySampleInTheJarIsReadable() {
        assertThat(SampleData.names()).hasSize(4).allMatch(n -> n.endsWith(".txt"));
    }
}
