package se.ledamot.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.DeadlineType;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.importer.draft.ImportDraft;

/** The four real texts in seeds/ with the fields a councillor would write down from them. */
class SeedDocumentsTest {
    private final CouncilTextParser parser = new CouncilTextParser();

    private ImportDraft seed(String prefix) throws Exception {
        try (var files = Files.list(Path.of("seeds"))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return parser.parse(Files.readString(file), file.getFileName().toString());
        }
    }

    @Test
    void stenungsundMotionHasItsDateSignatoriesAndSixClauses() throws Exception {
        ImportDraft d = seed("001_");
        var m = d.matter();
        assertThat(m.kind()).isEqualTo(MatterKind.MOTION);
        assertThat(d.confidenceOf(MatterField.KIND)).isEqualTo(Confidence.SURE);
        assertThat(m.title()).isEqualTo("Upprätta en integrationsplan");
        assertThat(m.submitted()).isEqualTo(LocalDate.of(2015, 2, 16));
        assertThat(m.place()).isEqualTo("Stenungsund");
        assertThat(m.authors()).containsExactly(new Person("Jan Alexandersson", "V"), new Person("Emma Ramhult", "V"));
        assertThat(m.proposals()).hasSize(6);
        assertThat(m.proposals().getFirst())
                .isEqualTo("en integrationsplan med övergripande strategiska mål tas fram för Stenungsunds kommun");
        assertThat(m.proposals().getLast())
                .isEqualTo("arbetet med att ta fram integrationsplanen ges hög prioritet och hanteras med skyndsamhet");
        assertThat(m.proposals()).noneMatch(p -> p.toLowerCase().startsWith("att "));
        assertThat(m.status()).isEqualTo(Status.SUBMITTED);
        assertThat(Deadlines.standard().nearest(m).orElseThrow().date()).isEqualTo(LocalDate.of(2016, 2, 16));
        assertThat(d.unsureFields()).isEmpty();
    }

    @Test
    void savsjoInterpellationAnswerHasThreeRunTogetherQuestionsAndTheAnswer() throws Exception {
        ImportDraft d = seed("002_");
        var m = d.matter();
        assertThat(m.kind()).isEqualTo(MatterKind.INTERPELLATION);
        assertThat(m.questions()).containsExactly("Hur långt har arbetet kommit med integrationsenheten?",
                "När kommer den att vara klar?", "Vad är det som saknas?");
        assertThat(m.answer()).startsWith("Sävsjö kommun har idag en integrationsstrateg")
                .endsWith("Kommunens insatser kan, i de flesta fall, endast stötta detta arbete.")
                .doesNotContain("knåpat ihop");
        assertThat(m.status()).isEqualTo(Status.ANSWER_READY);
        assertThat(m.authors()).containsExactly(new Person("Patrik Christierson", null));
        assertThat(d.confidenceOf(MatterField.AUTHORS)).isEqualTo(Confidence.UNSURE);
        // The blog gives no date: none is made up.
        assertThat(m.submitted()).isNull();
        assertThat(d.confidenceOf(MatterField.SUBMITTED)).isEqualTo(Confidence.MISSING);
    }

    /** The sample as the jar ships it: the answer's heading, then the sentence that names who asked. */
    @Test
    void theSampleAnswerUnderItsHeadingStillNamesTheAsker() throws Exception {
        String text;
        try (var in = SeedDocumentsTest.class.getResourceAsStream("/se/ledamot/seeds/002_ca5d8c8e3c0d95c4.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        ImportDraft d = parser.parse(text, "002.txt");
        assertThat(d.matter().kind()).isEqualTo(MatterKind.INTERPELLATION);
        assertThat(d.matter().authors()).containsExactly(new Person("Patrik Christierson", null));
        assertThat(d.confidenceOf(MatterField.AUTHORS)).isEqualTo(Confidence.UNSURE);
        // The councillor's walk: the sample answer to be read aloud began with the blog's preamble.
        assertThat(d.matter().answer()).startsWith("Sävsjö kommun har idag en integrationsstrateg")
                .doesNotContain("har skickat in", "knåpat ihop");
    }

    @Test
    void borasReferralIsDueAtTheEndOfJuneOfItsYear() throws Exception {
        ImportDraft d = seed("004_");
        var m = d.matter();
        assertThat(m.kind()).isEqualTo(MatterKind.REFERRAL);
        assertThat(m.submitted()).isEqualTo(LocalDate.of(2010, 5, 27));
        assertThat(m.replyBy()).isEqualTo(LocalDate.of(2010, 6, 30));
        assertThat(Deadlines.standard().nearest(m).orElseThrow().type()).isEqualTo(DeadlineType.REPLY_DATE);
        assertThat(m.title()).isEqualTo("Frivilligorganisationer en resurs i integrationsarbetet");
        // The year comes from the post's date, so the user is asked to check it.
        assertThat(d.confidenceOf(MatterField.REPLY_BY)).isEqualTo(Confidence.UNSURE);
        // "Lennart Andréasson(v)" inside a sentence is no signature.
        assertThat(m.authors()).isEmpty();
        // The blog's post date and its comment spam are no part of the referral's text.
        assertThat(m.body()).startsWith("Frivilligorganisationer en resurs").endsWith("Och det här är frågor som berör alla.")
                .contains("integrationsarbetet\n\nI kväll").doesNotContain("Anonym sa", "1 kommentar", "exchange links");
    }

    @Test
    void katrineholmBlogPostIsASpeechWithNothingInvented() throws Exception {
        ImportDraft d = seed("000_");
        var m = d.matter();
        assertThat(m.kind()).isEqualTo(MatterKind.SPEECH);
        assertThat(d.confidenceOf(MatterField.KIND)).isEqualTo(Confidence.UNSURE);
        assertThat(m.title()).isEqualTo("Integrations och mottagningsarbetet i Katrineholm");
        assertThat(m.submitted()).isNull();
        assertThat(m.authors()).isEmpty();
        assertThat(m.proposals()).isEmpty();
        assertThat(m.body()).contains("Hela kommunen behöver integreras.");
    }
}
