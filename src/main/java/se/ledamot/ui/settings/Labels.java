package se.ledamot.ui.settings;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import se.ledamot.l10n.Localization;

/** The settings screen's three kinds of text: a section title, a field's label, and a hint under a field. */
final class Labels {
    private Labels() {
    }

    static Label section(String key) {
        Label l = new Label(Localization.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    /** A field's label, never cut short, that moves the cursor to its field (Alt + its mnemonic). */
    static Label label(String key, Node field) {
        Label label = new Label(Localization.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        label.getStyleClass().add("field-label");
        return label;
    }

    static Label hint(String key) {
        Label hint = new Label(Localization.get(key));
        hint.setWrapText(true);
        // All its lines: the screen scrolls up and down when they do not fit ("… och namnet. …" at 1000x650).
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add("hint");
        return hint;
    }
}
