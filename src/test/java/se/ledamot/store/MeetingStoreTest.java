package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.domain.meeting.SubmissionRule;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.StandardItem;

@OnBothEngines
class MeetingStoreTest {
    @Parameter
    Engine engine;

    @TempDir
    Path folder;

    private OpenDatabase db;
    private BodyStore bodies;
    private MeetingStore meetings;
    private AgendaStore agendas;
    private MatterStore matters;

    @BeforeEach
    void open() {
        db = TestDatabases.open(engine, folder);
        bodies = new BodyStore(db.dsl());
        meetings = new MeetingStore(db.dsl(), Clock.systemUTC());
        agendas = new AgendaStore(db.dsl(), Clock.systemUTC());
        matters = new MatterStore(db.dsl(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The calendar as the deadline service reads it: bodies, meetings and every body's rules. */
    private MeetingCalendar calendar() {
        return new MeetingCalendar(bodies.bodies(), meetings.list(), bodies.rulesByBody());
    }

    private long matter(MatterKind kind, String title, String submitted, Status status) {
        return matters.add(Matter.newMatter(kind, title).submitted(LocalDate.parse(submitted)).status(status).build())
                .id();
    }

    @Test
    void councilAndExecutiveBoardAreThereFromTheStartWithTheCouncilsRules() {
        assertThat(bodies.bodies()).extracting(Body::code).containsExactly("KF", "KS");
        Body kf = bodies.body("kf").orElseThrow();
        assertThat(kf.council()).isTrue();
        assertThat(kf.firstSpeechMinutes()).isEqualTo(5);
        assertThat(bodies.rules("KF")).extracting(SubmissionRule::kind).containsExactlyInAnyOrder(
                SubmissionKind.INTERPELLATION, SubmissionKind.QUESTION, SubmissionKind.MOTION,
                SubmissionKind.WRITTEN_ANSWER);
        SubmissionRule interpellation = bodies.rules("KF").stream()
                .filter(r -> r.kind() == SubmissionKind.INTERPELLATION).findFirst().orElseThrow();
        assertThat(interpellation.deadline(LocalDate.parse("2026-12-14")))
                .isEqualTo(LocalDate.parse("2026-11-30").atTime(8, 0));
    }

    @Test
    void aMeetingIsStoredReadBackAndChanged() {
        Meeting m = meetings.add(new Meeting(null, "kf", LocalDate.parse("2026-12-14"), LocalTime.of(18, 0),
                "Stadshuset", null));
        assertThat(m.id()).isNotNull();
        assertThat(meetings.find(m.id())).hasValue(m);
        meetings.save(m.withStatus(MeetingStatus.HELD).withPlace("Sessionssalen"));
        Meeting back = meetings.require(m.id());
        assertThat(back.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(back.place()).isEqualTo("Sessionssalen");
        assertThat(back.body()).isEqualTo("KF");
    }

    @Test
    void aMeetingOfAnUnknownBodyIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> meetings.add(Meeting.planned("BUN", LocalDate.parse("2026-12-14"))))
                .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).key())
                .isEqualTo("store.body.missing");
        assertThat(meetings.list()).isEmpty();
    }

    @Test
    void aNewBodyWithItsOwnRuleIsUsedByTheCalendar() {
        bodies.saveBody(new Body("bun", "Barn- och utbildningsnämnden", false, 0, 0, 0));
        bodies.saveRule("BUN", SubmissionRule.weekdayBefore(SubmissionKind.QUESTION, DayOfWeek.THURSDAY, 1,
                LocalTime.NOON));
        Meeting m = meetings.add(Meeting.planned("BUN", LocalDate.parse("2026-12-14")));
        assertThat(calendar().submissionDeadline(m, SubmissionKind.QUESTION))
                .hasValue(LocalDate.parse("2026-12-10").atTime(12, 0));
        bodies.removeRule("BUN", SubmissionKind.QUESTION);
        assertThat(calendar().submissionDeadline(m, SubmissionKind.QUESTION)).isEmpty();
    }

    @Test
    void mattersAreAddedInOrderAndTheTimelineSaysWhichMeeting() {
        long meeting = meetings.add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        long a = matter(MatterKind.MOTION, "Motion om cykelvägar", "2026-03-01", Status.PREPARED);
        long b = matter(MatterKind.QUESTION, "Fråga om simhallen", "2026-12-01", Status.SUBMITTED);
        agendas.addText(meeting, "Val av justerare");
        agendas.addMatters(meeting, List.of(a, b));

        assertThat(agendas.agenda(meeting)).extracting(AgendaItem::number, AgendaItem::matterId, AgendaItem::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, null, "Val av justerare"),
                        org.assertj.core.groups.Tuple.tuple(2, a, null),
                        org.assertj.core.groups.Tuple.tuple(3, b, null));
        assertThat(matters.timeline(a)).last().satisfies(c -> {
            assertThat(c.field()).isEqualTo(MatterChange.AGENDA);
            assertThat(c.newValue()).isEqualTo("KF 2026-12-14");
        });
    }

    @Test
    void addingAnUnknownOrDuplicateMatterAddsNothing() {
        long meeting = meetings.add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        long a = matter(MatterKind.MOTION, "Motion om cykelvägar", "2026-03-01", Status.PREPARED);
        assertThatThrownBy(() -> agendas.addMatters(meeting, List.of(a, 999L)))
                .extracting(e -> ((StoreException) e).key()).isEqualTo("store.matter.missing");
        assertThat(agendas.agenda(meeting)).isEmpty();
        agendas.addMatters(meeting, List.of(a));
        assertThatThrownBy(() -> agendas.addMatters(meeting, List.of(a)))
                .extracting(e -> ((StoreException) e).key()).isEqualTo("agenda.matter.already");
        assertThat(agendas.agenda(meeting)).hasSize(1);
        assertThatThrownBy(() -> agendas.addMatters(12345, List.of(a)))
                .extracting(e -> ((StoreException) e).key()).isEqualTo("store.meeting.missing");
    }

    @Test
    void itemsAreReorderedAndRemovedWithTheRestRenumbered() {
        long meeting = meetings.add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        AgendaItem one = agendas.addText(meeting, "Upprop");
        AgendaItem two = agendas.addText(meeting, "Val av justerare");
        AgendaItem three = agendas.addText(meeting, "Anmälningar");
        List<Long> shown = List.of(one.id(), two.id(), three.id());
        agendas.arrange(meeting, shown, List.of(three.id(), one.id(), two.id()));
        assertThat(agendas.agenda(meeting)).extracting(AgendaItem::text)
                .containsExactly("Anmälningar", "Upprop", "Val av justerare");
        agendas.arrange(meeting, List.of(three.id(), one.id(), two.id()), shown);
        assertThat(agendas.agenda(meeting)).extracting(AgendaItem::text)
                .containsExactly("Upprop", "Val av justerare", "Anmälningar");
        agendas.remove(one.id());
        assertThat(agendas.agenda(meeting)).extracting(AgendaItem::number, AgendaItem::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, two.id()),
                        org.assertj.core.groups.Tuple.tuple(2, three.id()));
    }

    @Test
    void proposalMotionsMovedAndDecisionAreKeptApart() {
        long meeting = meetings.add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        long a = matter(MatterKind.MOTION, "Motion om cykelvägar", "2026-03-01", Status.PREPARED);
        AgendaItem item = agendas.addMatters(meeting, List.of(a)).getFirst();
        agendas.saveItem(item.withProposal("Kommunstyrelsen föreslår att motionen avslås.")
                .withMotionsMoved(List.of("Anna Ek (V): bifall till motionen", "Per Berg (M): avslag"))
                .withDecision(Decision.REJECTED, "Fullmäktige avslår motionen."));
        AgendaItem back = agendas.item(item.id()).orElseThrow();
        assertThat(back.proposal()).isEqualTo("Kommunstyrelsen föreslår att motionen avslås.");
        assertThat(back.motionsMoved()).containsExactly("Anna Ek (V): bifall till motionen", "Per Berg (M): avslag");
        assertThat(back.decision()).isEqualTo(Decision.REJECTED);
        assertThat(back.decisionText()).isEqualTo("Fullmäktige avslår motionen.");
        assertThat(agendas.latestProposals()).containsEntry(a, "Kommunstyrelsen föreslår att motionen avslås.");
    }

    @Test
    void movingAMeetingAndTakingAMatterOffAreInTheMattersTimeline() {
        Meeting m = meetings.add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        long a = matter(MatterKind.MOTION, "Motion om cykelvägar", "2026-03-01", Status.PREPARED);
        AgendaItem item = agendas.addMatters(m.id(), List.of(a)).getFirst();
        meetings.save(m.withDate(LocalDate.parse("2026-12-15")));
        agendas.remove(item.id());
        assertThat(matters.timeline(a)).filteredOn(c -> c.field().equals(MatterChange.AGENDA))
                .extracting(MatterChange::oldValue, MatterChange::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, "KF 2026-12-14"),
                        org.assertj.core.groups.Tuple.tuple("KF 2026-12-14", "KF 2026-12-15"),
                        org.assertj.core.groups.Tuple.tuple("KF 2026-12-15", null));
        assertThat(agendas.agenda(m.id())).isEmpty();
    }

    @Test
    void deletingAMeetingTakesItsMattersOffButKeepsTheMatters() {
        Meeting m = meetings.add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        long a = matter(MatterKind.MOTION, "Motion om cykelvägar", "2026-03-01", Status.PREPARED);
        agendas.addMatters(m.id(), List.of(a));
        meetings.delete(m.id());
        assertThat(meetings.list()).isEmpty();
        assertThat(matters.find(a)).isPresent();
        assertThat(matters.timeline(a)).last().extracting(MatterChange::newValue).isNull();
    }

    @Test
    void meetingsAndAgendasSurviveReopeningTheDatabaseFile() {
        Meeting m = meetings.add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        agendas.addText(m.id(), "Upprop");
        db.close();
        db = TestDatabases.open(engine, folder);
        agendas = new AgendaStore(db.dsl(), Clock.systemUTC());
        assertThat(agendas.agenda(m.id())).extracting(AgendaItem::text).containsExactly("Upprop");
    }
    /**
     * Protokoll: a standard item the minutes print but the agenda does not hold ("Upprop") is put on the agenda where
     * the föredragningslista has it, once however often it is asked for, and not once the protokoll is justerat.
     */
    @Test
    void aStandardItemIsPutOnTheAgendaAtItsPlaceOnceAndNotAfterTheJustering() {
        long meeting = meetings.add(new Meeting(null, "KF", LocalDate.parse("2026-12-14"), LocalTime.of(18, 0),
                "Kommunhuset", MeetingStatus.PLANNED)).id();
        AgendaItem motion = agendas.addMatters(meeting,
                List.of(matter(MatterKind.MOTION, "Motion om cykelvägar", "2026-03-01", Status.PREPARED))).getFirst();
        AgendaItem adjusters = agendas.addText(meeting, "Val av justerare");
        BodyPapers papers = BodyPapers.defaults(bodies.body("KF").orElseThrow());
        StandardItem rollCall = StandardItem.of(StandardItem.Kind.ROLL_CALL);

        AgendaItem upprop = agendas.putStandard(meeting, papers, rollCall, "Upprop");

        assertThat(agendas.agenda(meeting)).extracting(AgendaItem::id)
                .containsExactly(upprop.id(), motion.id(), adjusters.id());
        assertThat(agendas.agenda(meeting)).extracting(AgendaItem::number).containsExactly(1, 2, 3);
        assertThat(agendas.agenda(meeting).getFirst().text()).isEqualTo("Upprop");
        assertThat(agendas.putStandard(meeting, papers, rollCall, "Upprop").id()).isEqualTo(upprop.id());
        assertThat(agendas.agenda(meeting)).hasSize(3);

        MinutesStore minutes = new MinutesStore(db.dsl(), Clock.systemUTC());
        minutes.save(minutes.minutes(meeting).withApproval(LocalDate.parse("2026-12-17"), null, null));
        assertThatThrownBy(() -> agendas.putStandard(meeting, papers, StandardItem.of(StandardItem.Kind.NOTICE),
                "Godkännande av kungörelse")).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).key()).isEqualTo("agenda.standard.adjusted");
        assertThat(agendas.agenda(meeting)).hasSize(3);
    }
}
