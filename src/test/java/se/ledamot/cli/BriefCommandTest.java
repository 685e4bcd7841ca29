package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.service.Ledamot;
import se.ledamot.service.MatterService;
import se.ledamot.service.MeetingService;

class BriefCommandTest extends CommandLineTest {
    @TempDir
    Path folder;

    private long[] seed() {
        try (Ledamot app = Ledamot.open(data)) {
            MatterService matters = app.matters();
            Matter motion = matters.add(Matter.newMatter(MatterKind.MOTION, "Motion om en integrationsplan")
                    .submitted(LocalDate.of(2015, 2, 16)).authors(List.of(new Person("Łukasz Şahin", "V")))
                    .proposals(List.of("en integrationsplan tas fram")).status(Status.SUBMITTED).build());
            Matter interpellation = matters.add(Matter.newMatter(MatterKind.INTERPELLATION, "Integrationsenhet")
                    .addressee(new Addressee("Nguyễn Đorđević", "S", "ordförande"))
                    .questions(List.of("När kommer den att vara klar?")).answer("Den är klar i vår.").build());
            MeetingService meetings = app.meetings();
            Meeting meeting = meetings.add(Meeting.planned("KF", LocalDate.of(2026, 12, 14)).withPlace("Kommunhuset"));
            var items = meetings.addMatters(meeting.id(), List.of(motion.id(), interpellation.id()));
            app.positions().save("V", new Position(items.getFirst().id(), "V", Stance.SUPPORT, "Åsa Öst (V)",
                    "Bra förslag.", "", true));
            return new long[] {motion.id(), interpellation.id(), meeting.id()};
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // A word broken by hyphenation ends its line with a soft hyphen: joined again, as a reader reads it.
            return new PDFTextStripper().getText(doc).replaceAll("\u00AD\\s*", "").replaceAll("\\s+", " ");
        }
    }

    @Test
    void debateBriefForAGroupIsWrittenWithItsPositions() throws Exception {
        long[] ids = seed();
        Path pdf = folder.resolve("underlag.pdf");
        assertThat(run("brief", "--meeting", String.valueOf(ids[2]), "--group", "v", "-o", pdf.toString()))
                .as(err).isZero();
        assertThat(out).contains(pdf.toString());
        assertThat(text(pdf)).containsSubsequence("Kommunfullmäktige", "Partigrupp: V", "Föredragningslista",
                "Punkt 5 Motion om en integrationsplan", "Punkt 6 Integrationsenhet", "Punkt 5", "Łukasz Şahin (V)",
                "Bifall till motionen", "Åsa Öst (V)", "På föredragningslistan: KF 14 december 2026", "Punkt 6 · Interpellation",
                "Nguyễn Đorđević (S)", "Den är klar i vår.");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(pdf);
        }
    }

    @Test
    void matterBriefAndAnswerAreWritten() throws Exception {
        long[] ids = seed();
        Path matter = folder.resolve("motion.pdf");
        Path answer = folder.resolve("svar.pdf");
        assertThat(run("brief", "--matter", String.valueOf(ids[0]), "-o", matter.toString())).as(err).isZero();
        assertThat(run("brief", "--answer", String.valueOf(ids[1]), "-o", answer.toString())).as(err).isZero();
        assertThat(text(matter)).contains("Motion om en integrationsplan", "att en integrationsplan tas fram");
        assertThat(text(answer)).contains("Svar på interpellation: Integrationsenhet", "Den är klar i vår.",
                "Beräknad taltid");
    }

    @Test
    void unknownMeetingOrMatterIsRefusedInSwedishAndNothingIsWritten() throws Exception {
        seed();
        Path pdf = folder.resolve("x.pdf");
        assertThat(run("brief", "--meeting", "999", "-o", pdf.toString())).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Det finns inget sammanträde med nummer 999");
        assertThat(run("brief", "--matter", "998", "-o", pdf.toString())).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Det finns inget ärende med nummer 998");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void answerForAMotionIsRefused() {
        long[] ids = seed();
        assertThat(run("brief", "--answer", String.valueOf(ids[0]), "-o", folder.resolve("s.pdf").toString()))
                .isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Svar kan bara göras för interpellationer och frågor");
    }

    @Test
    void unwritablePathIsRefusedAndAnExistingFileIsKept() throws Exception {
        long[] ids = seed();
        assertThat(run("brief", "--matter", String.valueOf(ids[0]), "-o",
                folder.resolve("saknas/mapp/x.pdf").toString())).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Det går inte att skriva underlaget till");
        Path locked = Files.createDirectory(folder.resolve("låst"));
        Path existing = Files.writeString(locked.resolve("gammal.pdf"), "gammal");
        locked.toFile().setWritable(false);
        try {
            int code = run("brief", "--matter", String.valueOf(ids[0]), "-o", existing.toString());
            if (!locked.toFile().canWrite()) {
                assertThat(code).isEqualTo(Cli.REFUSED);
                assertThat(Files.readString(existing)).isEqualTo("gammal");
            }
        } finally {
            locked.toFile().setWritable(true);
        }
        try (Stream<Path> left = Files.list(locked)) {
            assertThat(left.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void groupWithoutMeetingIsAUsageError() {
        long[] ids = seed();
        assertThat(run("brief", "--matter", String.valueOf(ids[0]), "--group", "V", "-o",
                folder.resolve("x.pdf").toString())).isEqualTo(Cli.USAGE);
        assertThat(err).contains("--group gäller bara debattunderlag");
    }

    @Test
    void unfinishedMotionsReportListsMotionsOlderThanAYear() throws Exception {
        seed();
        Path pdf = folder.resolve("motioner.pdf");
        assertThat(run("brief", "--unfinished", "--date", "2016-04-20", "--council", "Stenungsunds kommun", "-o",
                pdf.toString())).as(err).isZero();
        assertThat(text(pdf)).containsSubsequence("Stenungsunds kommun", "Motioner som inte har beretts färdigt",
                "Redovisning per den 20 april 2016 · en motion", "5 kap. 35 §", "Motion om en integrationsplan",
                "Łukasz Şahin (V)", "Ettårsgränsen", "16 februari 2016", "Ålder", "14 månader");
    }

    /** Walk (walkcllr): the 5 kap. 35 § report goes to the council, a public paper, yet read "Arbetsmaterial". */
    @Test
    void theUnfinishedReportIsAPublicPaperWithoutTheWorkingMaterialMark() throws Exception {
        seed();
        Path pdf = folder.resolve("redovisning.pdf");
        assertThat(run("brief", "--unfinished", "--date", "2016-04-20", "--council", "Stenungsunds kommun", "-o",
                pdf.toString())).as(err).isZero();
        assertThat(text(pdf)).contains("Motion om en integrationsplan").doesNotContainIgnoringCase("arbetsmaterial");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentInformation().getKeywords()).doesNotContainIgnoringCase("arbetsmaterial")
                    .contains("allmän handling");
        }
    }

    @Test
    void theReportListsWhatRunsOutBeforeTheNextReportAndCountsCitizenProposalsApart() throws Exception {
        seed();
        // Its year ends 2016-06-01, before the October report: it must be reported in April (5 kap. 35 §).
        run("add", "--kind", "motion", "--title", "Motion om cykelvägar", "--submitted", "2015-06-01");
        run("add", "--kind", "citizen_proposal", "--title", "Medborgarförslag om en hundrastgård", "--submitted",
                "2015-09-01");
        run("add", "--kind", "motion", "--title", "Motion om parker", "--submitted", "2015-11-02");
        Path pdf = folder.resolve("rapport.pdf");
        assertThat(run("brief", "--unfinished", "--date", "2016-04-20", "-o", pdf.toString())).as(err).isZero();
        assertThat(text(pdf)).contains("Redovisning per den 20 april 2016 · två motioner och ett medborgarförslag")
                .contains("Motion om cykelvägar").contains("Medborgarförslag om en hundrastgård")
                .doesNotContain("Motion om parker");
    }
}
