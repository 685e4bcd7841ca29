package se.ledamot.brief.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaperWordsTest {

    /**
     * The councillor's walk (walkcllr): the sample motion's summary in the kallelse read "Vänsterpartiet Motion om att
     * upprätta en integrationsplan En framgångsrik …", its letterhead and heading run into the first sentence.
     */
    @Test
    void aSummaryLeavesOutTheLetterheadAndHeadingAboveTheText() {
        String body = """
                Vänsterpartiet

                Motion om att upprätta en integrationsplan

                En framgångsrik integrationspolitik kräver en plan. Den ska följas upp.
                """;
        assertThat(PaperWords.opening(body))
                .isEqualTo("En framgångsrik integrationspolitik kräver en plan. Den ska följas upp.");
    }

    @Test
    void aTextOfOnlyShortLinesIsSummedUpAsItIs() {
        assertThat(PaperWords.opening("Bygg en ny skola i Ekby")).isEqualTo("Bygg en ny skola i Ekby");
        assertThat(PaperWords.opening("Ny skola\n\nI Ekby")).isEqualTo("Ny skola I Ekby");
    }
}
