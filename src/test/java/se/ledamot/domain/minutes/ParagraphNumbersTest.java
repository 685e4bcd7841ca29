package se.ledamot.domain.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;

class ParagraphNumbersTest {
    private static Meeting meeting(long id, String body, String date) {
        return new Meeting(id, body, LocalDate.parse(date), null, null, MeetingStatus.PLANNED);
    }

    @Test
    void paragraphsRunThroughTheYearPerBody() {
        Meeting feb = meeting(1, "KF", "2026-02-16");
        Meeting apr = meeting(2, "KF", "2026-04-20");
        Meeting ksApr = meeting(3, "KS", "2026-04-01");
        Meeting dec = meeting(4, "KF", "2026-12-14");
        Meeting lastYear = meeting(5, "KF", "2025-12-15");
        List<ParagraphNumbers.Counted> all = List.of(new ParagraphNumbers.Counted(feb, 12, null),
                new ParagraphNumbers.Counted(apr, 9, null), new ParagraphNumbers.Counted(ksApr, 30, null),
                new ParagraphNumbers.Counted(lastYear, 40, 101), new ParagraphNumbers.Counted(dec, 8, null));

        assertThat(ParagraphNumbers.first(feb, all)).isEqualTo(1);
        assertThat(ParagraphNumbers.first(apr, all)).isEqualTo(13);
        assertThat(ParagraphNumbers.first(dec, all)).isEqualTo(22);
        assertThat(ParagraphNumbers.first(ksApr, all)).isEqualTo(1);
    }

    @Test
    void aFixedFirstParagraphIsCountedFrom() {
        Meeting feb = meeting(1, "KF", "2026-02-16");
        Meeting apr = meeting(2, "KF", "2026-04-20");
        assertThat(ParagraphNumbers.first(apr, List.of(new ParagraphNumbers.Counted(feb, 12, 5),
                new ParagraphNumbers.Counted(apr, 3, null)))).isEqualTo(17);
    }
}
