package se.ledamot.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.domain.meeting.Fixtures.calendar;
import static se.ledamot.domain.meeting.Fixtures.matter;
import static se.ledamot.domain.meeting.Fixtures.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

class UnfinishedMotionsTest {

    @Test
    void everyMotionNotDecidedWithinAYearIsReportedWithWhatItsPreparationProduced() {
        Matter old = matter(MatterKind.MOTION, "2025-09-01", Status.REFERRED);
        Matter preparedOld = matter(MatterKind.CITIZEN_PROPOSAL, "2025-06-15", Status.PREPARED);
        Matter young = matter(MatterKind.MOTION, "2025-11-01", Status.REFERRED);
        Matter decided = matter(MatterKind.MOTION, "2025-01-01", Status.DECIDED);
        Matter interpellation = matter(MatterKind.INTERPELLATION, "2025-01-01", Status.SUBMITTED);

        List<UnfinishedMotions.Entry> report = UnfinishedMotions.asOf(LocalDate.parse("2026-10-15"),
                List.of(old, preparedOld, young, decided, interpellation),
                Map.of(preparedOld.id(), "Kommunstyrelsen föreslår bifall."));

        assertThat(report).extracting(e -> e.matter().id()).containsExactly(preparedOld.id(), old.id());
        assertThat(report.get(0).preparedProposal()).hasValue("Kommunstyrelsen föreslår bifall.");
        assertThat(report.get(0).monthsOld()).isEqualTo(16);
        assertThat(report.get(1).limit()).isEqualTo("2026-09-01");
        assertThat(report.get(1).preparedProposal()).isEmpty();
    }

    @Test
    void theLimitDayItselfIsStillWithinTheYear() {
        Matter m = matter(MatterKind.MOTION, "2025-10-15", Status.REFERRED);
        assertThat(UnfinishedMotions.asOf(LocalDate.parse("2026-10-15"), List.of(m), Map.of())).isEmpty();
        assertThat(UnfinishedMotions.asOf(LocalDate.parse("2026-10-16"), List.of(m), Map.of())).hasSize(1);
    }

    @Test
    void theReportIsDueAtTheFirstCouncilMeetingInAprilAndOctober() {
        Meeting april = meeting("KF", "2026-04-13");
        Meeting lateApril = meeting("KF", "2026-04-27");
        Meeting may = meeting("KF", "2026-05-18");
        Meeting october = meeting("KF", "2026-10-05");
        MeetingCalendar cal = calendar(april, lateApril, may, october);
        assertThat(UnfinishedMotions.reportDueAt(april, cal, UnfinishedMotions.DEFAULT_REPORT_MONTHS)).isTrue();
        assertThat(UnfinishedMotions.reportDueAt(lateApril, cal, UnfinishedMotions.DEFAULT_REPORT_MONTHS)).isFalse();
        assertThat(UnfinishedMotions.reportDueAt(may, cal, UnfinishedMotions.DEFAULT_REPORT_MONTHS)).isFalse();
        assertThat(UnfinishedMotions.reportDueAt(october, cal, UnfinishedMotions.DEFAULT_REPORT_MONTHS)).isTrue();
    }
}
