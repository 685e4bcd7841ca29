package se.ledamot.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.l10n.Localization;
import se.ledamot.service.DeadlineService;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.dashboard.AttentionItem.Reason;

/**
 * The tester's Friday, 4 December 2026, on the samples: "Att göra i veckan: 1" over the interpellation "Ska tas upp
 * måndag 21 december", 17 days off, while its written answer, due fredag 18 december kl. 12.00, was not said. The
 * list is what is to be done by the next meeting and in the next 7 days, and says so; the nearer moment is shown.
 */
class DashboardWeekOnAFridayTest {
    private static final Clock FRIDAY = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"),
            ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path folder;

    @Test
    void theInterpellationSaysItsWrittenAnswerBeforeTheMeetingItIsTakenUpAt() {
        LocalDate today = LocalDate.now(FRIDAY);
        try (Ledamot app = Ledamot.open(folder, FRIDAY)) {
            app.samples().load();
            DeadlineService.Outlook outlook = app.deadlines().outlook(today);
            DashboardFigures f = DashboardFigures.of(outlook.matters(), outlook.pending(), today,
                    outlook.nextCouncilMeeting(), outlook.rules(), "", "");

            assertThat(f.attention()).extracting(a -> a.matter().title(), AttentionItem::reason, AttentionItem::detail)
                    .containsExactly(tuple("Integrationsenhet", Reason.DUE_AT_NEXT_MEETING,
                            "Skriftligt svar senast fredag 18 december kl. 12.00 · ska tas upp måndag 21 december"));
        }
    }

    @Test
    void theLabelsSayTheNextMeetingAndSevenDaysNotTheWeek() {
        assertThat(Localization.get("dashboard.week"))
                .isEqualTo("Att göra till nästa sammanträde och de närmaste 7 dagarna");
        assertThat(Localization.get("dashboard.summary", 0, 1, "21 december 2026"))
                .isEqualTo("Försenat: 0 · Att göra: 1 · Nästa sammanträde: 21 december 2026");
        assertThat(Localization.get("dashboard.reason.due_this_week")).isEqualTo("Inom 7 dagar");
    }
}
