package se.ledamot.brief.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where pages break: never leaving one line of a paragraph alone, never a heading at the foot of a page. */
class TypesetterTest {
    /** Unhyphenated, so that a line of x's stays one word per line. */
    private static final Style BODY = Style.of(Face.SERIF, 10).leading(12).hyphenate(false);
    private static final Style HEAD = Style.of(Face.SANS_BOLD, 14).leading(18);
    private static final Tag DOC = Tag.document();

    private static Block.Paragraph lines(int n) {
        // Words of 150 pt on a 256 pt measure: one word per line, n lines.
        String word = "x".repeat(30);
        return new Block.Paragraph(List.of(new Span(String.join(" ", java.util.Collections.nCopies(n, word)), BODY)),
                Align.JUSTIFY, 0, 0, 0, false, null, DOC.child("P"));
    }

    private static Block.Paragraph heading(String text) {
        return new Block.Paragraph(List.of(new Span(text, HEAD)), Align.LEFT, 0, 0, 0, true, null, DOC.child("H1"));
    }

    /** An item's heading, with its bookmark as the papers' items have. */
    private static Block.Paragraph item(String number, String text) {
        return new Block.Paragraph(List.of(new Span(text, HEAD)), Align.LEFT, 0, 0, 0, true,
                new Anchor("item-" + number, number + ". " + text, 1), DOC.child("H1"));
    }

    /** A table with a header row and {@code n} rows, each row 18 pt high (12 pt line and 3 pt padding). */
    private static Block.Table table(int n) {
        List<List<Span>> rows = new ArrayList<>();
        rows.add(List.of(new Span("Datum", BODY), new Span("Händelse", BODY)));
        for (int i = 0; i < n; i++) {
            rows.add(List.of(new Span("2026-01-0" + i % 10, BODY), new Span("Rad " + i, BODY)));
        }
        return new Block.Table(new float[] {0.3f, 0.7f}, rows, true, 0, 0, DOC.child("Table"));
    }

    private static List<List<Typesetter.Placed>> pages(int bodyLines, Block... blocks) {
        Document.Page page = new Document.Page(400, 72 + 72 + bodyLines * 12, 72, 72, 72, 72);
        return Typesetter.layout(new Document(new Document.Info("t", "a", "s", "k", "sv", Instant.EPOCH), page,
                new Document.Running(null, null, (p, n) -> "", BODY, false), List.of(blocks)));
    }

    /** Lines per page for a body exactly {@code bodyLines} lines of 12 pt high. */
    private static List<Integer> linesPerPage(int bodyLines, Block... blocks) {
        Document.Page page = new Document.Page(400, 72 + 72 + bodyLines * 12, 72, 72, 72, 72);
        Document doc = new Document(new Document.Info("t", "a", "s", "k", "sv", Instant.EPOCH), page,
                new Document.Running(null, null, (p, n) -> "", BODY, false), List.of(blocks));
        List<Integer> out = new ArrayList<>();
        for (List<Typesetter.Placed> p : Typesetter.layout(doc)) {
            out.add(p.size());
        }
        return out;
    }

    @Test
    void aParagraphThatFitsStaysOnOnePage() {
        assertThat(linesPerPage(10, lines(10))).containsExactly(10);
    }

    @Test
    void noOrphanIsLeftAtTheFootOfAPage() {
        // 9 lines fill the page but one; the next paragraph's first line would be alone at the foot.
        assertThat(linesPerPage(10, lines(9), lines(5))).containsExactly(9, 5);
    }

    @Test
    void noWidowIsCarriedAlone() {
        // 11 lines on a 10-line page: the last line would be alone on the next page, so two go over.
        assertThat(linesPerPage(10, lines(11), lines(4))).containsExactly(9, 6);
    }

    @Test
    void aDocumentsLastFewLinesAreNotLeftAloneOnAPageBeforeTheNextDocument() {
        // The handlingar: 13 lines of an answer on a 10-line page, then the next item's papers on a page of their
        // own. Three lines alone on a page: the break moves up so that the page holds five.
        assertThat(linesPerPage(10, lines(13), new Block.PageBreak(), lines(4))).containsExactly(8, 5, 4);
        assertThat(linesPerPage(10, lines(13))).as("the document's end too").containsExactly(8, 5);
        assertThat(linesPerPage(10, lines(6), lines(7))).as("where the paragraph allows: two lines on either side")
                .containsExactly(8, 5);
        assertThat(linesPerPage(10, lines(15))).as("five lines over already").containsExactly(10, 5);
    }

    @Test
    void aWholeItemAtTheEndGoesOverAloneRatherThanTakeLinesOfTheOneBefore() {
        // The sample kallelse: its last item, "8 Meddelanden" (a heading and nothing under it), did not fit below the
        // remiss. Taken for text run over, it drew the remiss's last lines after it, to five lines, and left 100 pt
        // empty at the foot of the page before. A whole item is not run over: the page before keeps what fits.
        Block.Paragraph item = new Block.Paragraph(List.of(new Span("8 Meddelanden", HEAD)), Align.LEFT, 0, 0, 0, true,
                new Anchor("item-8", "8. Meddelanden", 1), DOC.child("H1"));
        assertThat(linesPerPage(10, lines(9), new Block.Rule(0, 0, Rgb.LIGHT), item)).containsExactly(10, 1);
        assertThat(linesPerPage(10, lines(9), heading("Rubrik"), lines(2))).as("a heading that is no item's")
                .containsExactly(7, 5);
    }

    @Test
    void aHeadingIsKeptWithTwoLinesOfWhatFollows() {
        // After 8 lines there is room for the heading (1.5 lines) but not for it and two lines of text.
        List<Integer> pages = linesPerPage(10, lines(8), heading("Rubrik"), lines(4));
        assertThat(pages).containsExactly(8, 5);
    }

    @Test
    void aSmallTableIsKeptWholeAndWithItsHeading() {
        // 6 lines leave room for the heading, the header row and a row or two, but not the whole table.
        assertThat(linesPerPage(10, lines(6), heading("Tidslinje"), table(3))).containsExactly(6, 5);
    }

    @Test
    void aGroupEndingInAHeadingDoesNotHoldTheNextGroupToItsPage() {
        // The debate brief: "Val av justerare" (a heading and nothing more), a rule, then an item that fits on a page
        // but not below it. The first heading's keep-with-next ran on through the rule into the item, so the page
        // had no place to break and was cut at the foot: "Tidslinje" and the table's header alone there. The item
        // runs on below (a page nearly empty otherwise) and breaks before "Tidslinje", kept with its table.
        Block.Together procedural = new Block.Together(List.of(heading("Val av justerare")));
        Block.Together item = new Block.Together(List.of(lines(4), heading("Tidslinje"), table(2)));
        List<List<Typesetter.Placed>> pages = pages(10, procedural, new Block.Rule(0, 0, Rgb.LIGHT), item);
        assertThat(pages.stream().map(List::size).toList()).containsExactly(6, 4);
    }

    @Test
    void anItemThatIsOnlyAHeadingDoesNotHoldTheNextItemToItsPage() {
        // The kallelse: items run on between separators, not in groups. "Upprop" (a heading and nothing more) kept
        // with the next item through the rule, so both went to the next page: the sample kallelse left its first
        // page a third empty and so put "8 Meddelanden" alone on a fourth. The heading is the whole item: it stays
        // below the text, and the next item, which does not fit there, starts the next page.
        Block.Rule separator = new Block.Rule(0, 0, Rgb.LIGHT);
        List<List<Typesetter.Placed>> pages = pages(10, lines(6), item("1", "Upprop"), separator,
                item("2", "Val av justerare"), lines(3));
        assertThat(pages.stream().map(List::size).toList()).containsExactly(8, 4);
    }

    @Test
    void anItemThatIsOnlyAHeadingStaysOnItsPageWhenOnlyTheRuleBelowItDoesNotFit() {
        // "Val av justerare" fitted below the text but the separator under it did not: kept to its rule, the heading
        // went over with it. The rule goes to the next page instead, and is not drawn at its head (it would divide
        // nothing from nothing).
        Block.Rule separator = new Block.Rule(12, 0, Rgb.LIGHT);
        List<List<Typesetter.Placed>> pages = pages(10, lines(8), item("1", "Upprop"), separator,
                item("2", "Val av justerare"), lines(3));
        assertThat(pages.stream().map(List::size).toList()).containsExactly(9, 4);
        assertThat(pages.get(1).getFirst().box().anchor().id()).isEqualTo("item-2");
    }

    @Test
    void aGroupMovesWholeToTheNextPageOnlyWhenThatLeavesLessThanAThirdEmpty() {
        // A short group ("Val av justerare": a heading and two lines), then one of 8 lines that fits on a page but
        // not below: it moved whole and left the short group alone on a page two-thirds empty.
        Block.Together procedural = new Block.Together(List.of(heading("Val av justerare"), lines(2)));
        Block.Together item = new Block.Together(List.of(lines(8)));
        assertThat(linesPerPage(10, procedural, item)).as("runs on below").containsExactly(6, 5);
        // Below 7 lines (more than two-thirds of the page) the group still moves whole.
        assertThat(linesPerPage(10, lines(7), item)).containsExactly(7, 8);
    }

    @Test
    void aLongTableRepeatsItsHeaderAndNeverLeavesALoneRow() {
        // 240 pt hold the header and 12 rows of 18 pt; of 13 rows one would be left alone, so two go over.
        List<List<Typesetter.Placed>> pages = pages(20, table(13));
        assertThat(pages.stream().map(List::size).toList()).containsExactly(12, 3);
        assertThat(pages.get(1).getFirst().box().drawer()).isSameAs(pages.get(0).getFirst().box().drawer());
    }

    @Test
    void aLongTableKeepsTwoRowsUnderItsHeaderAtTheFootOfAPage() {
        // After 17 lines there is room for the header and one row only: the table starts on the next page.
        List<List<Typesetter.Placed>> pages = pages(20, lines(17), table(12));
        assertThat(pages.stream().map(List::size).toList()).containsExactly(17, 13);
    }

    @Test
    void justifiedLinesFillTheMeasureAndTheLastIsRagged() {
        String text = "Sävsjö kommun har idag en integrationsstrateg som sedan sommaren 2017 arbetar "
                + "förvaltningsövergripande med samordning av hur kommunens integrationsfond fördelas mellan olika "
                + "projekt. I hennes uppdrag ligger också att tillsammans med förvaltningarna arbeta fram förslag.";
        List<LineBreaker.Line> lines = LineBreaker.lines(List.of(new Span(text, BODY.hyphenate(true))), 250,
                Align.JUSTIFY);
        assertThat(lines).hasSizeGreaterThan(3);
        for (LineBreaker.Line line : lines.subList(0, lines.size() - 1)) {
            assertThat(line.width()).isCloseTo(250f, org.assertj.core.data.Offset.offset(0.01f));
        }
        assertThat(lines.getLast().width()).isLessThan(250f);
        assertThat(lines.getLast().extraPerGap()).isZero();
        StringBuilder joined = new StringBuilder();
        for (LineBreaker.Line line : lines) {
            joined.append(line.hyphenated() ? line.text().substring(0, line.text().length() - 1) : line.text() + " ");
        }
        assertThat(joined.toString().strip()).isEqualTo(text);
    }

    @Test
    void aWordWiderThanTheMeasureIsCutRatherThanOverflowing() {
        String url = "https://www.example.se/" + "a".repeat(200);
        List<LineBreaker.Line> lines = LineBreaker.lines(List.of(new Span(url, BODY)), 100, Align.JUSTIFY);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allSatisfy(l -> assertThat(l.naturalWidth()).isLessThanOrEqualTo(100f));
    }

    @Test
    void aCompoundWiderThanAnUnhyphenatedHeadingBreaksAtASyllableWithAHyphen() {
        // A 300-character title's compound in a heading, which is otherwise never hyphenated: it was cut where the
        // measure ran out ("…verksamhetsutvecklings" / "projekt", no hyphen), a word split as no secretary would.
        String word = "samhällsorienteringsverksamhetsutvecklingsprojekt";
        List<LineBreaker.Line> lines = LineBreaker.lines(List.of(new Span("om " + word, HEAD.hyphenate(false))),
                200, Align.LEFT);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allSatisfy(l -> assertThat(l.naturalWidth()).isLessThanOrEqualTo(200f));
        List<LineBreaker.Line> broken = lines.stream().filter(l -> !l.text().contains(" ")).toList();
        assertThat(broken.subList(0, broken.size() - 1)).allSatisfy(l -> assertThat(l.hyphenated()).isTrue());
        StringBuilder joined = new StringBuilder();
        for (LineBreaker.Line line : lines) {
            joined.append(line.hyphenated() ? line.text().substring(0, line.text().length() - 1) : line.text() + " ");
        }
        assertThat(joined.toString().strip()).isEqualTo("om " + word);
        assertThat(Hyphenator.swedish().breaks(word)[word.length() - lines.getLast().text().length()])
                .isNotEqualTo(Hyphenator.NONE);
    }
}
