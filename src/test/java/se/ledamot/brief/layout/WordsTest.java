package se.ledamot.brief.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a paragraph's words may break: at a typed hyphen, never at a no-break hyphen (U+2011). */
class WordsTest {
    private static final Style BODY = Style.of(Face.SERIF, 10).leading(12);

    /** The words as the line breaker gets them: "|" where a word may break after its hyphen, " " between words. */
    private static String cut(String text) {
        StringBuilder sb = new StringBuilder();
        for (LineBreaker.Word w : Words.of(List.of(new Span(text, BODY)), 300)) {
            w.pieces().forEach(p -> sb.append(p.text()));
            sb.append(w.gap() > 0 ? " " : "|");
        }
        return sb.toString().strip();
    }

    @Test
    void aTypedHyphenMayBreakANoBreakHyphenNever() {
        assertThat(cut("Skicka e-postadresserna")).isEqualTo("Skicka e-|postadresserna");
        // The serif face has no U+2011: it is set as U+2010, a hyphen that looks the same, and stays unbroken.
        assertThat(cut("Skicka e\u2011postadresserna")).isEqualTo("Skicka e\u2010postadresserna");
    }
}
