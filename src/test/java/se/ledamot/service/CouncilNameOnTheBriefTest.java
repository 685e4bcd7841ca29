package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.meeting.Meeting;

/**
 * The council's name is kept in one place, Inställningar (session 12). Before, the papers read a second name typed
 * under Protokoll's settings: a council named under Inställningar got a debate brief with its name and a kallelse and
 * protokoll without it (and the secretary's walk of session 11 found the reverse).
 */
class CouncilNameOnTheBriefTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path folder;

    @Test
    void everyPaperAndTheDebateBriefNameTheCouncilNamedUnderInstallningar() throws Exception {
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            long meeting = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))
                    .withPlace("Kommunhuset")).id();
            app.settings().save(app.settings().rules().withCouncilName("Sävsjö kommun"));

            assertThat(PaperServiceTest.text(app.papers().kallelse(meeting))).contains("Sävsjö kommun");
            assertThat(PaperServiceTest.text(app.papers().protokoll(meeting))).contains("Sävsjö kommun");
            assertThat(PaperServiceTest.text(app.briefs().debate(meeting, "V", null))).contains("Sävsjö kommun");
        }
    }
}
