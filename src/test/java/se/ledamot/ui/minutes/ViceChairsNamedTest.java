package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Walk27: the ordförande and vice ordförande typed are three ledamöter, said as she types them, never refused. */
class ViceChairsNamedTest {
    private static final String MEMBERS = "Anders Nilsson (S)\nPer Holm (M)\nBirgitta Svahn (C)\nLena Ek (S)";

    @Test
    void threeLedamoterSayNothing() {
        assertThat(ChairsNamed.notice("Anders Nilsson (S)", "Per Holm (M)", "Birgitta Svahn (C)", MEMBERS)).isEmpty();
        assertThat(ChairsNamed.notice("Anders Nilsson (S)", "", "", MEMBERS)).isEmpty();
    }

    @Test
    void theSameNameTwiceIsSaidWithBothFieldsWhateverItsCase() {
        assertThat(ChairsNamed.notice("Anders Nilsson (S)", "Per Holm (M)", "per holm (M)", MEMBERS))
                .startsWith("Per Holm (M) står både som 1:e vice ordförande och som 2:e vice ordförande.");
        assertThat(ChairsNamed.notice("Anders Nilsson (S)", "Anders Nilsson (S)", "", MEMBERS))
                .startsWith("Anders Nilsson (S) står både som ordförande och som 1:e vice ordförande.");
    }

    @Test
    void oneNotAmongTheLedamoterIsSaidTheOrdförandeAsTheVice() {
        assertThat(ChairsNamed.notice("Karin Lund (C)", "Per Holm (M)", "Olof Ström (C)", MEMBERS).lines())
                .containsExactly("Karin Lund (C), ordförande, finns inte bland ledamöterna. Ordförande och vice"
                        + " ordförande väljs bland ledamöterna (5 kap. 11 § kommunallagen), och när närvarolistan"
                        + " hämtas från dem räknas den som saknas där som frånvarande.",
                        "Olof Ström (C), 2:e vice ordförande, finns inte bland ledamöterna. Ordförande och vice"
                        + " ordförande väljs bland ledamöterna (5 kap. 11 § kommunallagen), och när närvarolistan"
                        + " hämtas från dem räknas den som saknas där som frånvarande.");
    }

    @Test
    void nothingIsSaidOfTheLedamoterBeforeAnyAreTypedNorOfANameHalfTyped() {
        assertThat(ChairsNamed.notice("Karin Lund (C)", "Per Holm (M)", "", "")).isEmpty();
        assertThat(ChairsNamed.notice("Anders Nilsson (S)", "Per Holm (", "", MEMBERS)).isEmpty();
    }
}
