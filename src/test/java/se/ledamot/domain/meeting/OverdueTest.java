package se.ledamot.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.ledamot.domain.meeting.Fixtures.calendar;
import static se.ledamot.domain.meeting.Fixtures.matter;
import static se.ledamot.domain.meeting.Fixtures.meeting;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.DeadlineType;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

class OverdueTest {

    @Test
    void everyPassedDeadlineIsListedWithHowManyDaysLongestFirst() {
        MeetingCalendar cal = calendar(meeting("KF", "2026-11-16"), meeting("KF", "2026-12-14"));
        // Asked 2026-11-16, answered at the next meeting; the written answer by 12.00 on the Friday before.
        Matter interpellation = matter(MatterKind.INTERPELLATION, "2026-10-30", Status.SUBMITTED);
        Matter motion = matter(MatterKind.MOTION, "2025-12-01", Status.REFERRED);
        Matter decidedMotion = matter(MatterKind.MOTION, "2024-12-01", Status.DECIDED);
        Matter referral = Matter.newMatter(MatterKind.REFERRAL, "Remiss").id(5L)
                .replyBy(LocalDate.parse("2026-12-31")).build();

        List<Overdue.Entry> overdue = Overdue.of(List.of(interpellation, motion, decidedMotion, referral),
                cal.deadlines(), LocalDate.parse("2026-12-16"));

        assertThat(overdue).extracting(e -> e.matter().id(), e -> e.deadline().type(), Overdue.Entry::daysOverdue)
                .containsExactly(
                        tuple(motion.id(), DeadlineType.MOTION_ONE_YEAR, 15L),
                        tuple(interpellation.id(), DeadlineType.WRITTEN_ANSWER, 5L),
                        tuple(interpellation.id(), DeadlineType.ANSWER_AT_MEETING, 2L));
    }
}
