package se.ledamot.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;

/**
 * A chooser whose list grows with the years measures its first rows only (JavaFX's own key, which a JavaFX upgrade
 * could drop unseen: every row measured again, 400–650 ms of the FX thread at 100 000 matters), and is as wide as
 * the longest of them.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class ChooserWidthTest {
    private static final String LONG_EARLY = "Kommunfullmäktige måndag 14 december 2026 kl. 18.00, Stadshuset";

    @Test
    void aChooserIsAsWideAsItsFirstRowsAndALongerRowFurtherDownDoesNotWidenIt() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            rows.add("KF " + i);
        }
        rows.set(3, LONG_EARLY);
        rows.set(900, "Ett mycket långt namn ".repeat(10));

        double firstRows = onFx(() -> width(rows, true));
        double everyRow = onFx(() -> width(rows, false));
        double longEarlyAlone = onFx(() -> width(List.of(LONG_EARLY), false));

        assertThat(firstRows).as("the row further down is not measured").isLessThan(everyRow);
        assertThat(firstRows).as("the longest of the first rows is").isGreaterThanOrEqualTo(longEarlyAlone);
    }

    private static double width(List<String> rows, boolean firstRowsOnly) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(rows));
        if (firstRowsOnly) {
            ChooserWidth.fromTheFirstRows(box);
        }
        StackPane root = new StackPane(box);
        new Scene(root);
        root.applyCss();
        root.layout();
        return box.prefWidth(-1);
    }
}
