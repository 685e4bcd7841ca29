package se.ledamot.domain.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The protokoll is justerat "senast 14 dagar efter sammanträdet" (5 kap. 69 § kommunallagen), a statutory time whose
 * last day on a Saturday, Sunday, holiday or closed eve runs to the next weekday (lag (1930:173) 2 §). The rule was
 * in the code (Minutes.adjustBy) and nowhere a secretary met it.
 */
class JusteringTimeTest {

    @ParameterizedTest(name = "meeting {0}: justerat by {1}")
    @CsvSource(textBlock = """
            # meeting,   justerat by
            # Monday: Monday two weeks on
            2026-11-16, 2026-11-30
            # Thursday 10 December: Christmas Eve, juldagen, annandag jul (Saturday), Sunday: Monday the 28th
            2026-12-10, 2026-12-28
            # Thursday 17 December: New Year's Eve, nyårsdagen, Saturday, Sunday: Monday 4 January
            2026-12-17, 2027-01-04
            # across a leap day: 15 February 2028 + 14 days is Tuesday 29 February
            2028-02-15, 2028-02-29
            """)
    void theJusteringIsDueFourteenDaysAfterTheMeetingMovedOffAClosedDay(LocalDate meeting, LocalDate by) {
        assertThat(Minutes.adjustBy(meeting)).isEqualTo(by);
    }

    @Test
    void aJusteringDayDoneOrPlannedAfterTheLastDayIsLate() {
        LocalDate meeting = LocalDate.of(2026, 11, 16);
        Minutes blank = Minutes.blank(1);
        assertThat(blank.lateJustering(meeting)).as("nothing set").isEmpty();

        Minutes onTheLastDay = blank.withAdjustment(List.of(), LocalDate.of(2026, 11, 30), null, null);
        assertThat(onTheLastDay.lateJustering(meeting)).isEmpty();

        Minutes planned = blank.withAdjustment(List.of(), LocalDate.of(2026, 12, 1), null, null);
        assertThat(planned.lateJustering(meeting)).contains(LocalDate.of(2026, 12, 1));

        Minutes doneLate = onTheLastDay.withApproval(LocalDate.of(2026, 12, 2), null, null);
        assertThat(doneLate.lateJustering(meeting)).as("the day it was justerat, not the one planned")
                .contains(LocalDate.of(2026, 12, 2));
        Minutes doneInTime = planned.withApproval(LocalDate.of(2026, 11, 27), null, null);
        assertThat(doneInTime.lateJustering(meeting)).as("justerat in time, though planned late").isEmpty();
    }
}
