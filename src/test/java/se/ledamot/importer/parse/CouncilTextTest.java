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

    /**
     * A printed text whose running head starts with a tab on every page, as a PDF's text often does: the head was
     * counted by its line as printed and looked up stripped, and reading it failed with a NullPointerException
     * (CouncilTextParserPropertiesTest's random text, the twenty-eighth round's final run).
     */
    @Test
    void aRunningHeadIndentedByATabIsLeftOutOfEveryPage() {
        String printed = "\tKommunen\tSida 1 av 2\nMotion om cykelvägar\nFörsta sidan.\f"
                + "\tKommunen\tSida 2 av 2\nAndra sidan.";
        CouncilText t = CouncilText.of(printed, "m.pdf");
        assertThat(t.flat()).isEqualTo("Motion om cykelvägar Första sidan. Andra sidan.");
        assertThat(t.original()).isEqualTo(printed);
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

    @Test
    void aBlogPagesCommentsButtonsAndNavigationAreLeftOutAndItsPostDateOnlyRead() {
        String page = "torsdag 27 maj 2010\n\nRemiss om integrationsprogrammet\n\nSvaren ska vara inne i juni.\n"
                + "Gilla\nDela på Facebook\nEtiketter: integration, remiss\nUpplagd av Anna Ek kl. 21:14\n\n"
                + "1 kommentar:\n\nAnonym sa...\n\nI would like to exchange links with your site\nÄldre inlägg\n";
        CouncilText t = CouncilText.of(page, "r.txt");
        assertThat(t.original()).isEqualTo("Remiss om integrationsprogrammet\n\nSvaren ska vara inne i juni.");
        assertThat(t.lines()).contains("torsdag 27 maj 2010", "Remiss om integrationsprogrammet")
                .noneMatch(l -> l.contains("Gilla") || l.contains("Anonym") || l.contains("exchange")
                        || l.contains("Etiketter") || l.contains("Äldre"));
    }

    @Test
    void aCommenterWithoutCouncilTextBeforeIsTextAndALongLineIsNeverFurniture() {
        assertThat(CouncilText.of("Anna sa...\nMotion om x", "").original()).isEqualTo("Anna sa...\nMotion om x");
        assertThat(BlogMatter.of("Gilla", true)).isEqualTo(BlogMatter.Kind.FURNITURE);
        assertThat(BlogMatter.of("Anna Ek sa…", true)).isEqualTo(BlogMatter.Kind.COMMENTS);
        assertThat(BlogMatter.of("3 kommentarer:", true)).isEqualTo(BlogMatter.Kind.COMMENTS);
        assertThat(BlogMatter.of("Vi gillar förslaget och vill dela det med fler.", true))
                .isEqualTo(BlogMatter.Kind.TEXT);
        assertThat(BlogMatter.of("Stenungsund 2015-02-16", true)).isEqualTo(BlogMatter.Kind.TEXT);
        assertThat(BlogMatter.of("Jan Alexandersson (V)", true)).isEqualTo(BlogMatter.Kind.TEXT);
    }

    @Test
    void aTextWithoutBlogMatterKeepsItsBodyExactly() {
        String raw = "Motion\r\n\r\natt x\r\n\r\n";
        assertThat(CouncilText.of(raw, "").original()).isEqualTo(raw);
    }
}
