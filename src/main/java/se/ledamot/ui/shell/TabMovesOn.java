package se.ledamot.ui.shell;

import javafx.scene.TraversalDirection;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A text area in a form of short fields, where Tab and Shift+Tab go on to the next field and back, as from every other
 * field: a text area's own Tab writes a tab into the text and stays, and a person going through the form by the keys
 * is caught there (walk29: the group's Argument kept "Bra för barnen.\t" and Anteckningar and Spara were out of reach).
 */
public final class TabMovesOn {
    private TabMovesOn() {
    }

    /** Makes Tab leave {@code area} (Shift+Tab back); Ctrl+Tab does so already. Returns the area. */
    public static TextArea in(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.requestFocusTraversal(e.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
            }
        });
        return area;
    }
}
