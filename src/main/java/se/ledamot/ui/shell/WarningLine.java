package se.ledamot.ui.shell;

import javafx.beans.binding.StringExpression;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The red line that says what is wrong, under a field or a form: wrapped and as high as its lines (a long message
 * beside a button was cut to "…"), coloured by the style class {@value #STYLE} in ledamot.css.
 */
public final class WarningLine {
    /** The line's style class. */
    public static final String STYLE = "field-warning";

    private WarningLine() {
    }

    /** A line showing {@code text}, taking no room while it is empty. */
    public static Label of(StringExpression text) {
        Label line = keepingItsRoom(text);
        line.visibleProperty().bind(text.isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /**
     * A line showing {@code text} that keeps its room while empty: a message that comes unasked, after a background
     * save, then moves no field away from under the pointer.
     */
    public static Label keepingItsRoom(StringExpression text) {
        Label line = new Label();
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.getStyleClass().add(STYLE);
        line.textProperty().bind(text);
        return line;
    }
}
