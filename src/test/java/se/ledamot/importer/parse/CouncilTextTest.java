package se.ledamot.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CouncilTextTest {
    @Test
    void linesAreEvenedOutAndTheOriginalKept() {
        String raw = "  Motion\u00A0om\tcykel\u00ADvägar  |\r\nrad två\u0007med klocka\rtre\fFyra\u2028fem";
        CouncilText t = CouncilText.of(raw, "m.txt");
        assertThat(t.lines()).containsExactly("Motion om cykelvägar", "rad två med klocka", "tre", "Fyra", "fem");
        assertThat(t.original()).isEqualTo(raw);
        assertThat(t.flat()).isEqualTo("Motion om cykelvägar rad två med klocka tre Fyra fem");
    }

    @Test
    void emptyLinesStayAsLinesButNotInTheFlatText() {
        CouncilText t = CouncilText.of("\n\nA\n \n\nB\n", null);
        assertThat(t.lines()).containsExactly("", "", "A", "", "", "B", "");
        assertThat(t.flat()).isEqualTo("A B");
        assertThat(t.name()).isEmpty();
    }

    @Test
    void theFileNameIsOneLineWithoutControlCharacters() {
        assertThat(CouncilText.of("", "\u0001 rad\nbrytning\u0007.txt ").name()).isEqualTo("rad brytning .txt");
    }

    @Test
    void onlyOneTableBarAtTheEndOfALineGoes() {
        assertThat(CouncilText.of("a ||\n|", "").lines()).containsExactly("a |", "");
    }
}
