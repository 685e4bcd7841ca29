package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.search.Hit;
import se.ledamot.search.SearchQuery;

/**
 * A snippet is one line, but what were separate lines stays apart: att-satser and questions read as items of their
 * own (each att-sats with its "att"), a heading apart from its paragraph, and sentences after a single space.
 */
class SnippetItemsTest {
    @Test
    void attSatserReadAsSeparateItemsEachWithItsAtt() {
        Matter m = Matter.newMatter(MatterKind.MOTION, "Motion om integration").body("")
                .proposals(List.of("en integrationsplan tas fram", "planen redovisas för fullmäktige"))
                .authors(List.of()).build();

        Hit.Snippet s = Snippets.of(SearchQuery.of("integrationsplan", 20), m, false);

        assertThat(s.text()).isEqualTo("att en integrationsplan tas fram · att planen redovisas för fullmäktige");
        assertThat(marked(s)).containsExactly("integrationsplan", "planen");
    }

    @Test
    void aHeadingStaysApartFromItsParagraphAndSentencesJoinWithOneSpace() {
        Matter m = Matter.newMatter(MatterKind.MOTION, "Motion").body("""
                Bakgrund
                Kommunen saknar en plan.
                Andra kommuner har en integrationsplan
                sedan länge.""").authors(List.of()).build();

        Hit.Snippet s = Snippets.of(SearchQuery.of("integrationsplan", 20), m, false);

        assertThat(s.text()).isEqualTo("Bakgrund · Kommunen saknar en plan. Andra kommuner har en integrationsplan · "
                + "sedan länge.");
        assertThat(marked(s)).containsExactly("plan", "integrationsplan");
    }

    @Test
    void questionsEndingInAQuestionMarkJoinWithOneSpace() {
        String before = "Lång inledning utan träff. ".repeat(12);
        Matter m = Matter.newMatter(MatterKind.QUESTION, "Fråga").body(before)
                .questions(List.of("Hur många platser finns i simhallen?", "När öppnar den nya simhallen"))
                .authors(List.of()).build();

        Hit.Snippet s = Snippets.of(SearchQuery.of("simhall", 20), m, false);

        assertThat(s.text()).isEqualTo("Hur många platser finns i simhallen? När öppnar den nya simhallen");
        assertThat(marked(s)).containsExactly("simhallen", "simhallen");
    }

    @Test
    void marksStayOnTheirWordsWhenTheSnippetIsCutFromALongTextWithLineBreaks() {
        String body = "Rad utan träff\n".repeat(20) + "Här står integrationsplanen\noch mer\n\n" + "Slut\n".repeat(30);
        Matter m = Matter.newMatter(MatterKind.MOTION, "Motion").body(body).authors(List.of()).build();

        Hit.Snippet s = Snippets.of(SearchQuery.of("integrationsplan", 20), m, false);

        assertThat(s.text()).startsWith("…").endsWith("…").contains("Rad utan träff · Här står integrationsplanen · "
                + "och mer · Slut · Slut").doesNotContain("\n").doesNotContain("  ");
        assertThat(marked(s)).containsExactly("integrationsplanen");
    }

    private static List<String> marked(Hit.Snippet s) {
        return s.marks().stream().map(k -> s.text().substring(k.start(), k.end())).toList();
    }
}
