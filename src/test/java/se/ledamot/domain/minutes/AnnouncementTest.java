package se.ledamot.domain.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.DomainException;

class AnnouncementTest {

    @ParameterizedTest(name = "posted {1}: appeal until {2}, down {3}")
    @CsvSource(textBlock = """
            # justered,  posted,     last day of appeal (13 kap. 5 §, moved off closed days), take down
            2026-12-17, 2026-12-18, 2027-01-08, 2027-01-09
            # three weeks end on Saturday 2026-01-03: the next weekday is Monday the 5th
            2025-12-11, 2025-12-13, 2026-01-05, 2026-01-06
            # ends on trettondedag jul (2026-01-06, Tuesday): Wednesday the 7th
            2025-12-15, 2025-12-16, 2026-01-07, 2026-01-08
            # across a leap day
            2028-02-07, 2028-02-08, 2028-02-29, 2028-03-01
            """)
    void theAppealTimeRunsThreeWeeksFromTheNotice(LocalDate adjusted, LocalDate posted, LocalDate appeal,
            LocalDate down) {
        Announcement a = new Announcement(adjusted, posted);
        assertThat(a.appealEnds()).isEqualTo(appeal);
        assertThat(a.takeDown()).isEqualTo(down);
    }

    @Test
    void theNoticeGoesUpNoLaterThanTheSecondDayAfterTheJustering() {
        LocalDate adjusted = LocalDate.of(2026, 12, 15);
        assertThat(new Announcement(adjusted, LocalDate.of(2026, 12, 17)).inTime()).isTrue();
        assertThat(new Announcement(adjusted, LocalDate.of(2026, 12, 18)).inTime()).isFalse();
        assertThatThrownBy(() -> new Announcement(adjusted, LocalDate.of(2026, 12, 14)))
                .isInstanceOf(DomainException.class).hasMessageContaining("minutes.posted.beforeAdjusted");
    }

    /**
     * The second day after the justering (8 kap. 12 §) is the last day of a statutory time: on a Saturday, Sunday,
     * holiday or closed eve the notice may go up the next weekday (lag (1930:173) om beräkning av lagstadgad tid,
     * 2 §). The protokoll said "senast den 19 december 2026", a Saturday, for a justering on Thursday the 17th.
     */
    @ParameterizedTest(name = "justerat {0}: posted by {1}")
    @CsvSource(textBlock = """
            # justerat,  posted by
            # Tuesday: Thursday, as counted
            2026-12-15, 2026-12-17
            # Thursday: the Saturday moves to Monday the 21st
            2026-12-17, 2026-12-21
            # Friday: the Sunday moves to Monday
            2026-12-18, 2026-12-21
            # Tuesday 22 December: Christmas Eve, juldagen, annandag jul (Saturday), Sunday: Monday the 28th
            2026-12-22, 2026-12-28
            # Wednesday before midsummer 2027: Midsummer Eve (Friday 25 June) moves to Monday the 28th
            2027-06-23, 2027-06-28
            """)
    void theLastDayToPostMovesOffAClosedDay(LocalDate adjusted, LocalDate postedBy) {
        assertThat(Announcement.latestPosting(adjusted)).isEqualTo(postedBy);
        assertThat(new Announcement(adjusted, postedBy).inTime()).isTrue();
        assertThat(new Announcement(adjusted, postedBy.plusDays(1)).inTime()).isFalse();
    }
}
