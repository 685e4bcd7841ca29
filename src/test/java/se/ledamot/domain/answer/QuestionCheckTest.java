package se.ledamot.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.answer.QuestionCheck.Result;
import se.ledamot.domain.answer.QuestionCheck.State;

/** The Sävsjö interpellation's three questions (seed 002). */
class QuestionCheckTest {
    static final List<String> QUESTIONS = List.of(
            "Hur långt har arbetet kommit med integrationsenheten?",
            "När kommer den att vara klar?",
            "Vad är det som saknas?");

    @Test
    void keyWordsLeaveOutShortAndCommonWords() {
        assertThat(QuestionCheck.keyWords(QUESTIONS.get(0)))
                .containsExactly("långt", "arbetet", "kommit", "integrationsenheten");
        assertThat(QuestionCheck.keyWords(QUESTIONS.get(1))).containsExactly("klar");
    }

    @Test
    void aTextThatTakesUpAQuestionsKeyWordsHintsThatItSeemsAnswered() {
        String answer = "Arbetet med en integrationsenhet har kommit långt.";
        List<Result> results = QuestionCheck.check(QUESTIONS, answer, Set.of());
        assertThat(results).extracting(Result::state)
                .containsExactly(State.SEEMS_ANSWERED, State.OPEN, State.OPEN);
        assertThat(results.getFirst().found()).contains("integrationsenheten", "arbetet");
    }

    @Test
    void namingAQuestionByNumberHintsToo() {
        String answer = "Om fråga 3: lokaler.\n2. Under våren.";
        assertThat(QuestionCheck.check(QUESTIONS, answer, Set.of())).extracting(Result::state)
                .containsExactly(State.OPEN, State.SEEMS_ANSWERED, State.SEEMS_ANSWERED);
    }

    @Test
    void onlyTheWritersMarkMakesAQuestionAnswered() {
        List<Result> hinted = QuestionCheck.check(QUESTIONS, "1. 2. 3.", Set.of());
        assertThat(QuestionCheck.allAnswered(hinted)).isFalse();
        List<Result> marked = QuestionCheck.check(QUESTIONS, "", Set.of(1, 2, 3));
        assertThat(marked).extracting(Result::state).containsOnly(State.ANSWERED);
        assertThat(QuestionCheck.allAnswered(marked)).isTrue();
    }
}
