package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 10, defect 8: Svar's heading names who asks and whom only when there is someone to name. */
class AnswerHeadingTest {
    @Test
    void fromAndToAreSaidOnlyWhenKnown() {
        assertThat(AnswerEditorView.heading("Interpellation", "Om skolan", "Patrik Christierson (KD)", "Anna Ek"))
                .isEqualTo("Interpellation: Om skolan – från Patrik Christierson (KD) till Anna Ek");
        assertThat(AnswerEditorView.heading("Interpellation", "Om skolan", "Patrik Christierson (KD)", ""))
                .isEqualTo("Interpellation: Om skolan – från Patrik Christierson (KD)");
        assertThat(AnswerEditorView.heading("Fråga", "Om bänkar", "", "Anna Ek"))
                .isEqualTo("Fråga: Om bänkar – till Anna Ek");
        assertThat(AnswerEditorView.heading("Fråga", "Om bänkar", "", "")).isEqualTo("Fråga: Om bänkar");
    }
}
