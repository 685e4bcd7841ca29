package se.ledamot.brief.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import se.ledamot.brief.PaperSamples;
import se.ledamot.brief.Samples;
import se.ledamot.brief.layout.Document;
import se.ledamot.domain.papers.ItemPapers;
import se.ledamot.domain.papers.MeetingPapers;

/**
 * No page of the kallelse, the handlingar or the protokoll ends with a heading, a Dnr line or a line leading into
 * what follows ("Kommunstyrelsen föreslår kommunfullmäktige besluta" with its att-satser on the next page, a
 * protokoll's "Protokollsanteckning från …:", the handlingar's "9 Meddelanden" above its attached pages), and none
 * starts with the last att-sats of a proposal alone ("att i övrigt anse motionen besvarad." over "Beslutet skickas
 * till", its list and lead-in on the page before: a list keeps two of its lines together across a break). The
 * motion's summary is made a sentence longer at a time, so every item's parts come to a page's foot in turn.
 */
class PageBreaksTest {
    private static final String SENTENCE = "Kommunstyrelsen har berett motionen. ";
    /** The last att-satser of the sample's proposals, each one line. */
    private static final List<String> LAST = List.of("att i övrigt anse motionen besvarad.",
            "att anta kommunstyrelsens förslag till yttrande.");

    @Test
    void noPageOfTheKallelseEndsWithAHeading() throws Exception {
        assertNoHeadingAtAFoot(Kallelse::of, 100);
    }

    @Test
    void noPageOfTheHandlingarEndsWithAHeading() throws Exception {
        // Fewer: each draws the attached pages again (the kallelse's part is the kallelse's test).
        assertNoHeadingAtAFoot(Handlingar::of, 20);
    }

    @Test
    void noPageOfTheProtokollEndsWithAHeading() throws Exception {
        assertNoHeadingAtAFoot(Protokoll::of, 100);
    }

    @Test
    void noPageOfTheKallelseStartsWithALoneLastAttSats() throws Exception {
        assertNoLoneAttSatsAtAHead(Kallelse::of, 100);
    }

    @Test
    void noPageOfTheProtokollStartsWithALoneLastAttSats() throws Exception {
        assertNoLoneAttSatsAtAHead(Protokoll::of, 100);
    }

    @FunctionalInterface
    private interface Paper {
        Document of(MeetingPapers papers, java.time.Instant created);
    }

    private static void assertNoHeadingAtAFoot(Paper paper, int longest) throws Exception {
        List<String> feet = new ArrayList<>();
        for (int n = 0; n < longest; n++) {
            byte[] pdf = MatterBriefTest.pdf(paper.of(withLongerSummary(n), Samples.CREATED));
            for (Line foot : feet(pages(pdf))) {
                if (foot.heading() && !foot.wholeItem() || foot.text().startsWith("Dnr ")
                        || foot.text().endsWith("besluta") || foot.text().endsWith(":")) {
                    feet.add(n + " sentences, page " + foot.page() + ": " + foot.text());
                }
            }
        }
        assertThat(feet).isEmpty();
    }

    private static void assertNoLoneAttSatsAtAHead(Paper paper, int longest) throws Exception {
        List<String> heads = new ArrayList<>();
        int seen = 0;
        for (int n = 0; n < longest; n++) {
            List<List<Line>> pages = pages(MatterBriefTest.pdf(paper.of(withLongerSummary(n), Samples.CREATED)));
            for (List<Line> page : pages.subList(1, pages.size())) {
                if (!page.isEmpty() && LAST.contains(plain(page.getFirst()))) {
                    heads.add(n + " sentences, page " + page.getFirst().page() + ": " + page.getFirst().text());
                }
            }
            seen += (int) pages.stream().flatMap(List::stream).filter(l -> LAST.contains(plain(l))).count();
        }
        assertThat(seen).as("the att-satser are in the papers").isPositive();
        assertThat(heads).isEmpty();
    }

    private static String plain(Line line) {
        return line.text().replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    /** The sample meeting's papers with the motion's summary {@code n} sentences longer. */
    static MeetingPapers withLongerSummary(int n) {
        MeetingPapers p = PaperSamples.meeting();
        Function<MeetingPapers.Entry, MeetingPapers.Entry> longer = e -> e.papers().summary() == null ? e
                : new MeetingPapers.Entry(e.number(), e.item(), e.standard(), e.matter(),
                        new ItemPapers(e.papers().itemId(), e.papers().summary() + " "
                                + String.join("", Collections.nCopies(n, SENTENCE)), e.papers().basis(),
                                e.papers().sendTo()),
                        e.minutes(), e.enclosures(), e.askedHere(), e.answered());
        return new MeetingPapers(p.meeting(), p.body(), p.settings(), p.council(), p.issued(),
                p.entries().stream().map(longer).toList(), p.newSubmissions(), p.minutes(), p.firstParagraph(),
                p.notice());
    }

    /** @param wholeItem an item's heading with nothing under it (Meddelanden), the next page starting another */
    record Line(int page, String text, boolean heading, boolean wholeItem) {
        Line(int page, String text, boolean heading) {
            this(page, text, heading, false);
        }

        boolean numbered() {
            return heading && text.matches("(§ )?\\d+ \\S.*");
        }
    }

    /** The lines of the text column on each page: not the running head or foot, nor the boxes. */
    private static List<List<Line>> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<List<Line>> pages = new ArrayList<>();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                List<Line> lines = new ArrayList<>();
                int number = page;
                PDFTextStripper s = new PDFTextStripper() {
                    private final StringBuilder line = new StringBuilder();
                    private boolean heading;

                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        if (line.isEmpty()) {
                            // A heading is set in the bold sans at 11 pt or more; a label (Dnr, a fact's) is smaller.
                            String font = positions.getFirst().getFont().getName();
                            heading = font != null && font.contains("Sans") && font.contains("Bold")
                                    && positions.getFirst().getFontSizeInPt() >= 11;
                        }
                        line.append(text);
                    }

                    @Override
                    protected void writeWordSeparator() {
                        line.append(' ');
                    }

                    @Override
                    protected void writeLineSeparator() {
                        lines.add(new Line(number, line.toString().strip(), heading));
                        line.setLength(0);
                    }

                    @Override
                    protected void writePageEnd() {
                        // The page's last line has no separator after it.
                        writeLineSeparator();
                    }
                };
                s.setSortByPosition(true);
                s.setStartPage(page);
                s.setEndPage(page);
                s.getText(doc);
                List<Line> body = lines.stream().filter(l -> !l.text().isEmpty()
                        && !l.text().matches("Sida \\d+ \\(\\d+\\)") && !l.text().startsWith("Justerandes signatur")
                        && !l.text().startsWith("Utdragsbestyrkande")).toList();
                // The first line is the running head.
                pages.add(body.isEmpty() ? body : body.subList(1, body.size()));
            }
            return pages;
        }
    }

    /** The last line of each page but the last. */
    private static List<Line> feet(List<List<Line>> pages) {
        List<Line> feet = new ArrayList<>();
        for (int i = 0; i + 1 < pages.size(); i++) {
            if (!pages.get(i).isEmpty()) {
                Line foot = pages.get(i).getLast();
                boolean whole = foot.numbered() && !pages.get(i + 1).isEmpty()
                        && pages.get(i + 1).getFirst().numbered();
                feet.add(new Line(foot.page(), foot.text(), foot.heading(), whole));
            }
        }
        return feet;
    }
}
