package se.ledamot.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** A near day as a screen writes it: the weekday and the day, the year only when it is not this one. */
class DatesTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    @Test
    void aDayThisYearIsItsWeekdayAndDate() {
        assertThat(Dates.day(LocalDate.parse("2026-12-14"), TODAY)).isEqualTo("måndag 14 december");
    }

    @Test
    void aDayInAnotherYearSaysWhichYear() {
        assertThat(Dates.day(LocalDate.parse("2027-01-25"), TODAY)).isEqualTo("måndag 25 januari 2027");
    }

    @Test
    void aDayWithAnHourSaysTheHourAsThePapersDo() {
        assertThat(Dates.day(LocalDate.parse("2026-11-30"), LocalTime.of(8, 0), TODAY))
                .isEqualTo("måndag 30 november kl. 08.00");
    }
}
