package se.ledamot.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import se.ledamot.domain.Limit;
import se.ledamot.importer.draft.ImportDraft;
import se.ledamot.importer.hostile.Bait;

/**
 * Whatever text comes in, the parser gives a draft, keeps the whole text, makes the body of the text's own words in
 * their order (a blog page's furniture, comments and post date left out), and reads it in linear time.
 */
class CouncilTextParserPropertiesTest {
    private final CouncilTextParser parser = new CouncilTextParser();

    @Property(tries = 400)
    void anyTextGivesADraftThatKeepsTheWholeText(@ForAll String text, @ForAll String name) {
        assertKept(text, name);
    }

    @Property(tries = 400)
    void councilLikeTextGivesADraftThatKeepsTheWholeText(@ForAll("councilText") String text) {
        assertKept(text, "dokument.txt");
    }

    /**
     * Any text, grown ten times by repeating it, costs the parser about ten times the work: the counted work per
     * character stays bounded. Counted, not timed, so a busy machine cannot make it fail.
     */
    @Property(tries = 40)
    void workGrowsLinearlyAsAnyTextGrowsTenfold(@ForAll("unit") String unit) {
        String small = grown(unit, 2_000);
        String large = grown(unit, 20_000);
        long w1 = Work.of(small);
        long w10 = Work.of(large);
        assertThat(w10).as("work %d for %d chars, %d for %d", w1, small.length(), w10, large.length())
                .isLessThanOrEqualTo(20 * w1 + 200_000);
        assertThat(w10 / large.length()).isLessThan(1000);
    }

    private static String grown(String unit, int chars) {
        StringBuilder s = new StringBuilder(chars + unit.length());
        while (s.length() < chars) {
            s.append(unit);
        }
        return s.toString();
    }

    /** A piece of text to repeat: council lines, bait for every extractor, random characters, in any order. */
    @Provide
    Arbitrary<String> unit() {
        Arbitrary<String> bait = Arbitraries.of(Bait.ALL).map(Bait::unit);
        Arbitrary<String> random = Arbitraries.strings().ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(3, councilText()), Tuple.of(3, bait),
                Tuple.of(2, random), Tuple.of(1, Arbitraries.of(" ", "\n", "?", ":", ".", "-", "(", ")", ",", "att ")));
        return piece.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l)).filter(s -> !s.isEmpty());
    }

    private void assertKept(String text, String name) {
        ImportDraft d = parser.parse(text, name);
        assertThat(d.text()).isEqualTo(text);
        // The body is the text's own words in their order, as a reader sees them (control characters dropped, a
        // printed line's break may become a space): nothing added, nothing moved.
        String whole = Limit.text(text);
        int from = 0;
        for (String word : d.matter().body().split("\\s+")) {
            int at = whole.indexOf(word, from);
            assertThat(at).as("body word %s after %d in %s", word, from, whole).isGreaterThanOrEqualTo(0);
            from = at + word.length();
        }
        assertThat(d.matter().title()).isNotBlank();
    }

    /** Lines from real council texts, shuffled and repeated, with the odd broken date or bracket. */
    @Provide
    Arbitrary<String> councilText() {
        List<String> pieces = List.of("Motion om att upprätta en integrationsplan", "Interpellation till",
                "Fråga till kommunalrådet Anna Ek (", "Svar på interpellation från", "Medborgarförslag:",
                "Vi föreslår därför:", "att", "Att en plan tas fram", "yrkar att fullmäktige beslutar att ",
                "1 Hur långt har arbetet kommit? 2 När", "2.", "?", "Stenungsund 2015-02-16", "den 31 februari 2024",
                "torsdag 27 maj 2010", "Sista juni ska alla svar vara inne.", "senast den 45 mars", "Jan Alexandersson (V)",
                "(M)", ".....", "Med vänlig hälsning", "För Vänsterpartiet", "följande svar:", "1 kommentar:", "",
                "\n", "\r\n", "\t", "  ", "Dnr KS 2015/", "Ordförande!", "på remiss", "ÅÄÖ åäö é ü", "\u00A0",
                "9999-99-99", "1/13 2020", "Till: ", "om ", "|");
        return Arbitraries.of(pieces).list().ofMaxSize(40).map(l -> String.join("\n", l))
                .flatMap(s -> Arbitraries.of(s, s.replace("\n", " "), s.toUpperCase()));
    }
}
