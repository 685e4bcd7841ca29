package se.ledamot.brief.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import se.ledamot.brief.PaperSamples;
import se.ledamot.brief.PdfA;
import se.ledamot.brief.Samples;

class HandlingarTest {

    static byte[] handlingar() throws Exception {
        return ProtokollTest.write(Handlingar.of(PaperSamples.meeting(), Samples.CREATED), "handlingar.pdf");
    }

    @Test
    void everyItemWithPapersIsABookmarkWithItsDocumentsBeneath() throws Exception {
        List<String> marks = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(handlingar())) {
            for (PDOutlineItem top : doc.getDocumentCatalog().getDocumentOutline().children()) {
                marks.add(top.getTitle());
                for (PDOutlineItem child : top.children()) {
                    marks.add("  " + child.getTitle());
                }
            }
        }
        assertThat(marks).startsWith("Kallelse och föredragningslista", "  1. Upprop");
        assertThat(marks).containsSubsequence(
                "5. Motion från Jan Alexandersson (V) m.fl. om att upprätta en integrationsplan", "  Motionen",
                "7. Interpellation från Patrik Christierson (KD) till kommunstyrelsens ordförande Nguyễn Thị Åsa "
                        + "Müller (M) om integrationsenhet", "  Interpellationen",
                "  Skriftligt svar från kommunstyrelsens ordförande Nguyễn Thị Åsa Müller (M)",
                "8. Remiss: Integrationsprogram för Västra Götaland", "  Remissen",
                "  Bilaga 1: Tjänsteskrivelse 2026-11-02");
    }

    @Test
    void anAttachedPdfIsShownPageByPageWithItsTextFoundInThePaper() throws Exception {
        String text = MatterBriefTest.text(handlingar());
        assertThat(text).containsSubsequence("Bilaga 1: Tjänsteskrivelse 2026-11-02, sida 1 (2)", "Tjänsteskrivelse",
                "Förvaltningen föreslår att kommunen tillstyrker programmet.",
                "Bilaga 1: Tjänsteskrivelse 2026-11-02, sida 2 (2)", "Bilaga till tjänsteskrivelsen");
        assertThat(text).containsSubsequence("Motionen", "En framgångsrik", "Motionärernas förslag", "att en integrationsplan",
                "Interpellationen", "Hur långt har arbetet kommit", "Skriftligt svar från", "Sävsjö kommun har idag");
    }

    /**
     * The walk of session 13: the sample interpellation, imported from a blog post, has the post as its body, question
     * and answer, and its answer was printed again under "Skriftligt svar".
     */
    @Test
    void anInterpellationImportedWithItsAnswerPrintsTheAnswerOnce() throws Exception {
        se.ledamot.domain.Matter imported = seed("002_ca5d8c8e3c0d95c4.txt");
        assertThat(imported.body()).as("the post, answer and all").contains("Sävsjö kommun har idag");
        var withPost = withMatter(se.ledamot.domain.MatterKind.INTERPELLATION,
                m -> m.toBuilder().body(imported.body()).answer(imported.answer()).build());

        String text = MatterBriefTest.text(MatterBriefTest.pdf(Handlingar.of(withPost, Samples.CREATED)));
        assertThat(text.split("Sävsjö kommun har idag", -1)).as("the answer printed once").hasSize(2);
        assertThat(text).containsSubsequence("Interpellationen", "Hur långt har arbetet kommit",
                "Skriftligt svar från", "Sävsjö kommun har idag", "Kommunens insatser kan");
    }

    /**
     * The sample motion as imported: its text ends "Vi föreslår därför:" and its att-satser, which the importer also
     * keeps as its proposals; the handlingar printed them twice, in the text and again under "Motionärernas förslag".
     */
    @Test
    void aMotionWhoseTextHoldsItsAttSatserPrintsThemOnce() throws Exception {
        se.ledamot.domain.Matter imported = seed("001_5b9219ef532998c6.txt");
        assertThat(imported.proposals()).as("the att-satser read apart").hasSize(6);
        assertThat(imported.body()).as("and still in the text").contains("Vi föreslår därför");
        var withSeed = withMatter(se.ledamot.domain.MatterKind.MOTION,
                m -> m.toBuilder().body(imported.body()).proposals(imported.proposals()).build());

        String text = MatterBriefTest.text(ProtokollTest.write(Handlingar.of(withSeed, Samples.CREATED),
                "handlingar-sample-motion.pdf"))
                .replaceAll("\\s+", " ");
        assertThat(text.split("hanteras med skyndsamhet", -1)).as("the last att-sats printed once").hasSize(2);
        assertThat(text).containsSubsequence("Motionen", "Vi föreslår därför", "främjar en effektiv",
                "hanteras med skyndsamhet");
    }

    /**
     * The sample interpellation as the samples store it, its three questions run into its text ("… med följande tre
     * frågor om integrationsenhet. 1 Hur långt …? 2 När …? 3 Vad …?"), and a fråga asked the same way: the handlingar
     * set the questions out as the interpellation does, a numbered list, each question on a line of its own.
     */
    @Test
    void questionsRunIntoTheTextAreSetOutAsANumberedList() throws Exception {
        String asked = "Patrik Christierson har skickat in en interpellation med följande tre frågor om "
                + "integrationsenhet. 1 Hur långt har arbetet kommit med integrationsenheten? 2 När kommer den att "
                + "vara klar? 3 Vad är det som saknas?";
        var inline = withMatter(se.ledamot.domain.MatterKind.INTERPELLATION, m -> m.toBuilder().body(asked).build());
        assertThat(lines(inline)).containsSubsequence("om integrationsenhet.",
                "1. Hur långt har arbetet kommit med integrationsenheten?", "2. När kommer den att vara klar?",
                "3. Vad är det som saknas?");

        var fraga = withMatter(se.ledamot.domain.MatterKind.INTERPELLATION, m -> m.toBuilder()
                .kind(se.ledamot.domain.MatterKind.QUESTION).body("Jag vill ställa följande fråga till "
                        + "kommunstyrelsens ordförande: Kommer integrationsenheten att vara klar nästa år? Svaret "
                        + "behövs före budgeten.").questions(List.of("Kommer integrationsenheten att vara klar nästa år?"))
                .build());
        assertThat(lines(fraga)).containsSubsequence("1. Kommer integrationsenheten att vara klar nästa år?",
                "Svaret behövs före budgeten.");
    }

    /** The handlingar's lines of text, a label and its item's text one line ("1. Hur …"). */
    private static List<String> lines(se.ledamot.domain.papers.MeetingPapers papers) throws Exception {
        try (PDDocument doc = Loader.loadPDF(MatterBriefTest.pdf(Handlingar.of(papers, Samples.CREATED)))) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replace('\u00A0', ' ').lines()
                    .map(l -> l.strip().replaceAll("\\s+", " ")).toList();
        }
    }

    /** A sample's seed text as the importer reads it. */
    private static se.ledamot.domain.Matter seed(String name) throws Exception {
        try (var in = HandlingarTest.class.getResourceAsStream("/se/ledamot/seeds/" + name)) {
            return new se.ledamot.importer.Importer().prepare(name, in.readAllBytes()).draft().matter();
        }
    }

    /** The sample papers with the first matter of this kind changed. */
    private static se.ledamot.domain.papers.MeetingPapers withMatter(se.ledamot.domain.MatterKind kind,
            java.util.function.UnaryOperator<se.ledamot.domain.Matter> change) {
        var papers = PaperSamples.meeting();
        var entries = new ArrayList<>(papers.entries());
        for (int i = 0; i < entries.size(); i++) {
            var e = entries.get(i);
            if (e.matter() != null && e.matter().kind() == kind) {
                entries.set(i, new se.ledamot.domain.papers.MeetingPapers.Entry(e.number(), e.item(), e.standard(),
                        change.apply(e.matter()), e.papers(), e.minutes(), e.enclosures()));
                break;
            }
        }
        return new se.ledamot.domain.papers.MeetingPapers(papers.meeting(), papers.body(), papers.settings(),
                papers.council(), papers.issued(), entries, papers.newSubmissions(), papers.minutes(),
                papers.firstParagraph(), papers.notice());
    }

    @Test
    void theHandlingarArePdfAThoughTheAttachmentIsNot() throws Exception {
        assertThat(PdfA.failures(PaperSamples.attachedPdf())).as("the attachment on its own").isNotEmpty();
        assertThat(PdfA.failures(handlingar())).isEmpty();
    }

    @Test
    void aDamagedAttachmentIsSaidNotHidden() throws Exception {
        var papers = PaperSamples.meeting();
        var entries = new ArrayList<>(papers.entries());
        var e = entries.get(7);
        entries.set(7, new se.ledamot.domain.papers.MeetingPapers.Entry(e.number(), e.item(), e.standard(),
                e.matter(), e.papers(), e.minutes(), List.of(se.ledamot.domain.papers.Enclosure.pdf("Trasig.pdf",
                        "%PDF-1.4 inte en pdf".getBytes()))));
        var broken = new se.ledamot.domain.papers.MeetingPapers(papers.meeting(), papers.body(), papers.settings(),
                papers.council(), papers.issued(), entries, papers.newSubmissions(), papers.minutes(), papers.firstParagraph(),
                papers.notice());
        byte[] pdf = MatterBriefTest.pdf(Handlingar.of(broken, Samples.CREATED));
        assertThat(MatterBriefTest.text(pdf)).contains("Bilagan Trasig.pdf kunde inte läsas som PDF");
        assertThat(PdfA.failures(pdf)).isEmpty();
    }
}
