package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, "What is wrong today", one test per item, as a councillor meets it on the command line. Each of these
 * failed before the rules were fixed.
 */
class CouncilRulesCliTest extends CommandLineTest {
    @TempDir
    Path folder;

    private String id(String... args) {
        assertThat(run(args)).as(err).isZero();
        return out.strip();
    }

    @Test
    void anInterpellationIsNotLateTheDayAfterTheMeetingWhereItWasAsked() {
        id("meeting", "add", "--body", "KF", "--date", "2026-11-16");
        id("meeting", "add", "--body", "KF", "--date", "2026-12-14");
        id("add", "--kind", "interpellation", "--title", "Interpellation om skolan", "--submitted", "2026-10-30");
        assertThat(run("overdue", "--today", "2026-11-17")).isZero();
        assertThat(out).contains("Inga ärenden har passerat en tidsgräns.");
    }

    @Test
    void theReportListsMotionsWhoseYearEndsBeforeTheNextReport() throws Exception {
        id("add", "--kind", "motion", "--title", "Motion om cykelvägar", "--submitted", "2025-04-20");
        id("add", "--kind", "motion", "--title", "Motion om parker", "--submitted", "2025-05-10");
        Path pdf = folder.resolve("rapport.pdf");
        assertThat(run("brief", "--unfinished", "--date", "2026-04-20", "-o", pdf.toString())).as(err).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Redovisning per den 20 april 2026 · två motioner").contains("Motion om parker");
        }
    }

    @Test
    void aDeadlineOnEasterMondayMovesToTheTuesday() {
        String april = id("meeting", "add", "--body", "KF", "--date", "2027-04-12");
        id("meeting", "add", "--body", "KF", "--date", "2027-05-10");
        String interpellation = id("add", "--kind", "interpellation", "--title", "Interpellation om skolan",
                "--submitted", "2027-03-30");
        id("agenda", "add", april, interpellation);
        assertThat(run("agenda", april)).isZero();
        assertThat(out).contains("interpellationer den 30 mars 2027 kl. 08.00").doesNotContain("SEN");
    }

    @Test
    void aGroupCannotRejectAnInterpellation() {
        String meeting = id("meeting", "add", "--body", "KF", "--date", "2026-12-14");
        String interpellation = id("add", "--kind", "interpellation", "--title", "Interpellation om skolan",
                "--submitted", "2026-11-20");
        id("agenda", "add", meeting, interpellation);
        assertThat(run("position", meeting, interpellation, "--group", "V", "--stance", "reject"))
                .isEqualTo(Cli.REFUSED);
        assertThat(err).contains("leder inte till något beslut");
    }

    @Test
    void aCitizenProposalHasItsOwnDeadlineLabel() {
        id("add", "--kind", "citizen_proposal", "--title", "Medborgarförslag om en hundrastgård", "--submitted",
                "2025-12-01");
        assertThat(run("overdue", "--today", "2026-12-16")).isZero();
        assertThat(out).contains("Ettårsgränsen för medborgarförslag").doesNotContain("motioner");
        assertThat(run("list")).isZero();
        assertThat(out).contains("Inlämnat");
    }

    @Test
    void aReceivedReferralIsInkommen() {
        id("add", "--kind", "referral", "--title", "Remiss om integrationsrapporten", "--submitted", "2026-11-10");
        assertThat(run("list")).isZero();
        assertThat(out).contains("Inkommen").doesNotContain("Mottagen");
    }

    @Test
    void aStanceSaysWhatItIsAbout() {
        String meeting = id("meeting", "add", "--body", "KF", "--date", "2026-12-14");
        String motion = id("add", "--kind", "motion", "--title", "Motion om cykelvägar", "--submitted", "2026-10-01");
        id("agenda", "add", meeting, motion);
        id("position", meeting, motion, "--group", "V", "--stance", "support");
        assertThat(run("agenda", meeting, "--group", "V")).isZero();
        assertThat(out).contains("Gruppen V: Bifall till motionen");
    }
    @Test
    void showAndOverdueGiveEachDeadlineWithTheRuleItCameFrom() throws Exception {
        id("meeting", "add", "--body", "KF", "--date", "2026-11-16");
        id("meeting", "add", "--body", "KF", "--date", "2026-12-14");
        String interpellation = id("add", "--kind", "interpellation", "--title", "Interpellation om skolan",
                "--submitted", "2026-10-30");
        id("add", "--kind", "motion", "--title", "Motion om cykelvägar", "--submitted", "2024-12-31");

        assertThat(run("show", interpellation, "--json")).as(err).isZero();
        var shown = json.readTree(out);
        // Asked 16 November, answered 14 December; the written answer by KF's stored rule, the working day before.
        assertThat(shown.get("deadline").asText()).isEqualTo("2026-12-11");
        assertThat(shown.get("deadline_rule").asText()).startsWith(
                "Ställd 2026-11-16 (KF), besvaras senast vid nästa sammanträde 2026-12-14 enligt arbetsordningen")
                .contains("skriftligt svar senast 2026-12-11");

        assertThat(run("overdue", "--today", "2026-12-16", "--json")).as(err).isZero();
        var late = json.readTree(out);
        // The interpellation twice (its written answer and its answer at the meeting), and the motion.
        assertThat(late).extracting(e -> e.get("deadline").asText() + " " + e.get("deadline_type").asText())
                .containsExactlyInAnyOrder("2026-12-11 written_answer", "2026-12-14 answer_at_meeting",
                        "2026-01-02 motion_one_year");
        for (var entry : late) {
            assertThat(entry.get("deadline_rule").asText()).isNotBlank();
        }
        var motion = late.get(0).get("matter").get("kind").asText().equals("motion") ? late.get(0)
                : late.get(2);
        // 2025-12-31 is New Year's Eve: the statutory year runs out the next weekday (Lag 1930:173).
        assertThat(motion.get("deadline").asText()).isEqualTo("2026-01-02");
        assertThat(motion.get("deadline_rule").asText()).contains("5 kap. 35 § kommunallagen")
                .contains("lag 1930:173");
    }
}
