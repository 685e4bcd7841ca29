package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.ledamot.domain.MatterKind;

/** Issue 10, defect 8: Svar's heading names who asks and whom only when there is someone to name. */
class AnswerHeadingTest {
    @Test
    void fromAndToAreSaidOnlyWhenKnown() {
        assertThat(AnswerEditorView.heading(MatterKind.INTERPELLATION, "Om skolan", "Patrik Christierson (KD)", "Anna Ek"))
                .isEqualTo("Interpellation: Om skolan – från Patrik Christierson (KD) till Anna Ek");
        assertThat(AnswerEditorView.heading(MatterKind.INTERPELLATION, "Om skolan", "Patrik Christierson (KD)", ""))
                .isEqualTo("Interpellation: Om skolan – från Patrik Christierson (KD)");
        assertThat(AnswerEditorView.heading(MatterKind.QUESTION, "Om bänkar", "", "Anna Ek"))
                .isEqualTo("Fråga: Om bänkar – till Anna Ek");
        assertThat(AnswerEditorView.heading(MatterKind.QUESTION, "Om bänkar", "", "")).isEqualTo("Fråga: Om bänkar");
    }

    /** Seen in the walk: "Interpellation: Interpellation om skolskjutsarna – från …", the kind said twice. */
    @Test
    void aTitleThatNamesItsKindIsNotPrefixedWithItAgain() {
        assertThat(AnswerEditorView.heading(MatterKind.INTERPELLATION, "Interpellation om skolskjutsarna",
                "Vera Lund (V)", "Anna Ek"))
                .isEqualTo("Interpellation om skolskjutsarna – från Vera Lund (V) till Anna Ek");
    }
}
