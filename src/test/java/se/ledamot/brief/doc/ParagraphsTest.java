package se.ledamot.brief.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    private static List<String> texts(String text) {
        return Paragraphs.of(text).stream().map(Paragraphs.Paragraph::text).toList();
    }

    @Test
    void typedLineBreaksKeepTheAuthorsParagraphs() {
        String answer = "Sävsjö kommun har idag en integrationsstrateg som sedan sommaren 2017 arbetar "
                + "förvaltningsövergripande med samordning.\n"
                + "Parallellt med, eller snarare som en del av, detta arbete fortsätter socialförvaltningen sitt "
                + "arbete.\n"
                + "Jag gör avslutningsvis bedömningen att kommunen bedriver ett kraftfullt och samordnat arbete.";
        assertThat(texts(answer)).hasSize(3).first().asString().startsWith("Sävsjö kommun");
    }

    @Test
    void aBlankLineAlwaysEndsAParagraph() {
        assertThat(texts("Första stycket.\n\n\nAndra stycket.\n \nTredje.")).containsExactly("Första stycket.",
                "Andra stycket.", "Tredje.");
    }

    @Test
    void shortTypedLinesStayTogetherLineByLine() {
        List<Paragraphs.Paragraph> paras = Paragraphs.of("Stenungsund 2015-02-16\nJan Alexandersson (V)\n"
                + "Emma Ramhult (V)");
        assertThat(paras).hasSize(1);
        assertThat(paras.getFirst().lines()).containsExactly("Stenungsund 2015-02-16", "Jan Alexandersson (V)",
                "Emma Ramhult (V)");
    }

    @Test
    void aListOfQuestionsIsNotTakenForWrappedText() {
        assertThat(texts("Hur långt har arbetet kommit med integrationsenheten?\nNär kommer den att vara klar?\n"
                + "Vad är det som saknas?")).hasSize(1);
        assertThat(Paragraphs.of("Hur långt har arbetet kommit med integrationsenheten?\n"
                + "När kommer den att vara klar?\nVad är det som saknas?").getFirst().lines()).hasSize(3);
    }

    @Test
    void textWrappedByAPdfIsJoinedAndItsDividedWordsMadeWhole() {
        String pdf = """
                Segregation, etnisk diskriminering och rasism är ett djupgående samhällsprob-
                lem och den politik som krävs för att möta det måste vara långsiktig. Integra-
                tionsarbetet är mångfacetterat och spänner över en mängd olika områden, både
                integrations- och mottagningsarbetet.
                Både den offentliga sektorn, föreningslivet och det privata näringslivet har
                ett mycket stort ansvar men också oerhört mycket att vinna i det arbetet.
                """;
        assertThat(texts(pdf)).containsExactly(
                "Segregation, etnisk diskriminering och rasism är ett djupgående samhällsproblem och den politik "
                        + "som krävs för att möta det måste vara långsiktig. Integrationsarbetet är mångfacetterat och "
                        + "spänner över en mängd olika områden, både integrations- och mottagningsarbetet.",
                "Både den offentliga sektorn, föreningslivet och det privata näringslivet har ett mycket stort "
                        + "ansvar men också oerhört mycket att vinna i det arbetet.");
    }
}
