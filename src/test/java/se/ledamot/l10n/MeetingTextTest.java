package se.ledamot.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;

/**
 * Partigrupp listed two "KF 2026-12-14" (the sample meeting and a real one): the choosers' text tells them apart. The
 * walk of round 17: a chooser is read by people, so its day is written out as every message writes a meeting.
 */
class MeetingTextTest {
    @Test
    void twoMeetingsOfABodyOnOneDayReadDifferentlyByTimeAndPlace() {
        LocalDate day = LocalDate.parse("2026-12-14");
        Meeting sample = new Meeting(1L, "KF", day, LocalTime.of(18, 0), "Kommunhuset, Fullmäktigesalen",
                MeetingStatus.PLANNED);
        Meeting real = Meeting.planned("KF", day).withId(2L);
        assertThat(MeetingText.withPlace(sample))
                .isEqualTo("KF 14 december 2026 kl. 18.00, Kommunhuset, Fullmäktigesalen");
        assertThat(MeetingText.withPlace(real)).isEqualTo("KF 14 december 2026");
        assertThat(MeetingText.withPlace(real.withPlace("Sessionssalen"))).isEqualTo("KF 14 december 2026, Sessionssalen");
        assertThat(MeetingText.of(sample)).as("a narrow chooser").isEqualTo("KF 14 dec. 2026 kl. 18.00");
        assertThat(MeetingText.of(real)).isEqualTo("KF 14 dec. 2026");
    }
}
