package se.ledamot.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlinesTest {
    private final Deadlines deadlines = Deadlines.standard();

    private static Matter motion(String submitted, Status status) {
        return Matter.newMatter(MatterKind.MOTION, "Motion om en integrationsplan")
                .submitted(LocalDate.parse(submitted)).status(status).build();
    }

    @ParameterizedTest(name = "submitted {0} → decide by {1}")
    @CsvSource(textBlock = """
            2015-02-16, 2016-02-16
            2024-02-29, 2025-02-28
            2028-02-29, 2029-02-28
            2023-02-28, 2024-02-28
            2024-12-31, 2026-01-02
            2025-01-31, 2026-02-02
            2026-03-29, 2027-03-30
            2026-06-25, 2027-06-28
            2026-12-24, 2027-12-27
            """)
    void motionMustBeDecidedWithinOneYearAndALastDayOnAClosedDayMovesToTheNextWeekday(String submitted, String limit) {
        Deadline d = deadlines.nearest(motion(submitted, Status.REFERRED)).orElseThrow();
        assertThat(d.date()).isEqualTo(limit);
        assertThat(d.type()).isEqualTo(DeadlineType.MOTION_ONE_YEAR);
        assertThat(d.basis()).isInstanceOfSatisfying(OneYearBasis.class, b -> {
            assertThat(b.submitted()).isEqualTo(submitted);
            assertThat(b.moved()).isEqualTo(!b.anniversary().equals(b.limit()));
        });
    }

    @Test
    void aCitizenProposalHasItsOwnOneYearLimitNotTheMotions() {
        Matter proposal = Matter.newMatter(MatterKind.CITIZEN_PROPOSAL, "Medborgarförslag om en hundrastgård")
                .submitted(LocalDate.parse("2026-03-02")).status(Status.SUBMITTED).build();
        Deadline d = deadlines.nearest(proposal).orElseThrow();
        assertThat(d.type()).isEqualTo(DeadlineType.CITIZEN_PROPOSAL_ONE_YEAR);
        assertThat(d.date()).isEqualTo("2027-03-02");
        Deadline byBoard = DeadlineRule.oneYear(k -> "BUN").deadlineOf(proposal).orElseThrow();
        assertThat(((OneYearBasis) byBoard.basis()).decidingBody()).isEqualTo("BUN");
    }

    @Test
    void submittedMotionBecomesOverdueTheDayAfterItsOneYearLimit() {
        Deadline d = deadlines.nearest(motion("2025-11-23", Status.SUBMITTED)).orElseThrow();
        assertThat(d.isOverdue(LocalDate.parse("2026-11-23"))).isFalse();
        assertThat(d.urgency(LocalDate.parse("2026-11-23"))).isEqualTo(Urgency.SOON);
        assertThat(d.isOverdue(LocalDate.parse("2026-11-24"))).isTrue();
        assertThat(d.urgency(LocalDate.parse("2026-11-24"))).isEqualTo(Urgency.OVERDUE);
        assertThat(d.daysLeft(LocalDate.parse("2026-11-26"))).isEqualTo(-3);
    }

    @ParameterizedTest(name = "limit {0}, today {1}: {2} months left")
    @CsvSource(textBlock = """
            2026-02-28, 2026-01-31, 0
            2026-03-31, 2026-01-31, 2
            2026-02-28, 2025-11-28, 3
            2027-02-28, 2026-02-28, 12
            2026-01-15, 2026-03-16, -2
            """)
    void monthsLeftCountsWholeMonthsAcrossMonthEnds(String limit, String today, long months) {
        Deadline d = new Deadline(LocalDate.parse(limit), DeadlineType.MOTION_ONE_YEAR);
        assertThat(d.monthsLeft(LocalDate.parse(today))).isEqualTo(months);
    }

    @Test
    void motionNearsItsLimitSixtyDaysBefore() {
        Deadline d = new Deadline(LocalDate.parse("2026-12-31"), DeadlineType.MOTION_ONE_YEAR);
        assertThat(d.urgency(LocalDate.parse("2026-10-31"))).isEqualTo(Urgency.OK);
        assertThat(d.urgency(LocalDate.parse("2026-11-01"))).isEqualTo(Urgency.SOON);
    }

    @Test
    void decidedMotionHasNoDeadline() {
        assertThat(deadlines.nearest(motion("2015-02-16", Status.DECIDED))).isEmpty();
    }

    @Test
    void draftWithoutSubmissionDateHasNoOneYearLimit() {
        Matter draft = Matter.newMatter(MatterKind.MOTION, "Utkast").build();
        assertThat(deadlines.nearest(draft)).isEmpty();
    }

    @Test
    void referralIsDueOnItsStatedReplyDate() {
        Matter referral = Matter.newMatter(MatterKind.REFERRAL, "Remiss: integrationsprogram")
                .submitted(LocalDate.parse("2010-05-27")).replyBy(LocalDate.parse("2010-06-30")).build();
        assertThat(deadlines.nearest(referral)).hasValue(new Deadline(LocalDate.parse("2010-06-30"),
                DeadlineType.REPLY_DATE, DeadlineBasis.STATED_IN_MATTER));
    }

    @Test
    void theNearestOfSeveralDeadlinesIsShownAndMoreRulesCanPlugIn() {
        Matter m = motion("2026-01-10", Status.REFERRED).toBuilder().replyBy(LocalDate.parse("2026-06-01")).build();
        assertThat(deadlines.nearest(m).orElseThrow().type()).isEqualTo(DeadlineType.REPLY_DATE);
        Deadlines withMeeting = deadlines.with(x -> java.util.Optional.of(
                new Deadline(LocalDate.parse("2026-03-01"), DeadlineType.ANSWER_AT_MEETING)));
        assertThat(withMeeting.nearest(m).orElseThrow().type()).isEqualTo(DeadlineType.ANSWER_AT_MEETING);
        assertThat(withMeeting.all(m)).hasSize(3);
    }

    @Test
    void ageOfAMotionIsWholeMonthsSinceSubmission() {
        assertThat(Deadlines.ageInMonths(motion("2026-02-28", Status.SUBMITTED), LocalDate.parse("2026-11-27")))
                .hasValue(8L);
        assertThat(Deadlines.ageInMonths(motion("2026-02-28", Status.SUBMITTED), LocalDate.parse("2026-11-28")))
                .hasValue(9L);
    }
}
