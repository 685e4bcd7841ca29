package se.ledamot.brief.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a line never breaks: a name from its party ("Anna Ek (V)"), a time ("kl. 18.00"), a paragraph ("§ 12",
 * "5 kap. 11 §"), a date ("den 3 november 2026"), a diarienummer ("KS 2026/615") or a number from its unit
 * ("8 månader"). Every measure from narrow to wide is tried, so wherever the paragraph happens to wrap, these stay
 * on one line.
 */
class TiesTest {
    private static final Style BODY = Style.of(Face.SERIF, 10);
    private static final Style HEAD = Style.of(Face.SANS_BOLD, 14).hyphenate(false);

    private static List<String> linesAt(String text, Style style, float measure, Align align) {
        return LineBreaker.lines(List.of(new Span(text, style)), measure, align).stream()
                .map(LineBreaker.Line::text).toList();
    }

    /** Every line of the text at every second measure from 130 (where each tied group fits) to 500 points, in both alignments. */
    private static void neverBreaks(String text, Style style, String... together) {
        for (float measure = 130; measure <= 500; measure += 2) {
            for (Align align : List.of(Align.LEFT, Align.JUSTIFY)) {
                List<String> lines = linesAt(text, style, measure, align);
                for (String kept : together) {
                    assertThat(lines).as("%s at %s pt, %s", kept, measure, align).anySatisfy(
                            line -> assertThat(line).contains(kept));
                }
            }
        }
    }

    @Test
    void aNameStaysWithItsParty() {
        neverBreaks("Svar på interpellation från Anna Ek (V) till kommunstyrelsens ordförande Bo Lindqvist (S) "
                + "om skolskjutsarna i norra kommundelen och Karin Ek (V), Per Holm (MP) och Sara Berg (KD).", BODY,
                "Anna Ek (V)", "Bo Lindqvist (S)", "Karin Ek (V),", "Per Holm (MP)", "Sara Berg (KD).");
    }

    @Test
    void aNameStaysWithItsPartyInAHeading() {
        neverBreaks("Interpellation från Lena Ek (V) om kollektivtrafiken på landsbygden och de långa väntetiderna",
                HEAD, "Lena Ek (V)");
    }

    @Test
    void aTimeADateAParagraphAndADnrStayWhole() {
        neverBreaks("Kommunfullmäktige sammanträder tisdagen den 3 november 2026 kl. 18.00 i stadshusets sessionssal "
                + "enligt 5 kap. 11 § kommunallagen; ärendet behandlades under § 12 med Dnr KS 2026/615 och "
                + "protokollet justeras den 10 november 2026.", BODY,
                "den 3 november 2026", "kl. 18.00", "§ 12", "5 kap. 11 §", "KS 2026/615", "den 10 november 2026.");
    }

    @Test
    void aNumberStaysWithItsUnit() {
        neverBreaks("Gruppen föreslår att försöket med nattöppen fritidsgård förlängs med 8 månader och att det "
                + "ska kosta högst 250 kr per kväll, det vill säga 12 % mer än i år; mötet tar 45 min. och "
                + "beslutet gäller i 3 veckor efter att 2,5 procent av budgeten har använts.", BODY,
                "8 månader", "250 kr", "12 %", "45 min.", "3 veckor", "2,5 procent");
    }

    /**
     * The protokoll's "får ställas (5 kap. 59–60 §§ kommunallagen)" broke after "kap.": the bundle binds "5 kap." and
     * "59–60 §§" with no-break spaces, which the ties did not see past, and a range of paragraphs or a citation
     * opened by a parenthesis was not read as a number.
     */
    @Test
    void aCitationOfARangeOfParagraphsStaysWhole() {
        neverBreaks("Kommunfullmäktige beslutar att interpellationen får ställas (5\u00a0kap. 59–60\u00a0§§ "
                + "kommunallagen). Interpellationen leder inte till något beslut (5 kap. 59–63 §§ kommunallagen) "
                + "och protokollet anslås (8 kap. 12 § kommunallagen).", BODY,
                "(5\u00a0kap. 59–60\u00a0§§", "(5 kap. 59–63 §§", "(8 kap. 12 §");
    }

    @Test
    void tiedWordsStillBreakAtOrdinarySpaces() {
        // The ties bind only what belongs together: a narrow column still has several lines.
        assertThat(linesAt("Motion från Anna Ek (V) om cykelvägar den 3 november 2026", BODY, 80, Align.LEFT))
                .hasSizeGreaterThan(2);
    }

    @Test
    void tiedWordsWiderThanTheLineBreakAtTheirSpacesAfterAll() {
        // At 40 pt "den 3 november 2026" cannot stand on one line: it breaks between its words, not inside one.
        assertThat(linesAt("den 3 november 2026", BODY, 40, Align.LEFT)).contains("november").contains("2026");
    }
}
