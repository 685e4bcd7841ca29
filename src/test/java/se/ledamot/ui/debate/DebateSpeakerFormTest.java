package se.ledamot.ui.debate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.ManualDebouncer;
import se.ledamot.ui.RecordingDialogService;
import se.ledamot.ui.task.CurrentThreadTaskExecutor;

/**
 * The form a speaker is added with, as the secretary fills it at the meeting (a tester's walk): the minutes proposed
 * follow the body's limits for the speech chosen (KF: 5 first, 3 later, 1 for a replik; every speaker got 3), and a
 * known person typed in lower case is stored as the register spells her ("emma ramhult (v)" was stored so).
 */
class DebateSpeakerFormTest {
    @TempDir
    Path folder;

    private Ledamot app;
    private DebateViewModel vm;
    private Matter question;
    private Matter motion;

    @BeforeEach
    void open() {
        app = Ledamot.open(folder);
        question = app.matters().add(Matter.newMatter(MatterKind.QUESTION, "Fråga om busskort")
                .submitted(LocalDate.parse("2026-12-01")).status(Status.SUBMITTED)
                .authors(List.of(new Person("Eva Berg", "V")))
                .addressee(new Addressee("Göran Dahlström", "S", null)).build());
        motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om integrationsråd")
                .submitted(LocalDate.parse("2026-02-01")).status(Status.PREPARED).build());
        Meeting kf = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        app.meetings().addMatters(kf.id(), List.of(question.id(), motion.id()));
        Body council = app.bodies().list().stream().filter(b -> b.code().equals("KF")).findFirst().orElseThrow();
        app.papers().saveSettings(PaperSettings.empty().withBody(BodyPapers.defaults(council).withSeats(List.of(
                Seat.member("Emma Ramhult (V)"), Seat.substitute("Per Persson (M)"), Seat.member("Eva Berg (S)")))));
        vm = new DebateViewModel(app.debates(), app.putAside(), new CurrentThreadTaskExecutor(),
                new RecordingDialogService(), () -> { }, () -> LocalDate.parse("2026-11-22"), ManualDebouncer::new);
        vm.loadMeetings();
        vm.meeting().set(vm.meetings().getFirst());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theMinutesProposedFollowTheLimitOfTheSpeechChosen() {
        DebateViewModelTest.openItemOf(vm, motion);
        assertThat(vm.minutes().get()).as("a first anförande").isEqualTo(5);
        vm.speakerName().set("Anna Ek (S)");
        assertThat(vm.addSpeaker()).isTrue();
        assertThat(vm.speakers().getLast().minutes()).isEqualTo(5);
        assertThat(vm.minutes().get()).as("the next speaker's first").isEqualTo(5);

        vm.speakerName().set("anna ek (s)");
        assertThat(vm.minutes().get()).as("her second anförande").isEqualTo(3);
        vm.kind().set(SpeechKind.REPLY);
        assertThat(vm.minutes().get()).as("a replik").isEqualTo(1);
        vm.speakerName().set("Bo Holm (M)");
        assertThat(vm.addSpeaker()).isTrue();
        assertThat(vm.speakers().getLast()).isEqualTo(new Speaker(new Person("Bo Holm", "M"), SpeechKind.REPLY, 1,
                ""));
        vm.kind().set(SpeechKind.SPEECH);
        vm.speakerName().set("Anna Ek (S)");
        assertThat(vm.minutes().get()).isEqualTo(3);
        assertThat(vm.addSpeaker()).isTrue();
        assertThat(app.debates().open(vm.debate().get().item().id()).speakers().speakers())
                .extracting(Speaker::minutes).containsExactly(5, 1, 3);
    }

    @Test
    void minutesChosenByHandStayWhileThatSpeakerIsTypedAndNoLonger() {
        DebateViewModelTest.openItemOf(vm, motion);
        vm.speakerName().set("Anna");
        vm.minutes().set(2);
        vm.speakerName().set("Anna Ek (S)");
        assertThat(vm.minutes().get()).as("her choice, still typing").isEqualTo(2);
        assertThat(vm.addSpeaker()).isTrue();
        assertThat(vm.speakers().getLast().minutes()).isEqualTo(2);
        assertThat(vm.minutes().get()).as("the next speaker's").isEqualTo(5);
    }

    @Test
    void aKnownPersonTypedInLowerCaseIsStoredAsTheRegisterSpellsHer() {
        DebateViewModelTest.openItemOf(vm, motion);
        vm.speakerName().set("emma ramhult (v)");
        assertThat(vm.addSpeaker()).isTrue();
        vm.speakerName().set("PER PERSSON");
        assertThat(vm.addSpeaker()).isTrue();
        vm.speakerName().set("okänd talare (c)");
        assertThat(vm.addSpeaker()).isTrue();
        assertThat(app.debates().open(vm.debate().get().item().id()).speakers().speakers())
                .extracting(s -> s.person().display())
                .containsExactly("Emma Ramhult (V)", "Per Persson (M)", "okänd talare (C)");
    }

    @Test
    void theAskerAndTheOneWhoAnswersAreKnownOnAQuestion() {
        DebateViewModelTest.openItemOf(vm, question);
        vm.speakerName().set("eva berg (v)");
        assertThat(vm.addSpeaker()).isTrue();
        vm.speakerName().set("göran dahlström");
        assertThat(vm.addSpeaker()).isTrue();
        assertThat(vm.speakers()).extracting(s -> s.person().display())
                .containsExactly("Eva Berg (V)", "Göran Dahlström (S)");
    }

    /** Eva Berg (V) asks; an Eva Berg (S) sits in the council: "eva berg" is either, and is kept as typed. */
    @Test
    void aNameOfTwoKnownPeopleWithoutAPartyIsKeptAsTyped() {
        DebateViewModelTest.openItemOf(vm, question);
        vm.speakerName().set("eva berg");
        assertThat(vm.addSpeaker()).isTrue();
        assertThat(vm.speakers()).extracting(s -> s.person().display()).containsExactly("eva berg");
    }
}
