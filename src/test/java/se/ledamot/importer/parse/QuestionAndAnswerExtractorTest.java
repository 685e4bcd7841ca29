package se.ledamot.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.importer.draft.Confidence;

/** The questions of an interpellation or question, and the answer to them. */
class QuestionAndAnswerExtractorTest {
    private final QuestionExtractor questions = new QuestionExtractor();
    private final AnswerExtractor answer = new AnswerExtractor();

    private Findings asked(MatterKind kind, String text) {
        return Steps.only(questions, text, f -> f.kind(kind));
    }

    @Test
    void numberedQuestionsOnLinesOrRunTogetherAreSure() {
        Findings lines = asked(MatterKind.INTERPELLATION, "Mina frågor:\n1. Hur många?\n2) När kommer den att vara "
                + "klar?\n3: Vad saknas?");
        assertThat(lines.questions()).containsExactly("Hur många?", "När kommer den att vara klar?", "Vad saknas?");
        assertThat(lines.confidence(MatterField.QUESTIONS)).isEqualTo(Confidence.SURE);
        Findings together = asked(MatterKind.INTERPELLATION, "frågor 1 Hur långt har arbetet kommit? 2 När blir det "
                + "klart? 3 Vad saknas?");
        assertThat(together.questions()).hasSize(3);
    }

    @Test
    void aLoneNumberedQuestionIsProseExceptInAQuestion() {
        String text = "Det finns 1 Fråga kvar?";
        assertThat(QuestionExtractor.numbered(text, MatterKind.INTERPELLATION)).isEmpty();
        assertThat(QuestionExtractor.numbered(text, MatterKind.QUESTION)).containsExactly("Fråga kvar?");
    }

    @Test
    void theLongestRunFromOneWinsAndNumbersInYearsDoNotCount() {
        assertThat(QuestionExtractor.numbered("Sedan 2015 har 1 Ab cd? 2 Ef gh? 1 Ij kl? 2 Mn op? 3 Qr st?",
                MatterKind.INTERPELLATION)).containsExactly("Ij kl?", "Mn op?", "Qr st?");
    }

    @Test
    void questionsOnTheLinesAfterAnIntroductionAreUnsure() {
        Findings f = asked(MatterKind.INTERPELLATION, """
                Med anledning av ovanstående vill jag fråga:
                - Hur många förseningar har rapporterats i år?
                - Vad gör nämnden?
                Bålsta 2023-11-20""");
        assertThat(f.questions()).containsExactly("Hur många förseningar har rapporterats i år?", "Vad gör nämnden?");
        assertThat(f.confidence(MatterField.QUESTIONS)).isEqualTo(Confidence.UNSURE);
    }

    @Test
    void aQuestionsQuestionsAreItsSentencesThatAsk() {
        Findings f = asked(MatterKind.QUESTION, "Simhallen har varit stängd sedan i våras. Kommer simhallen att "
                + "öppna igen? Vem bestämmer det? Ja?");
        assertThat(f.questions()).containsExactly("Kommer simhallen att öppna igen?", "Vem bestämmer det?");
    }

    @Test
    void anInterpellationWithoutQuestionsIsSaidToLackThem() {
        Findings f = asked(MatterKind.INTERPELLATION, "Bara text.");
        assertThat(f.questions()).isEmpty();
        assertThat(f.warnings()).extracting(w -> w.key()).containsExactly("importer.warning.noQuestions");
    }

    @Test
    void theAnswerFollowsItsCueWithoutSignaturesClosingsOrTheBlogsTail() {
        Findings f = Steps.upTo(AnswerExtractor.class, """
                Interpellation om integrationen

                1. Hur långt har arbetet kommit? 2. När är det klart?

                Jag lämnar följande svar:

                Arbetet har kommit långt.


                Det blir klart i vår.
                Med vänlig hälsning
                Anna Ek (S)
                2 kommentarer:
                Bra svar!""");
        assertThat(f.matter().title("t").build().answer()).isEqualTo("Arbetet har kommit långt.\n\nDet blir klart i vår.");
        assertThat(f.isAnswered()).isTrue();
    }

    @Test
    void onlyInterpellationsAndQuestionsHaveAnswers() {
        Findings f = Steps.only(answer, "Svar:\nNågot.", x -> x.kind(MatterKind.MOTION));
        assertThat(f.isAnswered()).isFalse();
        assertThat(AnswerExtractor.cueLine(CouncilText.of("a\nSvar:\nb", ""))).isEqualTo(1);
        assertThat(AnswerExtractor.cueLine(CouncilText.of("följande svar gavs igår.", ""))).isEqualTo(-1);
        assertThat(List.of(Steps.only(answer, "x", y -> y.kind(MatterKind.QUESTION)).isAnswered())).containsOnly(false);
    }

    @Test
    void aNumberOutOfTurnBeforeTheListDoesNotHideItsFirstQuestion() {
        assertThat(QuestionExtractor.numbered("Dnr KS 2024/12 Interpellation om skolskjutsarna. Barn får vänta. "
                + "1. Vad gör kommunen åt väntetiderna? 2. När blir det bättre?", MatterKind.INTERPELLATION))
                .containsExactly("Vad gör kommunen åt väntetiderna?", "När blir det bättre?");
    }
}
