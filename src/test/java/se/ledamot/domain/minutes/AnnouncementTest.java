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
        LocalDate adjusted = LocalDate.of(2026, 12, 17);
        assertThat(new Announcement(adjusted, LocalDate.of(2026, 12, 19)).inTime()).isTrue();
        assertThat(new Announcement(adjusted, LocalDate.of(2026, 12, 20)).inTime()).isFalse();
        assertThatThrownBy(() -> new Announcement(adjusted, LocalDate.of(2026, 12, 16)))
                .isInstanceOf(DomainException.class).hasMessageContaining("minutes.posted.beforeAdjusted");
    }
}
