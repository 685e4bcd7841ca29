package se.ledamot.ui.sync;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Keyring;

/**
 * What the window asks before a sync, on the FX thread: the server's address the first time, and the password,
 * taken from the OS keyring when it is kept there, else typed (never written to a file).
 */
final class ServerQuestions implements SyncViewModel.Questions {
    private final Window owner;

    ServerQuestions(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<String> serverUrl() {
        TextInputDialog dialog = new TextInputDialog("postgresql://" + System.getProperty("user.name") + "@");
        dialog.initOwner(owner);
        dialog.setTitle(Localization.get("ui.sync.server.title"));
        dialog.setHeaderText(Localization.get("ui.sync.server.about"));
        dialog.getEditor().setId("sync-server-url");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<char[]> password(String server) {
        Optional<char[]> kept = Keyring.system().lookup(server);
        if (kept.isPresent()) {
            return kept;
        }
        PasswordField field = new PasswordField();
        field.setId("sync-password");
        Label about = new Label(Localization.get("server.password.prompt", server));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Localization.get("ui.sync.password.title"));
        dialog.getDialogPane().setContent(new VBox(8, about, field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> field.getText().toCharArray());
    }
}
