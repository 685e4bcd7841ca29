package se.ledamot.ui.sync;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Keyring;
import se.ledamot.service.ServerAdministration;
import se.ledamot.ui.dialog.DialogButtons;

/**
 * What the window asks before a sync, on the FX thread: the server's address the first time (filled in with the
 * server signed in to last with Arkiv → Anslut till server, when there is one), and the password, taken from the OS
 * keyring when it is kept there, else typed (never written to a file).
 */
final class ServerQuestions implements SyncViewModel.Questions {
    private final Window owner;
    private final Supplier<Optional<ServerAdministration.Server>> lastServer;

    ServerQuestions(Window owner, Supplier<Optional<ServerAdministration.Server>> lastServer) {
        this.owner = owner;
        this.lastServer = lastServer;
    }

    @Override
    public Optional<String> serverUrl() {
        TextInputDialog dialog = new TextInputDialog(lastServer.get().map(ServerAdministration.Server::url)
                .orElse("postgresql://" + System.getProperty("user.name") + "@"));
        dialog.initOwner(owner);
        dialog.setTitle(Localization.get("ui.sync.server.title"));
        dialog.setHeaderText(Localization.get("ui.sync.server.about"));
        // The header wraps at the dialog's width; without one, its sentence made the dialog as wide as the screen.
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getEditor().setId("sync-server-url");
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(), DialogButtons.cancel());
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<char[]> password(ServerAdministration.Server server) {
        Optional<char[]> kept = Keyring.system().lookup(server.toString());
        if (kept.isPresent()) {
            return kept;
        }
        PasswordField field = new PasswordField();
        field.setId("sync-password");
        Label about = new Label(Localization.get("server.password.prompt", server.shortName()));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Localization.get("ui.sync.password.title"));
        dialog.getDialogPane().setContent(new VBox(8, about, field));
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(), DialogButtons.cancel());
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait().filter(DialogButtons::accepted).map(b -> field.getText().toCharArray());
    }
}
