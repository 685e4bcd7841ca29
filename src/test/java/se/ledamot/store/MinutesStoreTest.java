package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MinutesNote;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.domain.minutes.Vote;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.ItemPapers;
import se.ledamot.domain.papers.Logo;
import se.ledamot.domain.papers.PaperSettings;

/** The papers' settings and the minutes of a meeting and its items, kept and read back on H2 and PostgreSQL. */
@OnBothEngines
class MinutesStoreTest {
    private static final Person JAN = Person.parse("Jan Alexandersson (V)");
    private static final Person ASA = Person.parse("Åsa Öst (S)");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};

    @Parameter
    Engine engine;

    @TempDir
    Path folder;

    private OpenDatabase db;
    private MinutesStore minutes;
    private long meetingId;
    private AgendaItem item;

    @BeforeEach
    void open() {
        db = TestDatabases.open(engine, folder);
        var clock = new MatterStoreTest.MutableClock(Instant.parse("2026-12-14T20:00:00Z"));
        minutes = new MinutesStore(db.dsl(), clock);
        meetingId = new MeetingStore(db.dsl(), clock).add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        item = new AgendaStore(db.dsl(), clock).addText(meetingId, "Val av justerare");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aMeetingWithNothingRecordedHasBlankMinutes() {
        assertThat(minutes.minutes(meetingId)).isEqualTo(Minutes.blank(meetingId));
        assertThat(minutes.itemMinutes(List.of(item.id()))).containsEntry(item.id(), ItemMinutes.empty(item.id()));
    }

    @Test
    void theMinutesOfAMeetingComeBackAsSaved() {
        Minutes m = Minutes.blank(meetingId).withTimes(LocalTime.of(18, 0), LocalTime.of(20, 45))
                .withChair(Person.parse("Kerstin Lindqvist (S)"), "Anna Berg")
                .withAdjustment(List.of(ASA, Person.parse("Östen Müller (M)")), LocalDate.parse("2026-12-17"),
                        LocalTime.of(10, 0), "Kommunhuset")
                .withApproval(LocalDate.parse("2026-12-17"), LocalDate.parse("2026-12-18"), 101)
                .withAttendance(new Attendance(List.of(Attendee.member(ASA), Attendee.serving(JAN, "Emma Ramhult"),
                        Attendee.substitute(Person.parse("Sara Björk (V)")),
                        Attendee.other(Person.parse("Per-Olof Strand"), "kommundirektör"))));
        minutes.save(m);
        assertThat(minutes.minutes(meetingId)).isEqualTo(m);
        minutes.save(m.withAttendance(Attendance.none()));
        assertThat(minutes.minutes(meetingId).attendance().attendees()).isEmpty();
        assertThat(minutes.fixedFirstParagraphs(List.of(meetingId))).isEqualTo(Map.of(meetingId, 101));
    }

    @Test
    void anItemsMotionsVoteReservationsAndNotesComeBackAsSaved() {
        Vote vote = new Vote("kommunstyrelsens förslag", "Jan Alexanderssons (V) yrkande", List.of(), Choice.YES)
                .cast(ASA, Choice.YES).cast(JAN, Choice.NO);
        ItemMinutes m = ItemMinutes.empty(item.id())
                .withMotion(MovedMotion.of(JAN, MotionType.APPROVE_MATTER).supportedBy(List.of(ASA)))
                .withMotion(new MovedMotion(ASA, MotionType.REFER_BACK, "för fler underlag", List.of()))
                .withOrder("Ordföranden ställer proposition.", 1).withVote(vote)
                .withReservation(new Reservation(List.of(JAN), "eget yrkande", "Vi står för motionen."))
                .withNote(new MinutesNote(List.of(ASA), "En anteckning."));
        minutes.save(m);
        minutes.save(new ItemPapers(item.id(), "Kort om ärendet.", List.of("Tjänsteskrivelse"),
                List.of("Kommunstyrelsen", "Motionärerna")));
        assertThat(minutes.itemMinutes(List.of(item.id())).get(item.id())).isEqualTo(m);
        assertThat(minutes.itemPapers(List.of(item.id())).get(item.id()).sendTo())
                .containsExactly("Kommunstyrelsen", "Motionärerna");
        minutes.save(m.withVote(null).withoutReservation(0));
        ItemMinutes again = minutes.itemMinutes(List.of(item.id())).get(item.id());
        assertThat(again.vote()).isNull();
        assertThat(again.reservations()).isEmpty();
        assertThat(again.motions()).hasSize(2);
        assertThat(minutes.itemPapers(List.of(item.id())).get(item.id()).summary()).isEqualTo("Kort om ärendet.");
    }

    @Test
    void minutesOfAnItemTheAgendaLacksAreRefused() {
        assertThatThrownBy(() -> minutes.save(ItemMinutes.empty(99_999)))
                .isInstanceOf(DomainException.class).hasMessageContaining("store.agenda.item.missing");
    }

    @Test
    void thePapersSettingsComeBackAsSaved() {
        var clock = new MatterStoreTest.MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
        PaperSettingsStore store = new PaperSettingsStore(db.dsl(), clock);
        assertThat(store.load()).isEqualTo(PaperSettings.empty());
        BodyPapers kf = WorldFixture.kfPapers();
        PaperSettings s = PaperSettings.empty().withLogo(Logo.of(PNG))
                .withArchive("stenungsund.se/anslagstavla", "Kommunledningskontoret").withBody(kf);
        store.save(s);
        assertThat(store.load()).isEqualTo(s);
        store.save(s.withLogo(null).withBody(kf.withSeats(List.of())));
        assertThat(store.load().logo()).isNull();
        assertThat(store.load().bodies().getFirst().seats()).isEmpty();
    }
}
