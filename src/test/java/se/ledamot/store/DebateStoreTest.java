package se.ledamot.store;

import java.time.Clock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Decision;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;

/**
 * Lists of speakers and decisions on agenda items, on a real H2 file and PostgreSQL server, with KF's limits from V3
 * (5, 3, 1).
 */
@OnBothEngines
class DebateStoreTest {
    @Parameter
    Engine engine;

    @TempDir
    Path folder;

    private OpenDatabase db;
    private MatterStoreTest.MutableClock clock;
    private MatterStore matters;
    private MeetingStore meetings;
    private AgendaStore agendas;
    private DebateStore debates;
    private long meetingId;

    @BeforeEach
    void open() {
        db = TestDatabases.open(engine, folder);
        clock = new MatterStoreTest.MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
        matters = new MatterStore(db.dsl(), clock);
        meetings = new MeetingStore(db.dsl(), clock);
        agendas = new AgendaStore(db.dsl(), clock);
        debates = new DebateStore(db.dsl(), clock);
        meetingId = meetings.add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private AgendaItem itemFor(Matter m) {
        return agendas.addMatters(meetingId, List.of(m.id())).stream()
                .filter(i -> m.id().equals(i.matterId())).findFirst().orElseThrow();
    }

    private Matter motion() {
        return matters.add(Matter.newMatter(MatterKind.MOTION, "Motion om ett integrationsråd")
                .submitted(LocalDate.parse("2026-03-01")).status(Status.PREPARED)
                .authors(List.of(new Person("Eva Berg", "V"))).build());
    }

    @Test
    void theBodysTimeLimitsApplyAndTheSpeakersComeBackInOrder() {
        AgendaItem item = itemFor(motion());
        SpeakerList list = debates.open(item.id()).speakers();
        assertThat(list.limits().firstSpeech()).isEqualTo(5);
        assertThatThrownBy(() -> list.add(new Speaker(Person.parse("Anna Ek (C)"), SpeechKind.SPEECH, 6, "")))
                .isInstanceOf(DomainException.class);
        SpeakerList filled = list.add(new Speaker(Person.parse("Eva Berg (V)"), SpeechKind.SPEECH, 5, "Anförande"))
                .add(new Speaker(Person.parse("Anna Ek (C)"), SpeechKind.REPLY, 1, ""));
        debates.saveSpeakers(item.id(), filled);

        db.close();
        db = TestDatabases.open(engine, folder);
        SpeakerList back = new DebateStore(db.dsl(), Clock.systemUTC()).open(item.id()).speakers();
        assertThat(back.speakers()).extracting(s -> s.person().display() + " " + s.kind() + " " + s.minutes())
                .containsExactly("Eva Berg (V) SPEECH 5", "Anna Ek (C) REPLY 1");
        assertThat(back.speakers().getFirst().text()).isEqualTo("Anförande");
    }

    @Test
    void onAQuestionOnlyTheAskerAndTheAnswererMaySpeak() {
        Matter question = matters.add(Matter.newMatter(MatterKind.QUESTION, "Fråga om busskort")
                .submitted(LocalDate.parse("2026-12-01")).status(Status.SUBMITTED)
                .authors(List.of(new Person("Eva Berg", "V")))
                .addressee(new Addressee("Göran Dahlström", "S", null)).build());
        SpeakerList list = debates.open(itemFor(question).id()).speakers();
        assertThatThrownBy(() -> list.add(new Speaker(Person.parse("Anna Ek (C)"), SpeechKind.SPEECH, 2, "")))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).key()).isEqualTo("debate.question.onlyAskerAndAnswerer");
    }

    @Test
    void aDecisionMovesTheMatterAndLandsInItsTimelineAndOnTheAgendaItem() {
        Matter motion = motion();
        AgendaItem item = itemFor(motion);
        clock.advance(Duration.ofDays(22));

        Matter decided = debates.decide(item, DebateDecision.of(Decision.APPROVED), "Motionen bifalls.").matter();

        assertThat(decided.status()).isEqualTo(Status.DECIDED);
        assertThat(matters.find(motion.id()).orElseThrow().decision()).isEqualTo(Decision.APPROVED);
        assertThat(matters.timeline(motion.id())).extracting(MatterChange::field).contains("status", "decision");
        AgendaItem after = agendas.item(item.id()).orElseThrow();
        assertThat(after.decision()).isEqualTo(Decision.APPROVED);
        assertThat(after.decisionText()).isEqualTo("Motionen bifalls.");
        assertThat(debates.open(item.id()).decision()).hasValue(DebateDecision.of(Decision.APPROVED));
    }

    @Test
    void aMinorityReferralSendsTheMotionBackWithItsReasonInTheTimeline() {
        Matter motion = motion();
        AgendaItem item = itemFor(motion);
        debates.decide(item, new DebateDecision(Decision.REFERRED_BACK, true, "Kostnaderna är inte utredda"), "");
        assertThat(matters.find(motion.id()).orElseThrow().status()).isEqualTo(Status.REFERRED_BACK);
        assertThat(matters.timeline(motion.id())).filteredOn(c -> c.field().equals(MatterChange.MINORITY_REFERRAL))
                .singleElement().satisfies(c -> assertThat(c.newValue()).isEqualTo("Kostnaderna är inte utredda"));
        assertThat(debates.open(item.id()).decision().orElseThrow().minority()).isTrue();
    }

    @Test
    void aRefusedDecisionChangesNothing() {
        Matter interpellation = matters.add(Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation")
                .submitted(LocalDate.parse("2026-11-20")).status(Status.SUBMITTED).build());
        AgendaItem item = itemFor(interpellation);
        int before = matters.timeline(interpellation.id()).size();
        assertThatThrownBy(() -> debates.decide(item, DebateDecision.of(Decision.APPROVED), ""))
                .isInstanceOf(DomainException.class);
        assertThat(matters.find(interpellation.id()).orElseThrow().status()).isEqualTo(Status.SUBMITTED);
        assertThat(matters.timeline(interpellation.id())).hasSize(before);
        assertThat(agendas.item(item.id()).orElseThrow().decision()).isNull();
        assertThat(debates.open(item.id()).decision()).isEmpty();
    }

    @Test
    void aDecisionIsTakenOnce() {
        AgendaItem item = itemFor(motion());
        debates.decide(item, DebateDecision.of(Decision.REJECTED), "");
        assertThatThrownBy(() -> debates.decide(item, DebateDecision.of(Decision.APPROVED), ""))
                .isInstanceOf(StoreException.class).hasMessageContaining("debate.decision.already");
    }
}
