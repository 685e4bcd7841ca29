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
 * The secretary's walk (session 11): she names the council under Protokoll's settings ("Kommunens namn") and writes
 * the kallelse, which carries the name; the debate brief of the same meeting, made next, had no council on its cover
 * (it read only the name under Inställningar, left empty).
 */
class CouncilNameOnTheBriefTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path folder;

    @Test
    void theDebateBriefNamesTheCouncilTheKallelseNames() throws Exception {
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            long meeting = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))
                    .withPlace("Kommunhuset")).id();
            app.papers().saveSettings(app.papers().settings().withCouncil("Sävsjö kommun", null));
            assertThat(app.settings().councilName()).isEmpty();

            assertThat(PaperServiceTest.text(app.papers().kallelse(meeting))).contains("Sävsjö kommun");
            assertThat(PaperServiceTest.text(app.briefs().debate(meeting, "V", null))).contains("Sävsjö kommun");
        }
    }
}
