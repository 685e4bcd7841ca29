package se.ledamot.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16.5, nothing lost without being told: when closing, the question names the choices put aside ("Välj
 * senare") that are kept on disk and, by name, those whose keeping failed and that closing now loses.
 */
class CloseQuestionTest {
    @Test
    void aChoiceWhoseKeepingFailedIsNamedAsLostBesideOneKept() {
        String asked = MainWindow.closeQuestion(List.of(new Screen.Aside("Punkt 5 Motion om simhallen", true),
                new Screen.Aside("Fullmäktiges regler (Inställningar)", false)), List.of());

        assertThat(asked).contains("Det du skrev i Punkt 5 Motion om simhallen", "finns kvar")
                .contains("Det du skrev i Fullmäktiges regler (Inställningar)", "går förlorat om du stänger nu")
                .endsWith("Vill du stänga?");
        assertThat(asked.indexOf("finns kvar")).isLessThan(asked.indexOf("Fullmäktiges regler"));
    }

    @Test
    void onlyLostChoicesAreNamedAndNotCalledKept() {
        String asked = MainWindow.closeQuestion(List.of(new Screen.Aside("Fullmäktiges regler (Inställningar)", false)),
                List.of());

        assertThat(asked).contains("Fullmäktiges regler (Inställningar)", "går förlorat").doesNotContain("finns kvar");
    }

    @Test
    void nothingPutAsideAsksTheOldQuestion() {
        assertThat(MainWindow.closeQuestion(List.of(), List.of())).contains("Några ändringar kunde inte sparas");
    }

    /** A decision chosen in Debatt and not taken is kept only in the window: closing names it as lost. */
    @Test
    void whatIsHeldOnlyInTheWindowIsNamedAsLost() {
        String asked = MainWindow.closeQuestion(List.of(), List.of("§ 5  Motion om simhallen"));

        assertThat(asked).contains("Debatt för § 5  Motion om simhallen", "går förlorat om du stänger nu")
                .doesNotContain("Några ändringar kunde inte sparas").endsWith("Vill du stänga?");
    }
}
