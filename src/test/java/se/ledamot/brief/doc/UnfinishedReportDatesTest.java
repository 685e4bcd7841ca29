package se.ledamot.brief.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.ledamot.brief.Samples;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.PreparationStep;
import se.ledamot.domain.meeting.UnfinishedMotions;

/**
 * The walk of session 13: the 5 kap. 35 § report wrote its preparation steps' days "2026-02-10" while the rest of the
 * paper says "16 februari 2016"; a paper people read writes a day out.
 */
class UnfinishedReportDatesTest {
    @Test
    void thePreparationStepsDaysAreWrittenOut() throws Exception {
        Matter motion = Matter.newMatter(MatterKind.MOTION, "Motion om en integrationsplan")
                .submitted(LocalDate.parse("2025-02-16")).build();
        var steps = List.of(new PreparationStep(LocalDate.parse("2025-03-10"), PreparationStep.Event.REFERRED,
                "KS", null, null, ""));
        var report = new UnfinishedMotions.Report(LocalDate.parse("2026-04-20"), LocalDate.parse("2026-10-01"),
                List.of(new UnfinishedMotions.Entry(motion, LocalDate.parse("2026-02-16"), 14, Optional.empty(), steps,
                        false)));
        byte[] pdf = MatterBriefTest.pdf(UnfinishedReport.of(report, "Stenungsunds kommun", Samples.CREATED));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/papers"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/papers/redovisning-datum.pdf"), pdf);
        String text = MatterBriefTest.text(pdf);
        assertThat(text).contains("10 mars 2025").doesNotContain("2025-03-10");
    }

    /** The walk of session 16: an empty report said "0 motioner" and "nästa redovisning, 30 april 2027". */
    @Test
    void anEmptyReportSaysNoMotionsInWordsAndItsDaysWithDen() throws Exception {
        var report = new UnfinishedMotions.Report(LocalDate.parse("2026-11-30"), LocalDate.parse("2027-04-30"),
                List.of());
        String text = MatterBriefTest.text(MatterBriefTest.pdf(UnfinishedReport.of(report, "Stenungsunds kommun",
                Samples.CREATED))).replaceAll("\\s+", " ");
        assertThat(text).contains("Redovisning per den 30 november 2026 · inga motioner")
                .contains("nästa redovisning, den 30 april 2027").doesNotContain("0 motioner");
    }
}
