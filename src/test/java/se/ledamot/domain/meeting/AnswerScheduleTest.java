package se.ledamot.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.ledamot.domain.meeting.Fixtures.matter;
import static se.ledamot.domain.meeting.Fixtures.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.DeadlineType;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.UndatedDeadline;

/** Kommunallagen 5 kap.: an interpellation is asked at one meeting and answered at the latest at the next. */
class AnswerScheduleTest {
    private final Meeting november = meeting("KF", "2026-11-16");
    private final Meeting december = meeting("KF", "2026-12-14");
    private final Meeting february = meeting("KF", "2027-02-08");
    private final CouncilRules law = CouncilRules.lawDefaults(List.of(Fixtures.KF, Fixtures.KS))
            .withBody(BodyRules.lawDefaults(Fixtures.KF).withSubmission(Fixtures.KF_RULES.getFirst()));
    private final Matter interpellation = matter(MatterKind.INTERPELLATION, "2026-10-30", Status.SUBMITTED);

    private MeetingCalendar calendar(CouncilRules rules, Meeting... meetings) {
        return new MeetingCalendar(rules, List.of(meetings));
    }

    @Test
    void anInterpellationIsAskedAtTheMeetingItIsHandedInForAndAnsweredAtTheNext() {
        MeetingCalendar cal = calendar(law, november, december, february);
        AnswerSchedule s = cal.answerSchedule(interpellation).orElseThrow();
        assertThat(s.askedAt()).isEqualTo(november);
        assertThat(s.submissionDeadline()).hasValue(LocalDateTime.parse("2026-11-02T08:00"));
        assertThat(s.answerRule()).isEqualTo(AnswerRule.NEXT_MEETING);
        assertThat(s.answerAt()).hasValue(december);
        // The written answer reaches the asker the day before the meeting, a Sunday too.
        assertThat(s.writtenAnswerBy()).hasValue(LocalDateTime.parse("2026-12-13T23:59"));
        assertThat(cal.deadlines().all(interpellation)).extracting(Deadline::date, Deadline::type).containsExactly(
                tuple(LocalDate.parse("2026-12-13"), DeadlineType.WRITTEN_ANSWER),
                tuple(LocalDate.parse("2026-12-14"), DeadlineType.ANSWER_AT_MEETING));
        assertThat(cal.deadlines().all(interpellation)).allSatisfy(d -> assertThat(d.basis()).isEqualTo(s));
    }

    @Test
    void itIsNotLateTheDayAfterTheMeetingWhereItWasAsked() {
        MeetingCalendar cal = calendar(law, november, december);
        assertThat(cal.deadlines().all(interpellation)).noneMatch(d -> d.isOverdue(LocalDate.parse("2026-11-17")));
        assertThat(cal.deadlines().all(interpellation)).anyMatch(d -> d.isOverdue(LocalDate.parse("2026-12-15")));
    }

    @Test
    void aBodyMayAnswerAtTheMeetingWhereItIsAsked() {
        CouncilRules sameMeeting = law.withBody(law.rulesOf("KF")
                .withAnswerRule(MatterKind.INTERPELLATION, AnswerRule.SAME_MEETING));
        MeetingCalendar cal = calendar(sameMeeting, november, december);
        assertThat(cal.dueMeeting(interpellation)).hasValue(november);
        assertThat(cal.deadlines().all(interpellation)).extracting(Deadline::date).containsExactly(
                LocalDate.parse("2026-11-15"), LocalDate.parse("2026-11-16"));
    }

    @Test
    void aStricterLocalRuleForTheWrittenAnswer() {
        CouncilRules strict = law.withBody(law.rulesOf("KF").withWrittenAnswer(BodyRules.LAST_WEEKDAY_BEFORE_0800));
        AnswerSchedule s = calendar(strict, november, december).answerSchedule(interpellation).orElseThrow();
        assertThat(s.writtenAnswerBy()).hasValue(LocalDateTime.parse("2026-12-11T08:00"));
    }

    @Test
    void withTheNextMeetingNotPlannedYetItIsAskedButHasNoAnswerDeadline() {
        MeetingCalendar cal = calendar(law, november);
        AnswerSchedule s = cal.answerSchedule(interpellation).orElseThrow();
        assertThat(s.askedAt()).isEqualTo(november);
        assertThat(s.answerAt()).isEmpty();
        assertThat(s.writtenAnswerBy()).isEmpty();
        assertThat(cal.deadlines().all(interpellation)).isEmpty();
    }

    @Test
    void aQuestionIsAnsweredWhereItIsAskedAndNeedsNoWrittenAnswer() {
        Matter question = matter(MatterKind.QUESTION, "2026-11-10", Status.SUBMITTED);
        AnswerSchedule s = calendar(law, november, december).answerSchedule(question).orElseThrow();
        assertThat(s.answerAt()).hasValue(november);
        assertThat(s.writtenAnswerRule()).isEmpty();
        assertThat(calendar(law.withBody(law.rulesOf("KF").withAnswerRule(MatterKind.QUESTION,
                AnswerRule.NEXT_MEETING)), november, december).dueMeeting(question)).hasValue(december);
    }

    @Test
    void handedInLateItIsAskedAtTheMeetingAfterAndAnsweredAtTheOneAfterThat() {
        Matter late = matter(MatterKind.INTERPELLATION, "2026-11-03", Status.SUBMITTED);
        AnswerSchedule s = calendar(law, november, december, february).answerSchedule(late).orElseThrow();
        assertThat(s.askedAt()).isEqualTo(december);
        assertThat(s.answerAt()).hasValue(february);
    }

    @Test
    void aWithdrawnInterpellationHasNoDeadline() {
        MeetingCalendar cal = calendar(law, november, december);
        assertThat(cal.deadlines().all(interpellation.toBuilder().status(Status.WITHDRAWN).build())).isEmpty();
    }

    @Test
    void anAnswerAtAMeetingNotPlannedYetIsAnUndatedClockNotNoDeadline() {
        MeetingCalendar cal = calendar(law, november);
        AnswerSchedule asked = cal.answerSchedule(interpellation).orElseThrow();
        assertThat(cal.deadlines().all(interpellation)).isEmpty();
        assertThat(cal.deadlines().undated(interpellation)).hasValue(
                new UndatedDeadline(DeadlineType.ANSWER_AT_MEETING, asked));
        // Handed in too late for every planned meeting: not asked yet.
        Matter late = matter(MatterKind.INTERPELLATION, "2026-11-10", Status.SUBMITTED);
        assertThat(cal.deadlines().undated(late)).hasValue(new UndatedDeadline(DeadlineType.ANSWER_AT_MEETING,
                new NotYetAsked(MatterKind.INTERPELLATION, LocalDate.parse("2026-11-10"), "KF")));
        // A dated deadline, or an answered one, has no undated clock beside it.
        assertThat(calendar(law, november, december).deadlines().undated(interpellation)).isEmpty();
        assertThat(cal.deadlines().undated(matter(MatterKind.INTERPELLATION, "2026-10-30", Status.ANSWERED)))
                .isEmpty();
    }
}
