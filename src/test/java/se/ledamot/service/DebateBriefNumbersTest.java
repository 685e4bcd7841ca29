package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.brief.BriefPdf;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;

/**
 * The secretary's walk (session 9): she sends the kallelse and prints the debate briefs for the same meeting. The
 * kallelse numbers the föredragningslista with the standard items first (1 Upprop, 2 Val av justerare …, 5 the
 * motion); the debate brief numbered by the place on the stored agenda and called it "§ 1", so the two papers in a
 * councillor's hands named the motion differently, and "§" is the protokoll's running paragraph besides.
 */
class DebateBriefNumbersTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path folder;

    private static String text(se.ledamot.brief.layout.Document document) throws Exception {
        byte[] pdf = BriefPdf.write(document, PdfWriter.Progress.NONE).bytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\u00AD\\s*", "").replace('\u00A0', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    /** KF 2026-12-14 with one motion on its agenda, the fifth item of the kallelse's list. */
    private static long meetingWithAMotion(Ledamot app) {
        long motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om fler bänkar längs Ågatan")
                .submitted(LocalDate.parse("2026-10-01")).status(Status.SUBMITTED)
                .authors(List.of(new Person("Karin Berg", "S"))).build()).id();
        long meeting = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))
                .withPlace("Kommunhuset")).id();
        app.meetings().addMatters(meeting, List.of(motion));
        return meeting;
    }

    @Test
    void theDebateBriefNumbersTheItemsAsTheKallelseDoes() throws Exception {
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            long meeting = meetingWithAMotion(app);

            String kallelse = text(app.papers().kallelse(meeting));
            assertThat(kallelse).contains("5 Motion från Karin Berg (S) om fler bänkar längs Ågatan");

            String brief = text(app.briefs().debate(meeting, null, null));
            assertThat(brief).contains("Punkt 5 Motion om fler bänkar längs Ågatan")
                    .doesNotContain("§ 1 Motion om fler bänkar");
        }
    }

    /**
     * The walk after the fix above: the brief's timeline still said "På föredragningslistan: KF 2026-12-14 § 1" under
     * "Punkt 5" — the place on the stored agenda with the protokoll's sign. The history names the meeting only.
     */
    @Test
    void theTimelineNamesTheMeetingWithoutASecondNumber() throws Exception {
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            long meeting = meetingWithAMotion(app);

            String brief = text(app.briefs().debate(meeting, null, null));
            assertThat(brief).contains("Punkt 5", "På föredragningslistan: KF 14 december 2026")
                    .doesNotContain("KF 2026-12-14 §");
        }
    }

    /**
     * The walk: the brief's cover said "4 punkter på föredragningslistan" beside a kallelse listing 8 (Upprop, Val av
     * justerare … counted). The cover says how many of the kallelse's items the brief takes up.
     */
    @Test
    void theCoverCountsTheItemsAgainstTheKallelsesList() throws Exception {
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            long meeting = meetingWithAMotion(app);

            // The kallelse lists Upprop … Godkännande (1–4), the motion (5) and one closing item (6).
            assertThat(text(app.papers().kallelse(meeting))).contains("5 Motion från Karin Berg", "6 Meddelanden")
                    .doesNotContainPattern("Meddelanden 7 [A-ZÅÄÖ]");
            assertThat(text(app.briefs().debate(meeting, null, null)))
                    .contains("1 av de 6 punkterna på föredragningslistan")
                    .doesNotContain("1 punkt på föredragningslistan");
        }
    }
}
