package se.ledamot.ui.shell;

import javafx.css.PseudoClass;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import se.ledamot.domain.Limit;
import se.ledamot.l10n.Localization;

/**
 * Tells the user in the field how long its text may be: the tooltip says the limit and the length so far, and a text
 * over the limit gets a red frame and the same words the refused save will use. The text is never cut: what was
 * typed or pasted stays in the field until the user shortens it.
 */
public final class FieldLimits {
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over-limit");

    private FieldLimits() {
    }

    /** Watches a field for its limit; returns the field, for use in a builder chain. */
    public static <T extends TextInputControl> T watch(T field, Limit limit) {
        Tooltip tip = new Tooltip();
        field.setTooltip(tip);
        Runnable check = () -> {
            String line = Limit.line(field.getText());
            int length = line == null ? 0 : line.length();
            boolean over = length > limit.max();
            field.pseudoClassStateChanged(OVER, over);
            tip.setText(over ? Localization.get("limit.tooLong", limit, limit.max(), length)
                    : Localization.get("ui.limit.hint", limit.max(), length));
        };
        field.textProperty().addListener((o, was, now) -> check.run());
        check.run();
        return field;
    }

    /** Whether the field shows its text as too long (for tests and screenshots). */
    public static boolean isOver(TextInputControl field) {
        return field.getPseudoClassStates().contains(OVER);
    }
}
