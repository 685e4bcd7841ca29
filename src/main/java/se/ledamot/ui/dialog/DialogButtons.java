package se.ledamot.ui.dialog;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import se.ledamot.l10n.Localization;

/**
 * The buttons of every dialog, named from the bundle: JavaFX's own {@link ButtonType#OK} and the like are named in
 * the machine's language ("OK", "Cancel" under C.UTF-8), not the user's. A dialog's answer is read from the button's
 * {@link ButtonData}, so a new instance per dialog is fine.
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    public static ButtonType ok() {
        return new ButtonType(Localization.get("ui.button.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(Localization.get("ui.button.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType yes() {
        return new ButtonType(Localization.get("ui.button.yes"), ButtonData.YES);
    }

    public static ButtonType no() {
        return new ButtonType(Localization.get("ui.button.no"), ButtonData.NO);
    }

    /** Whether the dialog was answered with OK (or Yes). */
    public static boolean accepted(ButtonType answer) {
        return answer.getButtonData() == ButtonData.OK_DONE || answer.getButtonData() == ButtonData.YES;
    }
}
