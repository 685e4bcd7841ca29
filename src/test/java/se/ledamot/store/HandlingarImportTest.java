package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Attachment;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.importer.ImportItem;
import se.ledamot.importer.ImportProgress;
import se.ledamot.importer.Importer;
import se.ledamot.importer.draft.HandlingarPart.How;
import se.ledamot.importer.read.CombinedPdfs;

/**
 * A combined PDF of a meeting's papers matched to the agenda of its kallelse (issue 17.2): each part is kept with the
 * matter of its item — found by Dnr, by item number, or (to be checked) by title — instead of becoming a matter of
 * its own, fills what the kallelse left empty, and importing it again changes nothing.
 */
class HandlingarImportTest {
    @TempDir
    Path folder;
    @TempDir
    Path files;

    private OpenDatabase db;
    private ImportStore store;
    private final Importer importer = new Importer();

    @BeforeEach
    void open() {
        db = TestDatabases.open(Engine.H2, folder.resolve("data"));
        store = new ImportStore(db.dsl(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<ImportItem> preview(Path file) {
        return store.markDuplicates(importer.prepare(List.of(file), ImportProgress.NONE, () -> false));
    }

    private List<ImportItem> importAll(Path file) {
        return store.store(preview(file), ImportProgress.NONE, () -> false);
    }

    private List<Matter> matters() {
        return new MatterStore(db.dsl(), Clock.systemUTC()).list();
    }

    private Matter matter(String dnr) {
        return matters().stream().filter(m -> dnr.equals(m.number())).findFirst().orElseThrow();
    }

    private List<Attachment> attachments(Matter m) {
        return new AttachmentStore(db.dsl(), Clock.systemUTC()).of(m.id());
    }

    private int attachmentCount() {
        return matters().stream().mapToInt(m -> attachments(m).size()).sum();
    }

    @Test
    void threePartsAreKeptWithTheKallelsesMattersByDnrAndAgainChangeNothing() throws Exception {
        importAll(Files.writeString(files.resolve("kallelse.txt"), CombinedPdfs.KALLELSE));
        assertThat(matters()).hasSize(3);
        Path papers = Files.write(files.resolve("handlingar.pdf"), CombinedPdfs.of(CombinedPdfs.BY_DNR));

        List<ImportItem> preview = preview(papers);
        assertThat(preview).hasSize(3).allSatisfy(i -> {
            assertThat(i.isMatchedPart()).isTrue();
            assertThat(i.part().target().how()).isEqualTo(How.BY_NUMBER);
        });
        assertThat(preview.get(1).part().target().matterId()).isEqualTo(matter("KS 2027/12").id());
        assertThat(preview.get(1).part().target().agendaNumber()).isEqualTo(4);

        List<ImportItem> done = store.store(preview, ImportProgress.NONE, () -> false);
        assertThat(done).allSatisfy(i -> assertThat(i.isStored()).isTrue());
        assertThat(matters()).as("no matter of its own for a part").hasSize(3);
        Matter motion = matter("KS 2027/11");
        assertThat(attachments(motion)).extracting(Attachment::fileName).containsExactly("handlingar-s1.pdf");
        assertThat(motion.proposals()).containsExactly("kommunen sätter upp tio nya bänkar i Stadsparken");
        assertThat(motion.body()).contains("I Stadsparken finns för få bänkar.");
        assertThat(motion.authors()).extracting(p -> p.name()).containsExactly("Anna Ek");
        assertThat(matter("KS 2027/12").questions()).containsExactly("Vad gör kommunen åt väntetiderna?",
                "När blir det bättre?");
        assertThat(attachments(matter("KS 2027/13"))).extracting(Attachment::fileName)
                .containsExactly("handlingar-s3.pdf");

        List<ImportItem> again = importAll(papers);
        assertThat(again).allSatisfy(i -> assertThat(i.duplicateOf()).isNotNull());
        assertThat(matters()).hasSize(3);
        assertThat(attachmentCount()).isEqualTo(3);
    }

    @Test
    void theProposalUnderAnItemAndInAPaperBecomeTheAgendaItemsProposal() throws Exception {
        String kallelse = CombinedPdfs.KALLELSE.replace("   Dnr KS 2027/11\n",
                "   Dnr KS 2027/11\n   Förslag till beslut\n   Motionen bifalls.\n");
        importAll(Files.writeString(files.resolve("kallelse.txt"), kallelse));
        String[] papers = {CombinedPdfs.BY_DNR[0], CombinedPdfs.BY_DNR[1] + """

                Kommunstyrelsens förslag
                Interpellationen får ställas.
                Beslutsunderlag
                Interpellation 2027-03-04""", CombinedPdfs.BY_DNR[2]};
        importAll(Files.write(files.resolve("handlingar.pdf"), CombinedPdfs.of(papers)));
        long meeting = new MeetingStore(db.dsl(), Clock.systemUTC()).list().getFirst().id();
        List<AgendaItem> agenda = new AgendaStore(db.dsl(), Clock.systemUTC()).agenda(meeting);
        assertThat(agenda.get(2).proposal()).isEqualTo("Motionen bifalls.");
        assertThat(agenda.get(3).proposal()).isEqualTo("Interpellationen får ställas.");
        assertThat(agenda.get(4).proposal()).isEmpty();
    }

    @Test
    void aKallelseGoingOnOverAPageThatBeginsWithAnItemStaysOneMeeting() throws Exception {
        String first = """
                Kungälvs kommun
                Kommunfullmäktige
                KALLELSE
                Tid: torsdagen den 11 mars 2027 kl. 18.00
                FÖREDRAGNINGSLISTA
                § 1 Upprop
                § 2 Val av justerare
                § 3 Motion från Anna Ek (V) om fler bänkar i Stadsparken""";
        String second = """
                § 4 Medborgarförslag om en hundrastgård i Ytterby
                § 5 Meddelanden""";
        Path file = Files.write(files.resolve("kallelse.pdf"), CombinedPdfs.of(new String[] {first, second}));
        List<ImportItem> preview = preview(file);
        assertThat(preview).hasSize(1);
        assertThat(preview.getFirst().meeting().draft().items()).hasSize(5);
    }

    @Test
    void aKallelseWithItsPapersInOnePdfIsTheMeetingAndEachPaperGoesToItsItem() throws Exception {
        String[] pages = {
            CombinedPdfs.KALLELSE,
            // item 3 by its number only
            CombinedPdfs.BY_DNR[0].replace("Dnr KS 2027/11", "Ärende 3"),
            CombinedPdfs.BY_DNR[1],
            // item 5 by its title only (no item 9 on the agenda): a guess, marked for checking
            CombinedPdfs.BY_DNR[2].replace("Dnr KS 2027/13", "Ärende 9")};
        Path file = Files.write(files.resolve("kf-2027-03-11.pdf"), CombinedPdfs.of(pages));

        List<ImportItem> preview = preview(file);
        assertThat(preview).hasSize(4);
        assertThat(preview.getFirst().isMeeting()).isTrue();
        assertThat(preview.getFirst().meeting().draft().items()).hasSize(6);
        assertThat(preview.subList(1, 4)).extracting(i -> i.part().target().how())
                .containsExactly(How.BY_ITEM, How.BY_NUMBER, How.BY_TITLE);
        assertThat(preview.get(3).part().target().unsure()).isTrue();
        assertThat(preview.get(1).part().target().matterId()).as("still to be stored by the kallelse").isNull();

        store.store(preview, ImportProgress.NONE, () -> false);
        assertThat(matters()).hasSize(3);
        assertThat(attachments(matter("KS 2027/11"))).extracting(Attachment::fileName)
                .containsExactly("kf-2027-03-11-s2.pdf");
        assertThat(attachments(matter("KS 2027/13"))).extracting(Attachment::fileName)
                .containsExactly("kf-2027-03-11-s4.pdf");
        int kept = attachmentCount();
        long meeting = new MeetingStore(db.dsl(), Clock.systemUTC()).list().getFirst().id();
        MeetingFileStore files = new MeetingFileStore(db.dsl(), Clock.systemUTC());
        assertThat(files.of(meeting)).hasValueSatisfying(f -> {
            assertThat(f.fileName()).isEqualTo("kf-2027-03-11-s1.pdf");
            assertThat(f.format()).isEqualTo("pdf");
        });
        byte[] notice = files.content(meeting);
        try (PDDocument pdf = Loader.loadPDF(notice)) {
            assertThat(pdf.getNumberOfPages()).as("the kallelse's own page, not its papers").isEqualTo(1);
        }

        List<ImportItem> again = importAll(file);
        assertThat(again.getFirst().meeting().plan().unchanged()).isTrue();
        assertThat(again.subList(1, 4)).allSatisfy(i -> assertThat(i.duplicateOf()).isNotNull());
        assertThat(matters()).hasSize(3);
        assertThat(attachmentCount()).isEqualTo(kept);
        assertThat(files.content(meeting)).isEqualTo(notice);
        assertThat(files.keep(meeting, again.getFirst().source())).as("the same file again writes nothing").isFalse();
    }
}
