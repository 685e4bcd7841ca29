package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The councillor's walk: an interpellation answered at a council meeting not in the calendar yet. The editor said
 * "Besvaras vid sammanträdet: inte inplanerat ännu"; the JSON gave a null deadline and nothing else, and the briefs
 * said nothing. KF meets 2026-12-14 only: one interpellation is asked there (answered at the next, not planned),
 * one is handed in after it (not asked yet).
 */
class UnplannedAnswerCliTest extends CommandLineTest {
    @TempDir
    Path papers;
    private String meeting;
    private String asked;
    private String notAsked;
    private String motion;

    private String id(String... args) {
        assertThat(run(args)).as(err).isZero();
        return out.strip();
    }

    @BeforeEach
    void calendarWithOneMeeting() {
        meeting = id("meeting", "add", "--body", "KF", "--date", "2026-12-14");
        asked = id("add", "--kind", "interpellation", "--title", "Interpellation om skolan", "--submitted",
                "2026-11-20");
        notAsked = id("add", "--kind", "interpellation", "--title", "Interpellation om bussen", "--submitted",
                "2026-12-15");
        motion = id("add", "--kind", "motion", "--title", "Motion om cykelvägar", "--submitted", "2026-11-20");
    }

    private JsonNode listed(String id) throws Exception {
        assertThat(run("list", "--json")).as(err).isZero();
        for (JsonNode m : json.readTree(out)) {
            if (m.get("id").asText().equals(id)) {
                return m;
            }
        }
        throw new AssertionError("not listed: " + id);
    }

    @Test
    void theJsonSaysTheAnswerMeetingIsNotPlannedBesideANullDeadline() throws Exception {
        JsonNode m = listed(asked);
        assertThat(m.get("deadline").isNull()).isTrue();
        assertThat(m.get("deadline_type").isNull()).isTrue();
        assertThat(m.get("deadline_rule").isNull()).isTrue();
        JsonNode u = m.get("deadline_unplanned");
        assertThat(u.get("type").asText()).isEqualTo("answer_at_meeting");
        assertThat(u.get("asked").asText()).isEqualTo("2026-12-14");
        assertThat(u.get("rule").asText()).startsWith("Ställd 2026-12-14 (KF)").contains("inte inplanerat ännu");

        JsonNode later = listed(notAsked).get("deadline_unplanned");
        assertThat(later.get("asked").isNull()).isTrue();
        assertThat(later.get("rule").asText()).startsWith("Inlämnad 2026-12-15").contains("inplanerat ännu");

        JsonNode dated = listed(motion);
        assertThat(dated.get("deadline").asText()).isEqualTo("2027-11-22");
        assertThat(dated.has("deadline_unplanned")).isTrue();
        assertThat(dated.get("deadline_unplanned").isNull()).isTrue();

        assertThat(run("show", asked, "--json")).as(err).isZero();
        assertThat(json.readTree(out).get("deadline_unplanned").get("type").asText()).isEqualTo("answer_at_meeting");
        assertThat(run("show", asked)).as(err).isZero();
        assertThat(out).contains("Besvaras vid sammanträdet: inte inplanerat ännu");
    }

    @Test
    void theMatterBriefAndTheDebateBriefSayTheAnswerMeetingIsNotPlanned() throws Exception {
        Path matterPdf = papers.resolve("arende.pdf");
        assertThat(run("brief", "--matter", asked, "-o", matterPdf.toString())).as(err).isZero();
        assertThat(text(matterPdf)).contains("Besvaras vid sammanträdet: inte inplanerat ännu");
        id("agenda", "add", meeting, asked);
        Path debatePdf = papers.resolve("debatt.pdf");
        assertThat(run("brief", "--meeting", meeting, "--group", "V", "-o", debatePdf.toString())).as(err).isZero();
        assertThat(text(debatePdf)).contains("Besvaras vid sammanträdet: inte inplanerat ännu");
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
