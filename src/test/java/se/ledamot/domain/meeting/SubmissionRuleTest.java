package se.ledamot.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.DomainException;

class SubmissionRuleTest {
    private static final SubmissionRule MONDAY_TWO_WEEKS_BEFORE = SubmissionRule.weekdayBefore(
            SubmissionKind.INTERPELLATION, DayOfWeek.MONDAY, 2, LocalTime.of(8, 0));
    private static final SubmissionRule THURSDAY_BEFORE = SubmissionRule.weekdayBefore(
            SubmissionKind.QUESTION, DayOfWeek.THURSDAY, 1, LocalTime.NOON);
    private static final SubmissionRule TEN_DAYS_BEFORE = SubmissionRule.daysBefore(SubmissionKind.MOTION, 10, null);
    private static final SubmissionRule DAY_BEFORE = SubmissionRule.daysBefore(SubmissionKind.WRITTEN_ANSWER, 1,
            LocalTime.NOON);

    @ParameterizedTest(name = "meeting {0}: interpellations by {1}")
    @CsvSource(textBlock = """
            2026-12-14, 2026-11-30T08:00
            2026-12-17, 2026-12-07T08:00
            2026-03-02, 2026-02-16T08:00
            2027-04-12, 2027-03-25T08:00
            """)
    void mondayTwoWeeksBefore(String meeting, String deadline) {
        assertThat(MONDAY_TWO_WEEKS_BEFORE.deadline(LocalDate.parse(meeting))).isEqualTo(LocalDateTime.parse(deadline));
    }

    @ParameterizedTest(name = "meeting {0}: questions by {1}")
    @CsvSource(textBlock = """
            2026-12-14, 2026-12-10T12:00
            2026-12-18, 2026-12-17T12:00
            2026-12-17, 2026-12-10T12:00
            2026-05-18, 2026-05-13T12:00
            """)
    void thursdayBeforeMovesBackFromAscensionDay(String meeting, String deadline) {
        assertThat(THURSDAY_BEFORE.deadline(LocalDate.parse(meeting))).isEqualTo(LocalDateTime.parse(deadline));
    }

    @ParameterizedTest(name = "meeting {0}: written answer by {1}")
    @CsvSource(textBlock = """
            2026-12-15, 2026-12-14T12:00
            2026-12-14, 2026-12-11T12:00
            2027-01-04, 2026-12-30T12:00
            2028-03-01, 2028-02-29T12:00
            2027-03-01, 2027-02-26T12:00
            2026-06-22, 2026-06-18T12:00
            """)
    void dayBeforeSkipsWeekendsHolidaysAndClosedEves(String meeting, String deadline) {
        assertThat(DAY_BEFORE.deadline(LocalDate.parse(meeting))).isEqualTo(LocalDateTime.parse(deadline));
    }

    @Test
    void daysBeforeWithoutAnHourRunsToTheEndOfTheDay() {
        assertThat(TEN_DAYS_BEFORE.deadline(LocalDate.parse("2026-12-14")))
                .isEqualTo(LocalDateTime.parse("2026-12-04T23:59"));
        // 10 days before 2026-01-16 is Tuesday 6 January, Epiphany: Monday the 5th.
        assertThat(TEN_DAYS_BEFORE.deadline(LocalDate.parse("2026-01-16")))
                .isEqualTo(LocalDateTime.parse("2026-01-05T23:59"));
    }

    @Test
    void aWeekdayRuleNeedsAWeekdayAndAPositiveCount() {
        assertThatThrownBy(() -> new SubmissionRule(SubmissionKind.QUESTION, SubmissionRule.Form.WEEKDAY_BEFORE, 1,
                null, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> SubmissionRule.weekdayBefore(SubmissionKind.QUESTION, DayOfWeek.MONDAY, 0, null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> SubmissionRule.daysBefore(SubmissionKind.QUESTION, -1, null))
                .isInstanceOf(DomainException.class);
    }
}
