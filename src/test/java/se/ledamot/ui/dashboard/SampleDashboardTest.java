package se.ledamot.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.MatterKind;
import se.ledamot.service.DeadlineService;
import se.ledamot.service.Ledamot;

/** Issue 10, defect 10: on the day of first start the samples give the dashboard a useful first line. */
class SampleDashboardTest {
    @TempDir
    Path folder;

    @Test
    void theFirstLineOnDayOneIsTheInterpellationDueAtTheSampleMeetingNotAnOldDeadline() {
        Clock firstStart = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
        LocalDate today = LocalDate.now(firstStart);
        try (Ledamot app = Ledamot.open(folder, firstStart)) {
            app.samples().load();
            DeadlineService.Outlook outlook = app.deadlines().outlook(today);
            DashboardFigures f = DashboardFigures.of(outlook.matters(), outlook.pending(), today,
                    outlook.nextCouncilMeeting(), outlook.rules(), "", "");

            assertThat(f.attention()).isNotEmpty().noneMatch(a -> a.reason() == AttentionItem.Reason.OVERDUE);
            AttentionItem first = f.attention().getFirst();
            assertThat(first.matter().kind()).isEqualTo(MatterKind.INTERPELLATION);
            assertThat(first.reason()).isEqualTo(AttentionItem.Reason.DUE_AT_NEXT_MEETING);
            // Written out where people read it, as the papers write a day (it printed "Ska tas upp 2026-12-14"); the
            // answer is ready, and its written answer must reach the asker first (left unsaid before 4 December 2026).
            assertThat(first.detail())
                    .isEqualTo("Skriftligt svar senast fredag 11 december kl. 12.00 · ska tas upp måndag 14 december");
        }
    }
}
