package se.ledamot.brief.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HyphenatorTest {
    private static final Hyphenator SV = Hyphenator.swedish();

    /** '=' marks a preferred break (a compound joint), '-' any other. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            funktionsnedsättning,  funk-tions=ned=sätt-ning
            landsbygdstrafiken,    lands=bygds=tra-fi-ken
            kommunfullmäktige,     kom-mun-full-mäk-ti=ge
            integrationsplan,      in=teg-ra-tions=plan
            """)
    void swedishWordsBreakWhereASwedeWould(String word, String expected) {
        assertThat(SV.show(word).replace('=', '-')).isEqualTo(expected.replace('=', '-'));
    }

    @Test
    void compoundJointsArePreferred() {
        assertThat(SV.show("funktionsnedsättning")).contains("tions=ned");
        assertThat(SV.show("landsbygdstrafiken")).startsWith("lands=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"förvaltningsövergripande", "samverkansöverenskommelse", "landsbygdstrafiken",
            "kommunledningsförvaltningen", "ålderdomshem", "övergripande", "etableringsreformen"})
    void noBreakInTheFirstOrLastTwoLettersNorAOneLetterPart(String word) {
        String shown = SV.show(word).replace('=', '-');
        String[] parts = shown.split("-");
        assertThat(parts[0]).hasSizeGreaterThanOrEqualTo(2);
        assertThat(parts[parts.length - 1]).hasSizeGreaterThanOrEqualTo(2);
        for (String part : parts) {
            assertThat(part).as(shown).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"KS", "2015/123", "www.ledamot.se", "McKinsey", "även", "och", "SKR-rapporten"})
    void numbersAbbreviationsAndShortWordsStayWhole(String word) {
        assertThat(SV.show(word)).isEqualTo(word);
    }

    @Test
    void punctuationAroundAWordIsNotPartOfIt() {
        assertThat(SV.show("(funktionsnedsättning),")).isEqualTo("(" + SV.show("funktionsnedsättning") + "),");
        assertThat(SV.show("Kommunfullmäktige")).isEqualTo("K" + SV.show("kommunfullmäktige").substring(1));
    }
}
