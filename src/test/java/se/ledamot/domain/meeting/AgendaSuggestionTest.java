package se.ledamot.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.ledamot.domain.meeting.Fixtures.calendar;
import static se.ledamot.domain.meeting.Fixtures.matter;
import static se.ledamot.domain.meeting.Fixtures.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.AgendaSuggestion.Reason;
import se.ledamot.domain.meeting.AgendaSuggestion.Suggestion;

class AgendaSuggestionTest {
    private final Meeting december = meeting("KF", "2026-12-14");
    private final Meeting february = meeting("KF", "2027-02-08");
    private final MeetingCalendar cal = calendar(december, february);

    private final Matter inTime = matter(MatterKind.INTERPELLATION, "2026-11-25", Status.SUBMITTED);
    private final Matter tooLate = matter(MatterKind.INTERPELLATION, "2026-12-01", Status.SUBMITTED);
    private final Matter question = matter(MatterKind.QUESTION, "2026-12-10", Status.SUBMITTED);
    private final Matter draft = matter(MatterKind.QUESTION, null, Status.DRAFT);
    private final Matter prepared = matter(MatterKind.MOTION, "2026-05-04", Status.PREPARED);
    private final Matter yearRunsOut = matter(MatterKind.MOTION, "2026-01-20", Status.REFERRED);
    private final Matter young = matter(MatterKind.MOTION, "2026-06-01", Status.REFERRED);
    private final Matter decided = matter(MatterKind.MOTION, "2025-01-20", Status.DECIDED);

    private List<Suggestion> suggest(Meeting m, Set<Long> planned) {
        return AgendaSuggestion.forMeeting(m, cal,
                List.of(inTime, tooLate, question, draft, prepared, yearRunsOut, young, decided), planned);
    }

    @Test
    void everythingDueAtTheMeetingIsSuggestedQuestionsFirst() {
        assertThat(suggest(december, Set.of())).extracting(s -> s.matter().id(), Suggestion::reason)
                .containsExactly(
                        tuple(question.id(), Reason.QUESTION_DUE),
                        tuple(inTime.id(), Reason.QUESTION_ASKED),
                        tuple(prepared.id(), Reason.MOTION_PREPARED),
                        tuple(yearRunsOut.id(), Reason.MOTION_UNFINISHED))
                .doesNotContain(tuple(tooLate.id(), Reason.QUESTION_DUE));
    }

    @Test
    void anInterpellationAskedInDecemberIsAnsweredInFebruaryBesideOneTooLateForDecember() {
        List<Suggestion> next = suggest(february, Set.of(prepared.id()));
        assertThat(next).extracting(s -> s.matter().id(), Suggestion::reason).containsExactly(
                tuple(inTime.id(), Reason.QUESTION_DUE),
                tuple(question.id(), Reason.QUESTION_DUE),
                tuple(tooLate.id(), Reason.QUESTION_ASKED),
                tuple(yearRunsOut.id(), Reason.MOTION_UNFINISHED));
        assertThat(next).allSatisfy(s -> assertThat(s.late()).isFalse());
    }

    @Test
    void mattersAlreadyPlannedAreLeftOut() {
        assertThat(suggest(december, Set.of(inTime.id(), prepared.id()))).extracting(s -> s.matter().id())
                .containsExactly(question.id(), yearRunsOut.id());
        assertThat(suggest(december, Set.of(question.id(), prepared.id()))).extracting(s -> s.matter().id())
                .containsExactly(inTime.id(), yearRunsOut.id());
    }

    @Test
    void aMotionIsReportedAtTheLastMeetingBeforeItsYearRunsOut() {
        Matter runsOutInMarch = matter(MatterKind.MOTION, "2026-03-01", Status.REFERRED);
        assertThat(AgendaSuggestion.forMeeting(december, cal, List.of(runsOutInMarch), Set.of())).isEmpty();
        assertThat(AgendaSuggestion.forMeeting(february, cal, List.of(runsOutInMarch), Set.of())).isEmpty();
        MeetingCalendar withApril = calendar(december, february, meeting("KF", "2027-04-12"));
        assertThat(AgendaSuggestion.forMeeting(february, withApril, List.of(runsOutInMarch), Set.of()))
                .extracting(Suggestion::reason).containsExactly(Reason.MOTION_UNFINISHED);
    }

    @Test
    void aLateMatterIsFlagged() {
        Matter lateQuestion = matter(MatterKind.QUESTION, "2026-12-11", Status.SUBMITTED);
        MeetingCalendar onlyDecember = calendar(december);
        // Due at no meeting yet, so not suggested; but a matter dragged on anyway is late for December.
        assertThat(AgendaSuggestion.forMeeting(december, onlyDecember, List.of(lateQuestion), Set.of())).isEmpty();
        assertThat(onlyDecember.isLate(lateQuestion, december)).isTrue();
    }

    @Test
    void theBoardIsOfferedTheReferralsItMustAnswerBeforeItMeetsAgain() {
        Meeting boardDecember = meeting("KS", "2026-12-07");
        Meeting boardJanuary = meeting("KS", "2027-01-11");
        MeetingCalendar withBoard = calendar(december, boardDecember, boardJanuary);
        Matter referral = Matter.newMatter(MatterKind.REFERRAL, "Remiss om integrationsrapporten").id(7L)
                .responsibleBody("Kommunstyrelsen").replyBy(LocalDate.parse("2026-12-20")).build();
        Matter laterReferral = referral.toBuilder().id(8L).replyBy(LocalDate.parse("2027-03-01")).build();
        assertThat(AgendaSuggestion.forMeeting(boardDecember, withBoard, List.of(referral, laterReferral, prepared),
                Set.of())).extracting(s -> s.matter().id(), Suggestion::reason)
                .containsExactly(tuple(7L, Reason.REFERRAL_DUE));
    }
}
