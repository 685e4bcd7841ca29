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
import se.ledamot.domain.calendar.HolidayShift;
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
            2027-04-12, 2027-03-30T08:00
            """)
    void mondayTwoWeeksBeforeMovesForwardFromEasterMondayAsTheLawDoes(String meeting, String deadline) {
        assertThat(MONDAY_TWO_WEEKS_BEFORE.deadline(LocalDate.parse(meeting))).isEqualTo(LocalDateTime.parse(deadline));
    }

    @Test
    void anArbetsordningThatSaysTheWorkingDayBeforeMovesBack() {
        // Monday 2027-03-29 is Easter Monday: "närmast föregående vardag" is Maundy Thursday.
        SubmissionRule back = MONDAY_TWO_WEEKS_BEFORE.withShift(HolidayShift.PREVIOUS_WORKING_DAY);
        assertThat(back.deadline(LocalDate.parse("2027-04-12"))).isEqualTo(LocalDateTime.parse("2027-03-25T08:00"));
        assertThat(back.shift()).isEqualTo(HolidayShift.PREVIOUS_WORKING_DAY);
        assertThat(MONDAY_TWO_WEEKS_BEFORE.shift()).isEqualTo(HolidayShift.NEXT_WORKING_DAY);
    }

    @ParameterizedTest(name = "meeting {0}: questions by {1} forward, {2} back")
    @CsvSource(textBlock = """
            2026-12-14, 2026-12-10T12:00, 2026-12-10T12:00
            2026-12-18, 2026-12-17T12:00, 2026-12-17T12:00
            2026-12-17, 2026-12-10T12:00, 2026-12-10T12:00
            2026-05-18, 2026-05-15T12:00, 2026-05-13T12:00
            """)
    void thursdayBeforeOnAscensionDay(String meeting, String forward, String back) {
        assertThat(THURSDAY_BEFORE.deadline(LocalDate.parse(meeting))).isEqualTo(LocalDateTime.parse(forward));
        assertThat(THURSDAY_BEFORE.withShift(HolidayShift.PREVIOUS_WORKING_DAY).deadline(LocalDate.parse(meeting)))
                .isEqualTo(LocalDateTime.parse(back));
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
    void aStoredWrittenAnswerRuleKeepsMeaningTheLastWorkingDayBefore(String meeting, String deadline) {
        assertThat(DAY_BEFORE.shift()).isEqualTo(HolidayShift.PREVIOUS_WORKING_DAY);
        assertThat(DAY_BEFORE.deadline(LocalDate.parse(meeting))).isEqualTo(LocalDateTime.parse(deadline));
    }

    @ParameterizedTest(name = "meeting {0}: ten days before is {1} forward, {2} back")
    @CsvSource(textBlock = """
            2026-12-14, 2026-12-04T23:59, 2026-12-04T23:59
            2026-01-16, 2026-01-07T23:59, 2026-01-05T23:59
            2027-01-11, 2027-01-04T23:59, 2026-12-30T23:59
            2028-03-10, 2028-02-29T23:59, 2028-02-29T23:59
            2027-03-10, 2027-03-01T23:59, 2027-02-26T23:59
            2026-06-29, 2026-06-22T23:59, 2026-06-18T23:59
            2027-04-08, 2027-03-30T23:59, 2027-03-25T23:59
            """)
    void tenDaysBeforeAcrossYearEndsLeapDaysEasterAndMidsummer(String meeting, String forward, String back) {
        assertThat(TEN_DAYS_BEFORE.deadline(LocalDate.parse(meeting))).isEqualTo(LocalDateTime.parse(forward));
        assertThat(TEN_DAYS_BEFORE.withShift(HolidayShift.PREVIOUS_WORKING_DAY).deadline(LocalDate.parse(meeting)))
                .isEqualTo(LocalDateTime.parse(back));
    }

    @ParameterizedTest(name = "meeting {0}: {1} in the week {2} weeks before is {3}")
    @CsvSource(textBlock = """
            2026-12-14, MONDAY,   2, 2026-11-30T08:00
            2026-12-17, MONDAY,   2, 2026-11-30T08:00
            2026-12-14, THURSDAY, 1, 2026-12-10T08:00
            2026-12-18, THURSDAY, 1, 2026-12-10T08:00
            2027-01-11, MONDAY,   2, 2026-12-28T08:00
            2027-04-12, MONDAY,   2, 2027-03-30T08:00
            """)
    void aWeekdayInACalendarWeekBefore(String meeting, DayOfWeek weekday, int weeks, String deadline) {
        SubmissionRule rule = SubmissionRule.weekdayInWeekBefore(SubmissionKind.INTERPELLATION, weekday, weeks,
                LocalTime.of(8, 0));
        assertThat(rule.deadline(LocalDate.parse(meeting))).isEqualTo(LocalDateTime.parse(deadline));
    }

    @Test
    void theDayBeforeAsTheLawSaysItIsTheDayBeforeEvenOnASunday() {
        SubmissionRule dayBefore = SubmissionRule.daysBefore(SubmissionKind.WRITTEN_ANSWER, 1, null)
                .withShift(HolidayShift.NONE);
        assertThat(dayBefore.deadline(LocalDate.parse("2026-12-14"))).isEqualTo(LocalDateTime.parse("2026-12-13T23:59"));
    }

    @Test
    void aWeekdayRuleNeedsAWeekdayAndAPositiveCount() {
        assertThatThrownBy(() -> new SubmissionRule(SubmissionKind.QUESTION, SubmissionRule.Form.WEEKDAY_BEFORE, 1,
                null, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> SubmissionRule.weekdayBefore(SubmissionKind.QUESTION, DayOfWeek.MONDAY, 0, null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> SubmissionRule.weekdayInWeekBefore(SubmissionKind.QUESTION, DayOfWeek.MONDAY, 0,
                null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> SubmissionRule.daysBefore(SubmissionKind.QUESTION, -1, null))
                .isInstanceOf(DomainException.class);
    }
}
