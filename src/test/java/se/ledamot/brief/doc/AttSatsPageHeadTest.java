package se.ledamot.brief.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.ledamot.brief.Samples;

/**
 * No page of the kallelse or the protokoll starts with the last att-sats of a proposal alone, its list and the line
 * leading into it on the page before ("att i övrigt anse motionen besvarad." over "Beslutet skickas till"): a list
 * keeps at least two of its lines together across a break, as a paragraph does. The motion's summary is made a
 * sentence longer at a time ({@link PageFootTest}), so the att-satser come to the foot of a page in turn.
 */
class AttSatsPageHeadTest {
    /** The last att-satser of the sample's proposals, each one line. */
    private static final List<String> LAST = List.of("att i övrigt anse motionen besvarad.",
            "att anta kommunstyrelsens förslag till yttrande.");

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
        se.ledamot.brief.layout.Document of(se.ledamot.domain.papers.MeetingPapers papers, java.time.Instant created);
    }

    private static void assertNoLoneAttSatsAtAHead(Paper paper, int longest) throws Exception {
        List<String> heads = new ArrayList<>();
        int seen = 0;
        for (int n = 0; n < longest; n++) {
            byte[] pdf = MatterBriefTest.pdf(paper.of(PageFootTest.withLongerSummary(n), Samples.CREATED));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                    PDFTextStripper s = new PDFTextStripper();
                    s.setSortByPosition(true);
                    s.setStartPage(page);
                    s.setEndPage(page);
                    // The first line is the running head.
                    List<String> lines = s.getText(doc).replace('\u00A0', ' ').lines()
                            .map(l -> l.strip().replaceAll("\\s+", " ")).filter(l -> !l.isEmpty()).toList();
                    String head = lines.size() > 1 ? lines.get(1) : "";
                    if (LAST.contains(head)) {
                        heads.add(n + " sentences, page " + page + ": " + head);
                    }
                }
                seen += LAST.stream().filter(a -> textOf(doc).contains(a)).count();
            }
        }
        assertThat(seen).as("the att-satser are in the papers").isPositive();
        assertThat(heads).isEmpty();
    }

    private static String textOf(PDDocument doc) {
        try {
            return new PDFTextStripper().getText(doc).replace('\u00A0', ' ').replaceAll("[ \\t]+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
