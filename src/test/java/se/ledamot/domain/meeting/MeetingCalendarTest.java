package se.ledamot.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.ledamot.domain.meeting.Fixtures.calendar;
import static se.ledamot.domain.meeting.Fixtures.matter;
import static se.ledamot.domain.meeting.Fixtures.meeting;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.DeadlineType;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

class MeetingCalendarTest {
    private final Meeting december = meeting("KF", "2026-12-14");
    private final Meeting february = meeting("KF", "2027-02-08");
    private final Meeting april = meeting("KF", "2027-04-12");
    private final Meeting boardInDecember = meeting("KS", "2026-12-07");

    @Test
    void interpellationInByTheDeadlineIsAskedThereAndAnsweredAtTheNextMeeting() {
        MeetingCalendar cal = calendar(december, february, boardInDecember);
        Matter m = matter(MatterKind.INTERPELLATION, "2026-11-30", Status.SUBMITTED);
        assertThat(cal.askedAt(m)).hasValue(december);
        assertThat(cal.dueMeeting(m)).hasValue(february);
        assertThat(cal.deadlines().all(m)).extracting(Deadline::date, Deadline::type).containsExactly(
                tuple(LocalDate.parse("2027-02-05"), DeadlineType.WRITTEN_ANSWER),
                tuple(LocalDate.parse("2027-02-08"), DeadlineType.ANSWER_AT_MEETING));
    }

    @Test
    void interpellationAfterTheDeadlineIsAskedAtTheMeetingAfter() {
        MeetingCalendar cal = calendar(december, february, april);
        Matter m = matter(MatterKind.INTERPELLATION, "2026-12-01", Status.SUBMITTED);
        assertThat(cal.isLate(m, december)).isTrue();
        assertThat(cal.isLate(m, february)).isFalse();
        assertThat(cal.askedAt(m)).hasValue(february);
        // Answered in April; the written answer by 12.00 on the Friday, 2027-04-11 being a Sunday.
        assertThat(cal.deadlines().nearest(m)).hasValueSatisfying(d -> {
            assertThat(d.date()).isEqualTo("2027-04-09");
            assertThat(d.type()).isEqualTo(DeadlineType.WRITTEN_ANSWER);
        });
    }

    /**
     * A matter is announced (anmäls) at the meeting that takes it up: an interpellation where it is asked, a motion at
     * the first meeting its rule lets it reach (10 days before: 4 December for the 14th), one handed in on that last
     * day in time, one the day after at the next meeting.
     */
    @Test
    void aMatterIsAnnouncedAtTheFirstMeetingItWasHandedInInTimeFor() {
        MeetingCalendar cal = calendar(december, february, boardInDecember);
        assertThat(cal.announcedAt(matter(MatterKind.MOTION, "2026-12-04", Status.SUBMITTED))).hasValue(december);
        assertThat(cal.announcedAt(matter(MatterKind.MOTION, "2026-12-05", Status.SUBMITTED))).hasValue(february);
        Matter late = matter(MatterKind.INTERPELLATION, "2026-12-01", Status.SUBMITTED);
        assertThat(cal.announcedAt(late)).isEqualTo(cal.askedAt(late)).hasValue(february);
        assertThat(cal.announcedAt(matter(MatterKind.MOTION, null, Status.SUBMITTED))).isEmpty();
        MeetingCalendar noRules = new MeetingCalendar(java.util.List.of(Fixtures.KF), java.util.List.of(december,
                february), java.util.Map.of());
        assertThat(noRules.announcedAt(matter(MatterKind.MOTION, "2026-12-14", Status.SUBMITTED)))
                .as("handed in on the meeting's day, no rule").hasValue(december);
        assertThat(noRules.announcedAt(matter(MatterKind.QUESTION, "2026-12-14", Status.SUBMITTED)))
                .as("asked at the next: it must be in before the meeting's day").hasValue(february);
    }

    @Test
    void movingTheMeetingMovesTheDeadlineAndCanBringALateMatterIn() {
        Matter m = matter(MatterKind.INTERPELLATION, "2026-12-01", Status.SUBMITTED);
        MeetingCalendar moved = calendar(december.withDate(LocalDate.parse("2026-12-21")), february);
        assertThat(moved.askedAt(m)).hasValueSatisfying(d -> assertThat(d.date()).isEqualTo("2026-12-21"));
        assertThat(moved.deadlines().all(m)).extracting(Deadline::date, Deadline::type)
                .contains(tuple(LocalDate.parse("2027-02-08"), DeadlineType.ANSWER_AT_MEETING));
    }

    @Test
    void aCancelledMeetingPassesTheMatterToTheNextOne() {
        Matter m = matter(MatterKind.QUESTION, "2026-11-20", Status.SUBMITTED);
        assertThat(calendar(december, february).dueMeeting(m)).hasValue(december);
        assertThat(calendar(february).dueMeeting(m)).hasValue(february);
    }

    @Test
    void withNoMeetingAheadThereIsNoMeetingDeadline() {
        Matter m = matter(MatterKind.QUESTION, "2027-03-01", Status.SUBMITTED);
        assertThat(calendar(december, february).deadlines().all(m)).isEmpty();
    }

    @Test
    void onlyTheCouncilsMeetingsCountForInterpellations() {
        Matter m = matter(MatterKind.INTERPELLATION, "2026-11-20", Status.SUBMITTED);
        assertThat(calendar(boardInDecember, february).askedAt(m)).hasValue(february);
    }

    @Test
    void aWrittenAnswerIsNoLongerDueOnceReadyAndNothingIsDueOnceAnswered() {
        MeetingCalendar cal = calendar(december, february);
        Matter answered = matter(MatterKind.INTERPELLATION, "2026-11-20", Status.ANSWER_READY);
        assertThat(cal.deadlines().all(answered)).extracting(Deadline::type)
                .containsExactly(DeadlineType.ANSWER_AT_MEETING);
        Matter debated = matter(MatterKind.INTERPELLATION, "2026-11-20", Status.ANSWERED);
        assertThat(cal.deadlines().all(debated)).isEmpty();
    }

    @Test
    void questionsGetNoWrittenAnswerDeadline() {
        Matter m = matter(MatterKind.QUESTION, "2026-12-10", Status.SUBMITTED);
        assertThat(calendar(december).deadlines().all(m)).extracting(Deadline::type)
                .containsExactly(DeadlineType.ANSWER_AT_MEETING);
    }

    @Test
    void aQuestionOnTheLastDayIsInTimeAndTheDayAfterIsLate() {
        MeetingCalendar cal = calendar(december, february);
        assertThat(cal.isLate(matter(MatterKind.QUESTION, "2026-12-10", Status.SUBMITTED), december)).isFalse();
        assertThat(cal.isLate(matter(MatterKind.QUESTION, "2026-12-11", Status.SUBMITTED), december)).isTrue();
        assertThat(cal.isLate(matter(MatterKind.QUESTION, null, Status.DRAFT), december)).isFalse();
    }

    @Test
    void motionsKeepTheirOneYearLimitBesideTheMeetings() {
        Matter m = matter(MatterKind.MOTION, "2024-02-29", Status.REFERRED);
        assertThat(calendar(december).deadlines().all(m)).extracting(Deadline::date, Deadline::type)
                .containsExactly(tuple(LocalDate.parse("2025-02-28"), DeadlineType.MOTION_ONE_YEAR));
    }

    @Test
    void aDeadlineOnEasterMondayMovesForwardSoTheTuesdayIsInTime() {
        // 08.00 on the Monday two weeks before 2027-04-12 is Easter Monday 2027-03-29: Lag 1930:173 gives Tuesday.
        Meeting april = meeting("KF", "2027-04-12");
        Meeting may = meeting("KF", "2027-05-10");
        MeetingCalendar cal = calendar(april, may);
        assertThat(cal.submissionDeadline(april, SubmissionKind.INTERPELLATION))
                .hasValue(java.time.LocalDateTime.parse("2027-03-30T08:00"));
        assertThat(cal.isLate(matter(MatterKind.INTERPELLATION, "2027-03-30", Status.SUBMITTED), april)).isFalse();
        assertThat(cal.isLate(matter(MatterKind.INTERPELLATION, "2027-03-31", Status.SUBMITTED), april)).isTrue();
    }

    @Test
    void previousAndNextStayWithinTheBody() {
        MeetingCalendar cal = calendar(december, february, boardInDecember);
        assertThat(cal.previous(february)).hasValue(december);
        assertThat(cal.next(december)).hasValue(february);
        assertThat(cal.previous(december)).isEmpty();
        assertThat(cal.next(boardInDecember)).isEmpty();
        assertThat(cal.councilCode()).isEqualTo("KF");
    }
}
