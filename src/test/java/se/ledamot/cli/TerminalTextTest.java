package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The output filter hides exactly Unicode's control characters but line breaks and tabs, whichever way it is fed. */
class TerminalTextTest {
    @Test
    void everyControlCharacterButLineBreaksAndTabsIsShownAsASign() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean control = c != '\n' && c != '\r' && c != '\t' && Character.getType(c) == Character.CONTROL;
            String one = String.valueOf(c);
            assertThat(TerminalText.visible(one).equals(one)).as("U+%04X", (int) c).isEqualTo(!control);
        }
    }

    @Test
    void charactersWrittenInABlockAreFilteredAsAText() {
        StringWriter text = new StringWriter();
        try (PrintWriter out = TerminalText.safe(new PrintWriter(text))) {
            char[] block = "a\u001bb\u009bc\u007fd\n".toCharArray();
            out.write(block, 0, block.length);
            out.write("plain".toCharArray(), 0, 5);
        }
        assertThat(text.toString()).isEqualTo("a\u241bb<U+009B>c\u2421d\nplain");
    }
}
