package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import se.ledamot.brief.layout.Document;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.domain.minutes.Present;
import se.ledamot.domain.minutes.Signers;
import se.ledamot.domain.minutes.Vote;
import se.ledamot.domain.papers.MeetingPapers;

/** The secretary's papers through the application layer: numbering, minutes, the papers' text, the archive. */
class PaperServiceTest {
    private static final Person JAN = Person.parse("Jan Alexandersson (V)");
    private static final Person ASA = Person.parse("Åsa Öst (S)");
    private static final Person OUTSIDER = Person.parse("Nils Utanför (L)");

    @TempDir
    Path folder;

    private Ledamot app;
    private long october;
    private long november;
    private long motion;

    @BeforeEach
    void open() {
        app = Ledamot.open(folder.resolve("data"), DebateBriefQueriesTest.CLOCK);
        october = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-10-12"))).id();
        november = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16"))).id();
        motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar")
                .submitted(LocalDate.parse("2026-03-01")).authors(List.of(JAN)).status(Status.PREPARED).build()).id();
        app.matters().add(Matter.newMatter(MatterKind.QUESTION, "Fråga om simhallen")
                .submitted(LocalDate.parse("2026-11-02")).authors(List.of(JAN)).status(Status.SUBMITTED).build());
        app.meetings().addMatters(october, List.of(motion));
        app.meetings().addText(october, "Val av justerare");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void paragraphsRunOnFromTheBodysEarlierMeetingInTheYear() {
        MeetingPapers first = app.papers().papers(october);
        // The council's standard items (4 before, 1 after) around the motion; "Val av justerare" takes its place.
        assertThat(first.entries()).hasSize(6);
        assertThat(first.firstParagraph()).isEqualTo(1);
        assertThat(app.papers().papers(november).firstParagraph()).isEqualTo(7);

        app.papers().saveMinutes(Present.of(Signers.of(app.papers().minutes(october)))
                .withApproval(LocalDate.parse("2026-10-15"), null, 40));
        assertThat(app.papers().papers(november).firstParagraph()).as("fixed once approved").isEqualTo(46);
    }

    @Test
    void theQuestionHandedInSinceTheLastMeetingIsAnnouncedAtTheNextOne() {
        // No earlier meeting this year: the motion handed in in March is announced at the first one.
        assertThat(app.papers().papers(october).newSubmissions()).extracting(Matter::title)
                .containsExactly("Motion om cykelvägar");
        assertThat(app.papers().papers(november).newSubmissions()).extracting(Matter::title)
                .containsExactly("Fråga om simhallen");
    }

    @Test
    void aReservationBySomeoneNotDecidingIsRefusedAndNothingIsStored() {
        app.papers().saveMinutes(Minutes.blank(october).withAttendance(new Attendance(List.of(Attendee.member(JAN),
                Attendee.member(ASA)))));
        AgendaItem item = app.meetings().itemFor(october, motion);
        ItemMinutes bad = ItemMinutes.empty(item.id()).withReservation(Reservation.of(OUTSIDER));

        assertThatThrownBy(() -> app.papers().saveItemMinutes(bad)).isInstanceOf(DomainException.class);
        assertThat(app.papers().itemMinutes(item.id()).isEmpty()).isTrue();
    }

    @Test
    void theProtokollPrintsWhoSpokeTheMotionsTheVoteAndTheReservation() throws Exception {
        app.papers().saveMinutes(Minutes.blank(october).withTimes(LocalTime.of(18, 0), LocalTime.of(19, 30))
                .withChair(ASA, "Anna Berg").withAttendance(new Attendance(List.of(Attendee.member(ASA),
                        Attendee.member(JAN)))));
        AgendaItem item = app.meetings().itemFor(october, motion);
        Vote tied = new Vote("kommunstyrelsens förslag", "Jan Alexanderssons (V) yrkande", List.of(), null)
                .cast(ASA, Choice.YES).cast(JAN, Choice.NO);
        assertThatThrownBy(() -> app.papers().saveItemMinutes(ItemMinutes.empty(item.id()).withVote(tied)))
                .as("a tie needs the chair's casting vote").isInstanceOf(DomainException.class);
        Vote vote = tied.withCasting(Choice.YES);
        app.papers().saveItemMinutes(ItemMinutes.empty(item.id()).withMotion(MovedMotion.of(JAN,
                MotionType.APPROVE_MATTER)).withOrder(null, 0).withVote(vote).withReservation(Reservation.of(JAN)));
        // The Debatt screen's list of speakers: the reply and the second speech name nobody twice.
        app.debates().saveSpeakers(item.id(), app.debates().open(item.id()).speakers()
                .add(new Speaker(JAN, SpeechKind.SPEECH, 3, "")).add(new Speaker(ASA, SpeechKind.REPLY, 1, ""))
                .add(new Speaker(JAN, SpeechKind.SPEECH, 2, "")));

        String text = text((app.papers().protokoll(october)));

        assertThat(text).contains("PROTOKOLL", "Jan Alexandersson (V)", "om cykelvägar");
        assertThat(text).containsSubsequence("Yttranden", "I debatten yttrar sig Jan Alexandersson (V) och Åsa Öst "
                + "(S).", "Yrkanden", "Jan Alexandersson (V)", "Omröstning", "Reservation");
        String utdrag = text((app.papers().utdrag(october, 5)));
        assertThat(utdrag).contains("om cykelvägar", "I debatten yttrar sig Jan Alexandersson (V) och Åsa Öst (S).")
                .doesNotContain("Val av justerare");
        assertThatThrownBy(() -> app.papers().utdrag(october, 99)).isInstanceOf(DomainException.class)
                .hasMessageContaining("99");
    }

    @Test
    void theArchiveWritesEachHeldMeetingsPapersWithAManifest() throws Exception {
        Path out = folder.resolve("arkiv");
        List<PaperArchive.Entry> written = app.archive().year(2026, out, PdfWriter.Progress.NONE);

        // The clock's today is 22 November 2026: both meetings are held, so each has its protokoll.
        assertThat(written).extracting(PaperArchive.Entry::file).containsExactly(
                "2026-10-12 KF Kallelse.pdf", "2026-10-12 KF Handlingar.pdf", "2026-10-12 KF Protokoll.pdf",
                "2026-11-16 KF Kallelse.pdf", "2026-11-16 KF Handlingar.pdf", "2026-11-16 KF Protokoll.pdf");
        for (PaperArchive.Entry e : written) {
            assertThat(out.resolve(e.file())).isRegularFile().hasSize(e.bytes());
        }
        List<String> manifest = Files.readAllLines(out.resolve(PaperArchive.MANIFEST), StandardCharsets.UTF_8);
        assertThat(manifest).hasSize(7);
        assertThat(manifest.get(0)).isEqualTo("fil;organ;sammanträde;handling;sidor;byte;sha256");
        assertThat(manifest.get(1)).startsWith("2026-10-12 KF Kallelse.pdf;KF;2026-10-12;Kallelse;")
                .matches(".*;[0-9a-f]{64}$");
        assertThatThrownBy(() -> app.archive().year(1999, out, PdfWriter.Progress.NONE))
                .isInstanceOf(DomainException.class).hasMessageContaining("1999");
    }

    /** A paper's text as a reader takes it out of the PDF: words broken at line ends joined, spaces collapsed. */
    static String text(Document d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(d, out, PdfWriter.Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(doc).replaceAll("\u00AD\\s*", "").replace('\u00A0', ' ')
                    .replaceAll("\\s+", " ");
        }
    }
}
