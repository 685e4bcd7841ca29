package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.service.Ledamot;
import se.ledamot.service.PaperArchive;

/** The secretary's papers from the command line: kallelse, protokoll, utdrag and the archive of a meeting or year. */
class PapersCommandTest extends CommandLineTest {
    private static final Person JAN = Person.parse("Jan Alexandersson (V)");

    @TempDir
    Path folder;

    /** A council meeting held in 2025 with a motion on it, its minutes recording a reservation. */
    private long seed() {
        try (Ledamot app = Ledamot.open(data)) {
            Matter motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar")
                    .submitted(LocalDate.of(2025, 2, 16)).authors(List.of(JAN)).status(Status.PREPARED).build());
            Meeting meeting = app.meetings().add(new Meeting(null, "KF", LocalDate.of(2025, 6, 16), LocalTime.of(18, 0),
                    "Kommunhuset", MeetingStatus.PLANNED));
            var item = app.meetings().addMatters(meeting.id(), List.of(motion.id())).getFirst();
            app.papers().saveMinutes(Minutes.blank(meeting.id()).withAttendance(new Attendance(List.of(
                    Attendee.member(JAN)))));
            app.papers().saveItemMinutes(ItemMinutes.empty(item.id()).withReservation(Reservation.of(JAN)));
            return meeting.id();
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\u00AD\\s*", "").replaceAll("\\s+", " ");
        }
    }

    /** Walk (secretary): the help shows "--utdrag=ID [--utdrag=ID]...", and the option given twice was refused. */
    @Test
    void theUtdragTakesTheMeetingAndTheItemInOneOptionOrRepeatedAsTheHelpShows() throws Exception {
        String id = String.valueOf(seed());
        Path utdrag = folder.resolve("utdrag.pdf");
        assertThat(run("brief", "--utdrag", id, "--utdrag", "5", "-o", utdrag.toString())).as(err).isZero();
        assertThat(text(utdrag)).contains("om cykelvägar");
        Files.delete(utdrag);
        assertThat(run("brief", "--utdrag", id, "5", "-o", utdrag.toString())).as(err).isZero();
        assertThat(text(utdrag)).contains("om cykelvägar");
        Files.delete(utdrag);

        for (List<String> wrong : List.of(List.of("--utdrag", id), List.of("--utdrag", id, "5", "--utdrag", "6"))) {
            List<String> args = new java.util.ArrayList<>(List.of("brief", "-o", utdrag.toString()));
            args.addAll(wrong);
            assertThat(run(args.toArray(String[]::new))).as(String.join(" ", wrong)).isEqualTo(Cli.USAGE);
            assertThat(err).contains("--utdrag tar två tal: sammanträdets id och punktens nummer");
        }
        assertThat(utdrag).doesNotExist();
    }

    /** Walk (secretary): with Kommunens namn empty the papers lacked it in their heading, and nothing said so. */
    @Test
    void thePapersSayWhenTheCouncilsNameIsMissingButAreWritten() throws Exception {
        String id = String.valueOf(seed());
        String notice = "Kommunens namn är inte ifyllt";
        List<List<String>> papers = List.of(List.of("brief", "--kallelse", id, "-o", "k.pdf"),
                List.of("brief", "--handlingar", id, "-o", "h.pdf"), List.of("brief", "--protokoll", id, "-o", "p.pdf"),
                List.of("brief", "--utdrag", id, "5", "-o", "u.pdf"), List.of("archive", "--meeting", id, "-o", "a"));
        for (List<String> words : papers) {
            List<String> args = new java.util.ArrayList<>(words);
            args.set(args.size() - 1, folder.resolve(words.getLast()).toString());
            assertThat(run(args.toArray(String[]::new))).as(err).isZero();
            assertThat(err).as(String.join(" ", words)).contains(notice + " (Inställningar eller ledamot papers "
                    + "--council NAMN) – det står inte på handlingen.");
        }
        assertThat(run("papers", "--council", "Stenungsunds kommun")).as(err).isZero();
        assertThat(run("brief", "--kallelse", id, "-o", folder.resolve("k2.pdf").toString())).as(err).isZero();
        assertThat(err).doesNotContain(notice);
    }

    @Test
    void kallelseProtokollAndUtdragAreWritten() throws Exception {
        String id = String.valueOf(seed());
        Path kallelse = folder.resolve("kallelse.pdf");
        Path protokoll = folder.resolve("protokoll.pdf");
        Path utdrag = folder.resolve("utdrag.pdf");

        assertThat(run("brief", "--kallelse", id, "-o", kallelse.toString())).as(err).isZero();
        assertThat(run("brief", "--protokoll", id, "-o", protokoll.toString())).as(err).isZero();
        assertThat(run("brief", "--utdrag", id, "5", "-o", utdrag.toString())).as(err).isZero();

        assertThat(text(kallelse)).containsSubsequence("KALLELSE", "måndagen den 16 juni 2025 kl. 18.00", "Kommunhuset",
                "Föredragningslista", "Upprop", "om cykelvägar");
        assertThat(text(protokoll)).containsSubsequence("PROTOKOLL", "om cykelvägar", "Reservation",
                "Jan Alexandersson (V)");
        assertThat(text(utdrag)).contains("om cykelvägar");
    }

    @Test
    void anItemNotOnTheListIsRefusedInSwedish() {
        String id = String.valueOf(seed());
        assertThat(run("brief", "--utdrag", id, "42", "-o", folder.resolve("u.pdf").toString()))
                .isEqualTo(Cli.REFUSED);
        assertThat(err).contains("ingen punkt nummer 42");
        assertThat(folder.resolve("u.pdf")).doesNotExist();
    }

    @Test
    void theYearsPapersGoToTheArchiveFolderWithAManifest() throws Exception {
        seed();
        Path archive = folder.resolve("arkiv");
        assertThat(run("archive", "--year", "2025", "-o", archive.toString())).as(err).isZero();
        assertThat(archive.resolve("2025-06-16 KF Kallelse.pdf")).isRegularFile();
        assertThat(archive.resolve("2025-06-16 KF Handlingar.pdf")).isRegularFile();
        assertThat(archive.resolve("2025-06-16 KF Protokoll.pdf")).isRegularFile();
        assertThat(Files.readAllLines(archive.resolve(PaperArchive.MANIFEST))).hasSize(4);
        assertThat(out).contains("2025-06-16 KF Protokoll.pdf", "manifest.csv");

        assertThat(run("archive", "--year", "1999", "-o", archive.toString())).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("inga sammanträden år 1999");
    }

    @Test
    void theArchiveHelpSaysAPlannedMeetingHasNoProtokoll() {
        // A planned meeting has a kallelse and handlingar but no protokoll yet: the help must not promise one.
        assertThat(run("archive", "--help")).isZero();
        assertThat(out.replaceAll("\\s+", " ")).contains("kallelse och handlingar för ett sammanträde eller ett helt år, "
                + "och protokollet för ett sammanträde som har hållits,");
    }

    /** The vice chairs, who preside when the ordförande is away (5 kap. 11 §), are set and listed beside the chair. */
    @Test
    void theViceChairsAreSetAndListedBesideTheChair() {
        assertThat(run("papers", "--body", "KF", "--chair", "Kerstin Lindqvist (S)", "--first-vice", "Per Holm (M)"))
                .as(err).isZero();
        assertThat(out).contains("KF: ordförande Kerstin Lindqvist (S) (1:e vice ordförande Per Holm (M), "
                + "2:e vice ordförande –), sekreterare");
        assertThat(run("papers", "--body", "KF", "--second-vice", "Jenny Alm (C)")).as(err).isZero();
        assertThat(out).contains("(1:e vice ordförande Per Holm (M), 2:e vice ordförande Jenny Alm (C))");
    }

    @Test
    void theSettingsAreSetPerBodyAndPrintedOnTheKallelse() throws Exception {
        String id = String.valueOf(seed());
        assertThat(run("papers", "--council", "Stenungsunds kommun", "--body", "KF", "--chair",
                "Kerstin Lindqvist (S)", "--secretary", "Anna Berg", "--webcast", "stenungsund.se/webbtv",
                "--member", "Jan Alexandersson (V)", "--member", "Åsa Öst (S)", "--substitute", "Per Holm (S)"))
                .as(err).isZero();
        assertThat(out).contains("Kommun: Stenungsunds kommun", "KF: ordförande Kerstin Lindqvist (S), "
                + "sekreterare Anna Berg, öppet för allmänheten, webbsändning stenungsund.se/webbtv, 2 justerare, "
                + "2 ledamöter och 1 ersättare");
        Path kallelse = folder.resolve("kallelse.pdf");
        assertThat(run("brief", "--kallelse", id, "-o", kallelse.toString())).as(err).isZero();
        assertThat(text(kallelse)).containsSubsequence("Stenungsunds kommun", "KALLELSE", "Kerstin Lindqvist (S)",
                "Anna Berg", "stenungsund.se/webbtv");

        assertThat(run("papers", "--chair", "Åsa Öst (S)")).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("--body");
        assertThat(run("papers", "--body", "XYZ", "--secretary", "Anna")).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("XYZ");
    }
}
