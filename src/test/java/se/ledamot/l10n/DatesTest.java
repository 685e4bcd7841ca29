package se.ledamot.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;

/**
 * Dates where people read them: a near day as a screen writes it (the weekday and the day, the year only when it is
 * not this one), and every message's date written out, in Swedish and in English.
 */
// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it sets Localization's
// language, which every class reads, to English.
@Isolated
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

    @AfterEach
    void swedishAgain() {
        Localization.setLocale(Localization.SWEDISH);
    }

    @Test
    void aMessageWritesItsDateOutWithTheYear() {
        assertThat(Localization.get("explain.stated", LocalDate.parse("2026-11-03")))
                .isEqualTo("Svarsdatum den 3 november 2026 enligt ärendet.");
        assertThat(Localization.get("cli.restore.made", LocalDateTime.parse("2026-11-30T18:00"), ""))
                .isEqualTo("Gjord den 30 november 2026 kl. 18.00");
        assertThat(Localization.get("explain.stated", LocalTime.of(9, 5)))
                .isEqualTo("Svarsdatum kl. 09.05 enligt ärendet.");
    }

    @Test
    void anInstantIsSaidInTheMachinesZone() {
        var at = LocalDateTime.parse("2026-11-30T18:00");
        assertThat(Localization.get("cli.restore.made", at.atZone(ZoneId.systemDefault()).toInstant(), ""))
                .isEqualTo("Gjord den 30 november 2026 kl. 18.00");
    }

    @Test
    void runningTextLeavesOutTheYearOnlyBesideTodayInTodaysYear() {
        assertThat(Dates.running(LocalDate.parse("2026-12-14"), TODAY)).isEqualTo("den 14 december");
        assertThat(Dates.running(LocalDate.parse("2025-12-14"), TODAY)).isEqualTo("den 14 december 2025");
        assertThat(Dates.running(LocalDate.parse("2026-12-14"), null)).isEqualTo("den 14 december 2026");
    }

    @Test
    void englishWritesTheDayWithoutDenAndTheHourWithAColon() {
        Localization.setLocale(Localization.ENGLISH);
        assertThat(Localization.get("explain.stated", LocalDate.parse("2026-11-03")))
                .isEqualTo("Reply date 3 November 2026 as stated in the matter.");
        assertThat(Localization.get("cli.restore.made", LocalDateTime.parse("2026-11-30T18:00"), ""))
                .isEqualTo("Made 30 November 2026 at 18:00");
        assertThat(Dates.running(LocalDate.parse("2026-12-14"), TODAY)).isEqualTo("14 December");
    }

    @Test
    void aMeetingInAMessageIsNamedWithItsDayWrittenOut() {
        Meeting kf = new Meeting(1L, "KF", LocalDate.parse("2026-12-14"), LocalTime.of(18, 0), "",
                MeetingStatus.PLANNED);
        assertThat(Localization.get("meeting.ui.saved", kf)).isEqualTo("Sammanträdet KF 14 december 2026 är sparat.");
        Localization.setLocale(Localization.ENGLISH);
        assertThat(Localization.get("meeting.ui.saved", kf)).isEqualTo("The meeting KF 14 December 2026 is saved.");
    }
}
