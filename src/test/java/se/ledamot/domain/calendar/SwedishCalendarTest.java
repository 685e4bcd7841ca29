package se.ledamot.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishCalendarTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource(textBlock = """
            2024, 2024-03-31
            2025, 2025-04-20
            2026, 2026-04-05
            2027, 2027-03-28
            2038, 2038-04-25
            2285, 2285-03-22
            """)
    void easterSundayFollowsTheGregorianComputus(int year, String easter) {
        assertThat(SwedishCalendar.easterSunday(year)).isEqualTo(LocalDate.parse(easter));
    }

    @ParameterizedTest(name = "{0} is a public holiday")
    @CsvSource(textBlock = """
            2026-01-01
            2026-01-06
            2026-04-03
            2026-04-06
            2026-05-01
            2026-05-14
            2026-06-06
            2026-06-20
            2026-10-31
            2027-11-06
            2026-12-25
            2026-12-26
            """)
    void publicHolidaysAreKnown(String day) {
        assertThat(SwedishCalendar.isPublicHoliday(LocalDate.parse(day))).isTrue();
        assertThat(SwedishCalendar.isWorkingDay(LocalDate.parse(day))).isFalse();
    }

    @ParameterizedTest(name = "{0} is a working day")
    @CsvSource(textBlock = """
            2026-04-02
            2026-04-07
            2026-05-15
            2026-06-18
            2026-12-23
            2026-12-30
            2028-02-29
            """)
    void ordinaryWeekdaysAreWorkingDays(String day) {
        assertThat(SwedishCalendar.isWorkingDay(LocalDate.parse(day))).isTrue();
    }

    @Test
    void midsummerChristmasAndNewYearsEveAreClosedButNotPublicHolidays() {
        for (String eve : new String[] {"2026-06-19", "2026-12-24", "2027-12-31"}) {
            assertThat(SwedishCalendar.isPublicHoliday(LocalDate.parse(eve))).as(eve).isFalse();
            assertThat(SwedishCalendar.isWorkingDay(LocalDate.parse(eve))).as(eve).isFalse();
        }
    }

    @Test
    void midsummerDayIsTheSaturdayFromTheTwentiethToTheTwentySixthOfJune() {
        assertThat(SwedishCalendar.midsummerDay(2026)).isEqualTo(LocalDate.parse("2026-06-20"));
        assertThat(SwedishCalendar.midsummerDay(2027)).isEqualTo(LocalDate.parse("2027-06-26"));
    }

    @Test
    void aClosedDayMovesBackToTheWorkingDayBefore() {
        // Easter Monday 2027 → Sunday, Saturday, Good Friday → Maundy Thursday.
        assertThat(SwedishCalendar.workingDayOnOrBefore(LocalDate.parse("2027-03-29")))
                .isEqualTo(LocalDate.parse("2027-03-25"));
        // Christmas Day 2026 is a Friday; Christmas Eve is closed too.
        assertThat(SwedishCalendar.workingDayOnOrBefore(LocalDate.parse("2026-12-27")))
                .isEqualTo(LocalDate.parse("2026-12-23"));
        assertThat(SwedishCalendar.workingDayOnOrBefore(LocalDate.parse("2026-12-23")))
                .isEqualTo(LocalDate.parse("2026-12-23"));
    }

    @ParameterizedTest(name = "{0} moves forward to {1} (Lag 1930:173)")
    @CsvSource(textBlock = """
            2027-03-29, 2027-03-30
            2027-03-26, 2027-03-30
            2026-12-24, 2026-12-28
            2026-12-31, 2027-01-04
            2027-01-01, 2027-01-04
            2026-06-19, 2026-06-22
            2026-06-20, 2026-06-22
            2028-02-29, 2028-02-29
            2027-02-28, 2027-03-01
            2026-05-14, 2026-05-15
            """)
    void aClosedDayMovesForwardToTheNextWorkingDay(String day, String next) {
        assertThat(SwedishCalendar.workingDayOnOrAfter(LocalDate.parse(day))).isEqualTo(LocalDate.parse(next));
    }

    @ParameterizedTest(name = "{0}: {1} gives {2}")
    @CsvSource(textBlock = """
            2027-03-29, NEXT_WORKING_DAY,     2027-03-30
            2027-03-29, PREVIOUS_WORKING_DAY, 2027-03-25
            2027-03-29, NONE,                 2027-03-29
            2025-12-31, NEXT_WORKING_DAY,     2026-01-02
            2025-12-31, PREVIOUS_WORKING_DAY, 2025-12-30
            2027-06-25, NEXT_WORKING_DAY,     2027-06-28
            2027-06-25, PREVIOUS_WORKING_DAY, 2027-06-24
            2027-03-31, NEXT_WORKING_DAY,     2027-03-31
            """)
    void theDirectionIsPartOfTheRule(String day, HolidayShift shift, String moved) {
        assertThat(shift.apply(LocalDate.parse(day))).isEqualTo(LocalDate.parse(moved));
    }
}
