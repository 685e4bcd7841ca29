package se.ledamot.brief.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.parallel.Isolated;
import se.ledamot.l10n.Localization;
import se.ledamot.brief.layout.Block;
import se.ledamot.brief.layout.Document;
import org.junit.jupiter.api.Test;
import se.ledamot.brief.PaperSamples;
import se.ledamot.brief.PdfA;
import se.ledamot.brief.Samples;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.NoticeRule;
import se.ledamot.domain.papers.MeetingPapers;

// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it sets Localization's
// language, which every class reads, to English.
@Isolated
class KallelseTest {

    static byte[] kallelse() throws Exception {
        byte[] pdf = MatterBriefTest.pdf(Kallelse.of(PaperSamples.meeting(), Samples.CREATED));
        Path out = Path.of("target/papers");
        Files.createDirectories(out);
        Files.write(out.resolve("kallelse.pdf"), pdf);
        return pdf;
    }

    @Test
    void theTitleBlockSaysWhoMeetsWhenWhereAndHowToSendApologies() throws Exception {
        String text = MatterBriefTest.text(kallelse());
        assertThat(text).containsSubsequence("Stenungsunds kommun", "KALLELSE", "Kommunfullmäktige",
                "Datum 4 december 2026", "Tid", "måndagen den 14 december 2026 kl. 18.00", "Plats",
                "Kommunhuset, sessionssalen", "Ordförande", "Kerstin Lindqvist (S)", "Sekreterare", "Anna Berg",
                "Allmänheten", "Sammanträdet är öppet för allmänheten.", "Webbsändning",
                "Sammanträdet sänds direkt på stenungsund.se/webbtv.",
                "Ledamot som är förhindrad att delta anmäler det så snart som möjligt till sekreteraren Anna Berg.",
                "Ersättare kallas till tjänstgöring",
                "tillkännages på kommunens anslagstavla senast den 7 december 2026 (5 kap. 11 § kommunallagen)");
    }

    /**
     * The secretary's walk: "Sammanträdet har tillkännagetts på kommunens anslagstavla 30 november 2026" was the day
     * the paper was printed. The day she gives is printed, in the tense the day of issue calls for; none given, the
     * paper claims none and names the latest lawful day (5 kap. 11 §: a week before).
     */
    @Test
    void theKallelseStatesThePostingDayTheSecretaryGaveAndClaimsNoneOtherwise() throws Exception {
        String none = MatterBriefTest.text(kallelse());
        assertThat(none).doesNotContain("anslagstavla 4 december 2026").doesNotContain("den 4 december 2026")
                .contains("Sammanträdet tillkännages på kommunens anslagstavla senast den 7 december 2026")
                .contains("ska sättas upp på kommunens anslagstavla senast den 7 december 2026");
        String posted = MatterBriefTest.text(MatterBriefTest.pdf(Kallelse.of(postedOn(LocalDate.of(2026, 12, 3)),
                Samples.CREATED)));
        assertThat(posted).contains("Sammanträdet har tillkännagetts på kommunens anslagstavla den 3 december 2026.")
                .contains("Tillkännagivandet om sammanträdet sattes upp på kommunens anslagstavla den 3 december 2026")
                .doesNotContain("senast den");
        String coming = MatterBriefTest.text(MatterBriefTest.pdf(Kallelse.of(postedOn(LocalDate.of(2026, 12, 7)),
                Samples.CREATED)));
        assertThat(coming).contains("Sammanträdet tillkännages på kommunens anslagstavla den 7 december 2026.");
    }

    /**
     * An arbetsordning asking for ten days: the kallelse names the tenth day before, not the seventh, and cites the
     * arbetsordning for it; the law (5 kap. 11 §) asks only a week and would not say that day.
     */
    @Test
    void theLatestPostingDayFollowsTheCouncilsDaysOfNotice() throws Exception {
        MeetingPapers p = PaperSamples.meeting();
        MeetingPapers tenDays = new MeetingPapers(p.meeting(), p.body(), p.settings(), p.council(), p.issued(),
                p.entries(), p.newSubmissions(), p.minutes(), p.firstParagraph(), new NoticeRule(10));
        byte[] pdf = MatterBriefTest.pdf(Kallelse.of(tenDays, Samples.CREATED));
        Files.createDirectories(Path.of("target/papers"));
        Files.write(Path.of("target/papers/kallelse-tio-dagar.pdf"), pdf);
        String text = MatterBriefTest.text(pdf);
        assertThat(text).contains("Sammanträdet tillkännages på kommunens anslagstavla senast den 4 december 2026"
                + " (enligt arbetsordningen).")
                .contains("ska sättas upp på kommunens anslagstavla senast den 4 december 2026 (enligt arbetsordningen).")
                .doesNotContain("senast den 7 december 2026").doesNotContain("kommunallagen");
    }

    /**
     * A posting day later than the week of 5 kap. 11 § (the meetings screen warns of it) was printed under
     * "Godkännande av kungörelse" with the paragraph beside it, as if lawful, and proposed "Sammanträdet har
     * tillkännagetts i laga ordning". The item now says the day was later than the law allows, and proposes nothing
     * the council has to decide.
     */
    @Test
    void aPostingLaterThanTheWeekIsSaidSoAndNotProposedAsInLagaOrdning() throws Exception {
        String late = MatterBriefTest.text(MatterBriefTest.pdf(Kallelse.of(postedOn(LocalDate.of(2026, 12, 9)),
                Samples.CREATED)));
        assertThat(late).contains("Tillkännagivandet om sammanträdet sätts upp på kommunens anslagstavla den "
                + "9 december 2026, senare än 5 kap. 11 § kommunallagen medger: senast den 7 december 2026.")
                .doesNotContain("i laga ordning");
        String inTime = MatterBriefTest.text(MatterBriefTest.pdf(Kallelse.of(postedOn(LocalDate.of(2026, 12, 7)),
                Samples.CREATED)));
        assertThat(inTime).contains("Sammanträdet har tillkännagetts i laga ordning.").doesNotContain("senare än");
    }

    private static MeetingPapers postedOn(LocalDate day) {
        MeetingPapers p = PaperSamples.meeting();
        return new MeetingPapers(p.meeting().withPostedOn(day), p.body(), p.settings(), p.council(), p.issued(),
                p.entries(), p.newSubmissions(), p.minutes(), p.firstParagraph(), p.notice());
    }

    /** The secretary's walk: "Motion från … om upprätta en integrationsplan" for a title without "Motion om att". */
    @Test
    void aMotionTitledWithAVerbReadsOmAtt() {
        Matter motion = Matter.newMatter(MatterKind.MOTION, "Upprätta en integrationsplan")
                .authors(List.of(Person.parse("Jan Alexandersson (V)"))).build();
        assertThat(PaperWords.title(motion))
                .isEqualTo("Motion från Jan Alexandersson (V) om att upprätta en integrationsplan");
    }

    @Test
    void theAgendaIsNumberedWithStandardItemsAndRegistrationNumbers() throws Exception {
        String text = MatterBriefTest.text(kallelse());
        assertThat(text).containsSubsequence("Föredragningslista", "Nr", "Ärende", "Dnr",
                "1 Upprop", "2 Val av justerare och tid för justering", "3 Godkännande av kungörelse",
                "4 Anmälan av nya motioner, interpellationer och frågor",
                "5 Motion från Jan Alexandersson (V) m.fl. om att upprätta en integrationsplan", "KS 2015/123",
                "6 Motion från Łukasz Şahin (MP) om laddplatser vid kommunens förskolor", "KS 2026/311",
                "7 Interpellation från Patrik Christierson (KD) till kommunstyrelsens ordförande Nguyễn Thị Åsa "
                        + "Müller (M) om integrationsenhet", "KF 2017/45",
                "8 Remiss: Integrationsprogram för Västra Götaland", "KS 2026/280", "9 Meddelanden");
    }

    @Test
    void eachItemHasItsSummaryDocumentsProposalAndRecipients() throws Exception {
        String text = MatterBriefTest.text(kallelse());
        assertThat(text).containsSubsequence("5", "Motion från Jan Alexandersson (V) m.fl.", "Dnr KS 2015/123",
                "Sammanfattning", "Motionärerna föreslår att kommunen tar fram en integrationsplan",
                "Beslutsunderlag", "Motion från Jan Alexandersson (V) m.fl., 16 februari 2015",
                "Kommunstyrelsens förslag till beslut", "Kommunstyrelsens förslag till beslut",
                "att bifalla motionens första att-sats", "Beslutet skickas till", "Kommunstyrelsen", "Motionärerna");
    }

    @Test
    void aNewMotionIsReferredForPreparationNotDecidedOnItsClauses() throws Exception {
        String text = MatterBriefTest.text(kallelse());
        assertThat(text).containsSubsequence("6", "Motion från Łukasz Şahin (MP) om laddplatser",
                "Förslag till beslut", "Motionen remitteras till kommunstyrelsen för beredning.",
                "Beslutet skickas till", "Kommunstyrelsen");
        assertThat(text).doesNotContain("kommunen utreder laddplatser vid förskolorna");
    }

    @Test
    void theInterpellationIsAnsweredNotDecidedAndStandardItemsSayWhatTheyAre() throws Exception {
        String text = MatterBriefTest.text(kallelse());
        assertThat(text).containsSubsequence("Patrik Christierson (KD) har ställt en interpellation till "
                + "kommunstyrelsens ordförande Nguyễn Thị Åsa Müller (M) om integrationsenhet, med tre frågor.",
                "Interpellationen besvaras vid sammanträdet av kommunstyrelsens ordförande");
        assertThat(text).containsSubsequence("Val av justerare", "Ordföranden föreslår att Åsa Öst (S) och Östen "
                + "Müller (M) utses att tillsammans med ordföranden justera protokollet, och att justeringen sker "
                + "torsdagen den 17 december 2026 kl. 10.00, Kommunhuset.");
        assertThat(text).containsSubsequence("Anmälan av nya motioner", "Sedan förra sammanträdet",
                "Motion från Łukasz Şahin (MP) om laddplatser vid kommunens förskolor (Dnr KS 2026/311)",
                "Fråga från Gunnel Ek (C) till utbildningsnämndens ordförande Åsa Öst (S) om busskort för "
                        + "gymnasieelever");
    }

    @Test
    void aPublicPaperHasNoGroupPositionsAndNoWorkingMaterialMark() throws Exception {
        String text = MatterBriefTest.text(kallelse());
        assertThat(text).doesNotContainIgnoringCase("arbetsmaterial").doesNotContain("ställningstagande")
                .doesNotContain("Gruppens").doesNotContain("Argument");
    }

    /** The secretary's walk (session 9): page 1 had no page number while the others said "sida 2 av 3". */
    @Test
    void everyPageSaysWhichPageOfHowManyItIs() throws Exception {
        assertEveryPageNumbered(kallelse());
    }

    /** "Sida N (M)", the Swedish form, on every page, the first too, so a printed paper's pages can be put back in order. */
    static void assertEveryPageNumbered(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                org.apache.pdfbox.text.PDFTextStripper strip = new org.apache.pdfbox.text.PDFTextStripper();
                strip.setStartPage(page);
                strip.setEndPage(page);
                assertThat(strip.getText(doc).replace('\u00A0', ' ')).contains("Sida " + page + " (" + pages + ")");
            }
        }
    }

    @Test
    void theKallelseIsPdfA() throws Exception {
        assertThat(PdfA.failures(kallelse())).isEmpty();
    }

    /**
     * The samples' August kallelse left "Sedan förra sammanträdet har följande lämnats in:" alone at the foot of
     * page 1 and its one motion at the head of page 2: the sentence that introduces the list is kept with it.
     */
    @Test
    void theSentenceIntroducingTheNewSubmissionsIsKeptWithTheList() {
        Document d = Kallelse.of(PaperSamples.meeting(), Samples.CREATED);
        List<Block.Paragraph> intro = d.blocks().stream().filter(b -> b instanceof Block.Paragraph)
                .map(b -> (Block.Paragraph) b)
                .filter(p -> p.spans().getFirst().text().startsWith("Sedan förra sammanträdet")).toList();
        assertThat(intro).hasSize(1);
        assertThat(intro.getFirst().keepWithNext()).isTrue();
    }

    /**
     * In English the kallelse said "… on the municipalitys notice board by {1} at the latest ({2})": an apostrophe in
     * a choice with arguments quoted the rest of the sentence (MessageFormat reads a choice's text twice).
     */
    @Test
    void inEnglishTheNoticeSaysWhenItIsPostedWithItsApostropheAndDays() throws Exception {
        try {
            Localization.setLocale(Localization.ENGLISH);
            String text = MatterBriefTest.text(kallelse()).replaceAll("\\s+", " ");
            assertThat(text).doesNotContain("{1}", "{2}", "municipalitys").contains("s notice board");
            String late = MatterBriefTest.text(MatterBriefTest.pdf(Kallelse.of(postedOn(LocalDate.of(2026, 12, 9)),
                    Samples.CREATED))).replaceAll("\\s+", " ");
            assertThat(late).contains("The notice of the meeting goes up on the municipality's notice board on "
                    + "9 December 2026, later than chapter 5 section 11 of the Local Government Act allows: by "
                    + "7 December 2026 at the latest.");
        } finally {
            Localization.setLocale(Localization.SWEDISH);
        }
    }
}
