package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;

/**
 * The secretary's first protokoll with the sample data (round 22): the sample's held meeting with the whole council
 * fetched (Hämta ledamöter och ersättare: 31 ledamöter, 18 ersättare), one ledamot away with an ersättare serving for
 * him and one away with none. Written to target/papers/sample-protokoll.pdf, to be looked at page by page.
 */
class SampleProtokollTest {
    @TempDir
    Path folder;

    @Test
    void theWholeCouncilsNarvarolistaReadsAsAProtokollsDoes() throws Exception {
        String text;
        List<String> pages = new ArrayList<>();
        try (Ledamot app = Ledamot.open(folder, DebateBriefQueriesTest.CLOCK)) {
            assertThat(app.samples().loadIfNew()).hasSize(4);
            Meeting held = app.meetings().list().stream().filter(m -> m.status() == MeetingStatus.HELD)
                    .filter(m -> !app.meetings().agendaOf(m.id()).entries().isEmpty()).findFirst().orElseThrow();
            List<Attendee> present = new ArrayList<>(Attendance.allOf(app.papers().papers(held.id()).bodyPapers()
                    .seats()).attendees());
            present.removeIf(a -> a.person().name().equals("Per Holm") || a.person().name().equals("Tove Ljung"));
            present.replaceAll(a -> a.person().name().equals("Erik Hallberg") ? Attendee.serving(a.person(), "Per Holm")
                    : a);
            app.papers().saveMinutes(app.papers().minutes(held.id()).withAttendance(new Attendance(present)));
            byte[] pdf = write(app.papers().protokoll(held.id()), "sample-protokoll.pdf");
            text = text(pdf);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFTextStripper strip = new PDFTextStripper();
                for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                    strip.setStartPage(i);
                    strip.setEndPage(i);
                    pages.add(strip.getText(doc).strip());
                }
            }
        }
        assertThat(text).as("the sample ordförande signs").containsSubsequence("Beslutande",
                "29 ledamöter och 1 tjänstgörande ersättare", "Ordförande", "Anders Nilsson (S)");
        assertThat(text).as("every ledamot in the council's order, with who served for whom")
                .containsSubsequence("Närvarolista", "Ledamot Tjänstgörande ersättare Anmärkning",
                        "Göran Dahlström (S)", "Anders Nilsson (S) ordförande", "Per Holm (M) Erik Hallberg (M)",
                        "Tove Ljung (MP) frånvarande", "Ersättare, ej tjänstgörande", "Annika Holm (S)");
        assertThat(text).doesNotContain("Frånvarande ledamöter");
        for (String page : pages) {
            List<String> lines = page.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !FOOT.matcher(l).matches()).toList();
            assertThat(lines.getLast()).as("the last line of a page is no heading left from its text")
                    .doesNotMatch(HEADING);
        }
    }

    /**
     * The planned sample meeting's kallelse is signed by the sample ordförande and names the sekreterare; its
     * handlingar print the sample motion's att-satser once. Both kept in target/papers to be looked at.
     */
    @Test
    void theSampleKallelseAndHandlingarNameTheChairAndPrintTheAttSatserOnce() throws Exception {
        try (Ledamot app = Ledamot.open(folder, DebateBriefQueriesTest.CLOCK)) {
            app.samples().loadIfNew();
            Meeting planned = app.meetings().list().stream().filter(m -> m.status() == MeetingStatus.PLANNED)
                    .findFirst().orElseThrow();
            assertThat(text(write(app.papers().kallelse(planned.id()), "sample-kallelse.pdf")))
                    .containsSubsequence("Ordförande", "Anders Nilsson (S)", "Sekreterare", "Karin Wester");
            String handlingar = text(write(app.papers().handlingar(planned.id()), "sample-handlingar.pdf"));
            assertThat(handlingar.split("hög prioritet och hanteras med skyndsamhet", -1)).hasSize(2);
        }
    }

    private static byte[] write(se.ledamot.brief.layout.Document paper, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(paper, out, PdfWriter.Progress.NONE);
        Files.createDirectories(Path.of("target/papers"));
        Files.write(Path.of("target/papers", name), out.toByteArray());
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\u00AD\\s*", "").replace('\u00a0', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    /** The running foot: page number and the boxes for the justerare's initials and the extract's certification. */
    private static final java.util.regex.Pattern FOOT = java.util.regex.Pattern.compile(
            "Sida \\d+ \\(\\d+\\)|Justerandes signatur.*|Utdragsbestyrkande.*|Protokoll · .*");
    private static final String HEADING = "Närvarolista|Ledamot Tjänstgörande ersättare Anmärkning|"
            + "Ersättare, ej tjänstgörande|Övriga närvarande|§ \\d+ .*|Kommunfullmäktiges beslut";
}
