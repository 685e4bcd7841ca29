package se.ledamot.brief.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.parallel.Isolated;
import se.ledamot.domain.meeting.AgendaItem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import se.ledamot.brief.PdfA;
import se.ledamot.brief.Samples;
import se.ledamot.brief.layout.Document;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.debate.DebateMaterial;
import se.ledamot.l10n.Localization;

// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it sets Localization's
// language, which every class reads, to English.
@Isolated
class DebateBriefTest {

    static byte[] brief(int items, String group) throws Exception {
        return MatterBriefTest.pdf(DebateBrief.of(Samples.debate(items, group), "Stenungsunds kommun",
                Deadlines.standard(), Samples.TODAY, Samples.CREATED, Samples.ZONE));
    }

    @Test
    void coverAgendaAndEveryItemFieldAppearInOrder() throws Exception {
        String text = MatterBriefTest.text(brief(3, "V"));
        assertThat(text).containsSubsequence("Stenungsunds kommun", "Kommunfullmäktige", "Debattunderlag",
                "måndagen den 14 december 2026 kl. 18.00", "Kommunhuset, sessionssalen", "Partigrupp: V",
                "3 punkter på föredragningslistan", "ARBETSMATERIAL", "Gruppens interna arbetsmaterial", "Utskrivet den 23 november 2026",
                "Föredragningslista", "Punkt 1 Motion om att upprätta en integrationsplan", "Punkt 2 Integrationsenhet",
                "Punkt 3 Val av justerare",
                "Punkt 1 · KS 2015/123", "Motion om att upprätta en integrationsplan", "Ärendetyp", "Motion",
                "Diarienummer", "KS 2015/123", "Inlämnad", "16 februari 2015", "Undertecknare", "Jan Alexandersson (V)",
                "Status", "Remitterad", "Tidsgräns", "16 februari 2016", "Motionärernas förslag",
                "att en integrationsplan", "Kommunstyrelsens förslag till beslut", "Kommunstyrelsen föreslår",
                "Gruppens ställningstagande (V)", "Ställningstagande:", "Eget yrkande", "Yrkande och argument:", "Planen behövs nu",
                "Anteckningar:", "Yrka bifall", "Talare", "Emma Ramhult (V) talar för gruppen", "Tidslinje",
                "16 februari 2015", "Motion inlämnad",
                "Punkt 2 · Interpellation · KF 2017/45", "Ställd till", "Nguyễn Thị Åsa Müller (M)", "Frågor", "1.",
                "Hur långt har arbetet kommit", "Svar", "Sävsjö kommun har idag", "Deltar i debatten",
                "Łukasz Đorđević (V)",
                "Punkt 3", "Val av justerare", "Ordförandens förslag till beslut",
                "Ordföranden föreslår Åsa Öst (S) och Östen Müller (M).");
    }

    @Test
    void speakersFollowThePositionInOrderWithALongSpeechOnlyNoted() throws Exception {
        String text = MatterBriefTest.text(brief(3, "V"));
        assertThat(text).containsSubsequence("Punkt 2 · Interpellation", "Gruppens ställningstagande (V)", "Talare",
                "1.", "Łukasz Đorđević (V) — anförande, 5 min · talar för gruppen (anförande finns)",
                "2.", "Nguyễn Thị Åsa Müller (M) — replik, 1 min — Tack för frågan.", "Tidslinje", "Punkt 3");
        assertThat(text).doesNotContain("Ordförande! Integrationen");
    }

    @Test
    void thePreparedProposalsAttLinesAreSetAsAHangingList() throws Exception {
        DebateMaterial one = Samples.debate(1, "V");
        DebateMaterial.Item motion = one.items().getFirst();
        DebateMaterial.Item withClauses = new DebateMaterial.Item(motion.item().withProposal(
                "Kommunstyrelsen föreslår kommunfullmäktige besluta\n\natt bifalla motionens första att-sats, och\n\n"
                        + "att i övrigt anse motionen besvarad."), motion.matter(), motion.changes(), motion.position());
        byte[] pdf = MatterBriefTest.pdf(DebateBrief.of(new DebateMaterial(one.meeting(), one.body(), "V",
                List.of(withClauses)), null, Deadlines.standard(), Samples.TODAY, Samples.CREATED, Samples.ZONE));
        assertThat(MatterBriefTest.text(pdf)).containsSubsequence("Kommunstyrelsens förslag till beslut",
                "Kommunstyrelsen föreslår kommunfullmäktige besluta", "att", "bifalla motionens första att-sats, och",
                "att", "i övrigt anse motionen besvarad.", "Gruppens ställningstagande");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // The motion's own clauses and the proposal's two are all list items.
            int clauses = Samples.debate(1, "V").items().getFirst().matter().orElseThrow().proposals().size();
            assertThat(count(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), "LI")).isEqualTo(clauses + 2);
        }
    }

    @Test
    void theAnswerIsJustifiedLikeTheRestOfTheBodyText() throws Exception {
        List<Float> ends = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(brief(3, "V"))) {
            PDFTextStripper lineEnds = new PDFTextStripper() {
                private boolean inAnswer;

                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.startsWith("Svar")) {
                        inAnswer = true;
                    } else if (text.startsWith("Gruppens ställningstagande")) {
                        inAnswer = false;
                    } else if (inAnswer && !text.startsWith("Debattunderlag") && !text.startsWith("Sida")) {
                        TextPosition last = positions.getLast();
                        ends.add(last.getX() + last.getWidth());
                    }
                }
            };
            lineEnds.getText(doc);
        }
        // Every line but the last of each paragraph reaches the right edge of the measure.
        String answer = Samples.debate(3, "V").items().get(1).matter().orElseThrow().answer();
        float right = HouseStyle.DESK.page().left() + HouseStyle.DESK.page().measure();
        assertThat(ends).hasSizeGreaterThan(3);
        assertThat(ends.stream().filter(e -> Math.abs(e - right) > 0.5f).count())
                .isLessThanOrEqualTo(Paragraphs.of(answer).size());
    }

    private static int count(List<Object> kids, String role) {
        int n = 0;
        for (Object k : kids) {
            if (k instanceof PDStructureElement el) {
                n += (role.equals(el.getStructureType()) ? 1 : 0) + count(el.getKids(), role);
            }
        }
        return n;
    }

    @Test
    void inEnglishTheBriefSaysTheGroupsPositionWithItsApostrophe() throws Exception {
        try {
            Localization.setLocale(Localization.ENGLISH);
            String text = MatterBriefTest.text(brief(1, "V"));
            assertThat(text).contains("The group's position (V)", "Monday 14 December 2026 18:00",
                    "Proposal for decision from Kommunstyrelsen");
        } finally {
            Localization.setLocale(Localization.SWEDISH);
        }
    }

    @Test
    void withoutAGroupNoPositionIsPrinted() throws Exception {
        String text = MatterBriefTest.text(brief(3, null));
        assertThat(text).doesNotContain("Gruppens ställningstagande", "Emma Ramhult (V) Argument", "Planen behövs nu");
        assertThat(text).contains("Internt arbetsmaterial");
    }

    @Test
    void theGroupsSpeakerAndTheListOfSpeakersAreOneFact() throws Exception {
        String text = MatterBriefTest.text(brief(3, "V"));
        // § 1: the group has a speaker and nobody is on the list yet; § 2: the group's speaker is on the list.
        assertThat(text).containsSubsequence("Punkt 1", "Talare", "Emma Ramhult (V) talar för gruppen. Ingen står på "
                + "talarlistan ännu.", "Punkt 2", "Łukasz Đorđević (V) — anförande, 5 min · talar för gruppen");
        assertThat(text).doesNotContain("Ingen har anmält sig som talare ännu", "Talare:");

        DebateMaterial one = Samples.debate(2, "V");
        DebateMaterial.Item item = one.items().get(1);
        DebateMaterial.Item otherSpeaker = new DebateMaterial.Item(item.item(), item.matter(), item.changes(),
                item.position().map(p -> p.withSpeaker("Emma Ramhult (V)")), item.speakers());
        String missing = MatterBriefTest.text(MatterBriefTest.pdf(DebateBrief.of(new DebateMaterial(one.meeting(),
                one.body(), "V", List.of(otherSpeaker)), null, Deadlines.standard(), Samples.TODAY, Samples.CREATED, Samples.ZONE)));
        assertThat(missing).containsSubsequence("1.", "Łukasz Đorđević (V)", "2.", "Nguyễn Thị Åsa Müller (M)",
                "Emma Ramhult (V) talar för gruppen men står inte på talarlistan ännu.");
        assertThat(missing).doesNotContain("· talar för gruppen");
    }

    @Test
    void shortItemsRunOnAndFourItemsDoNotTakeSevenPages() throws Exception {
        try (PDDocument doc = Loader.loadPDF(brief(4, "V"))) {
            // The first page holds the title block and the agenda; the items, each longer than a page but § 3,
            // follow on five more at most (a page each, as before, took seven).
            assertThat(doc.getNumberOfPages()).isLessThanOrEqualTo(6);
            assertThat(pageText(doc, 1)).contains("Debattunderlag", "Föredragningslista", "Punkt 4");
            // The short § 3 runs on below the end of § 2 instead of taking a page of its own.
            int page = 2;
            while (!pageText(doc, page).contains("Val av justerare")) {
                page++;
            }
            assertThat(pageText(doc, page)).contains("Interpellation inlämnad", "Punkt 3");
        }
    }

    @Test
    void bookmarksAndAgendaPageNumbersPointAtTheItems() throws Exception {
        byte[] pdf = brief(6, "V");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                PDPageDestination dest = (PDPageDestination) item.getDestination();
                pages.add(doc.getPages().indexOf(dest.getPage()) + 1);
            }
            assertThat(titles).hasSize(7).first().isEqualTo("Föredragningslista");
            assertThat(titles.get(1)).isEqualTo("Punkt 1  Motion om att upprätta en integrationsplan");
            assertThat(titles.get(6)).isEqualTo("Punkt 6  Val av justerare");
            assertThat(pages).isSorted();
            // The agenda shares the first page with the title block; the items start on the next.
            assertThat(pages.getFirst()).isEqualTo(1);
            assertThat(pages.get(1)).isEqualTo(2);
            String agenda = pageText(doc, 1);
            for (int i = 1; i < titles.size(); i++) {
                // The agenda line of each item ends with the page its bookmark points to.
                assertThat(agenda).containsPattern("Punkt " + i + " .*[ .]" + pages.get(i) + "\\R");
                assertThat(pageText(doc, pages.get(i))).contains("Punkt " + i);
            }
            assertThat(pageText(doc, doc.getNumberOfPages()))
                    .contains("Sida " + doc.getNumberOfPages() + " (" + doc.getNumberOfPages() + ")");
        }
        assertThat(PdfA.failures(pdf)).isEmpty();
    }

    private static String pageText(PDDocument doc, int page) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    /**
     * The sample meeting's "Val av justerare" stood in the group's brief as a heading with nothing under it: a
     * procedural item with no proposal needs no position, and the brief now says so instead of leaving it blank.
     */
    @Test
    void aProceduralItemWithNothingToDecideSaysSoRatherThanStandingBlank() throws Exception {
        DebateMaterial one = Samples.debate(1, "V");
        DebateMaterial.Item procedural = new DebateMaterial.Item(AgendaItem.freeText(one.meeting().id(), 2,
                "Val av justerare och tid för justering"), Optional.empty(), List.of(), Optional.empty(), List.of(), 2);
        for (String group : new String[] {"V", null}) {
            String text = MatterBriefTest.text(MatterBriefTest.pdf(DebateBrief.of(new DebateMaterial(one.meeting(),
                    one.body(), group, List.of(procedural, one.items().getFirst()), 8), null, Deadlines.standard(),
                    Samples.TODAY, Samples.CREATED, Samples.ZONE)));
            assertThat(text).containsSubsequence("Val av justerare och tid för justering",
                    "Punkten har inget förslag till beslut.", "Punkt 1");
        }
    }

    /**
     * The sample meeting's brief without a group printed "Val av justerare" alone on page 2: the motion after it fits
     * on a page but not below it, so it moved whole to page 3 and left the page all but empty. It runs on below now:
     * the motion is given one att-sats more at a time, so it comes to fit on a page but not below in turn.
     */
    @Test
    void aShortProceduralItemDoesNotTakeAPageOfItsOwn() throws Exception {
        DebateMaterial one = Samples.debate(1, null);
        DebateMaterial.Item procedural = new DebateMaterial.Item(AgendaItem.freeText(one.meeting().id(), 2,
                "Val av justerare och tid för justering"), Optional.empty(), List.of(), Optional.empty(), List.of(), 2);
        DebateMaterial.Item sample = one.items().getFirst();
        List<String> alone = new ArrayList<>();
        for (int clauses = 1; clauses <= 40; clauses++) {
            var motion = sample.matter().orElseThrow().toBuilder().proposals(java.util.Collections.nCopies(clauses,
                    "en integrationsplan med övergripande strategiska mål tas fram för kommunen")).build();
            DebateMaterial.Item item = new DebateMaterial.Item(sample.item(), Optional.of(motion), sample.changes(),
                    Optional.empty(), List.of());
            byte[] pdf = MatterBriefTest.pdf(DebateBrief.of(new DebateMaterial(one.meeting(), one.body(), null,
                    List.of(procedural, item), 8), null, Deadlines.standard(), Samples.TODAY, Samples.CREATED,
                    Samples.ZONE));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                if (!pageText(doc, 2).contains("Punkt 1")) {
                    alone.add(clauses + " att-satser");
                }
            }
        }
        assertThat(alone).as("Val av justerare alone on page 2").isEmpty();
    }

    /** A position not decided yet read "Ställningstagande: inte bestämt" beside "Ställningstagande: Eget yrkande". */
    @Test
    void aPositionNotDecidedIsWrittenAsTheDecidedOnesAre() throws Exception {
        DebateMaterial one = Samples.debate(1, "V");
        DebateMaterial.Item item = one.items().getFirst();
        DebateMaterial.Item open = new DebateMaterial.Item(item.item(), item.matter(), item.changes(),
                item.position().map(p -> p.withStance(null)), item.speakers());
        String text = MatterBriefTest.text(MatterBriefTest.pdf(DebateBrief.of(new DebateMaterial(one.meeting(),
                one.body(), "V", List.of(open)), null, Deadlines.standard(), Samples.TODAY, Samples.CREATED, Samples.ZONE)));
        assertThat(text).contains("Ställningstagande: Inte bestämt").doesNotContain("inte bestämt");
    }
}
