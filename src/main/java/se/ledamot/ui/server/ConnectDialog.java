package se.ledamot.ui.server;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.dialog.DialogButtons;
import se.ledamot.ui.shell.MainWindow;

/**
 * The dialog that connects the window to a shared server: server, port, database and user (filled in when known),
 * the password, "Kom ihåg lösenordet" where there is a keyring, the server's refusal in words, and a wheel while
 * signing in. It stays open until signed in, cancelled, or (at start) the user chooses to work locally.
 */
public final class ConnectDialog {
    /** How the dialog ended. */
    public enum Choice {
        CONNECTED, LOCAL, CANCELLED
    }

    private ConnectDialog() {
    }

    /** Shows the dialog and waits (on the FX thread); {@code offerLocal} adds "Arbeta lokalt" (at start). */
    public static Choice ask(Window owner, ConnectViewModel vm, boolean offerLocal) {
        Dialog<Choice> dialog = new Dialog<>();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Localization.get("server.ui.connect.title"));
        dialog.getDialogPane().getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET)
                .toExternalForm());
        PasswordField password = new PasswordField();
        password.setId("server-password");
        dialog.getDialogPane().setContent(form(vm, password));

        ButtonType connect = new ButtonType(Localization.get("server.ui.connect.button"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType local = new ButtonType(Localization.get("server.ui.connect.local"), ButtonBar.ButtonData.LEFT);
        ButtonType cancel = DialogButtons.cancel();
        dialog.getDialogPane().getButtonTypes().setAll(connect, cancel);
        if (offerLocal) {
            dialog.getDialogPane().getButtonTypes().add(1, local);
        }
        Button connectButton = (Button) dialog.getDialogPane().lookupButton(connect);
        connectButton.setId("server-connect");
        connectButton.disableProperty().bind(vm.busyProperty());
        // Signing in takes its time off the FX thread: the dialog stays until the server has said yes.
        connectButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.connect(password.getText().toCharArray());
        });
        vm.problemProperty().addListener((o, was, now) -> {
            // The dialog grows to show the problem (it was sized without it).
            Platform.runLater(() -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
            if (!now.isEmpty()) {
                password.requestFocus();
                password.selectAll();
            }
        });
        vm.connectedProperty().addListener((o, was, now) -> {
            if (now) {
                dialog.setResult(Choice.CONNECTED);
                dialog.close();
            }
        });
        dialog.setResultConverter(b -> b == local ? Choice.LOCAL : Choice.CANCELLED);
        Platform.runLater(() -> {
            if (vm.addressGiven()) {
                password.requestFocus();
            }
            // The keyring answers off the FX thread; its password fills the field only if nothing was typed there.
            vm.start(() -> !password.getText().isEmpty(), kept -> password.setText(new String(kept)));
        });
        Choice choice = dialog.showAndWait().orElse(Choice.CANCELLED);
        password.clear();
        if (choice != Choice.CONNECTED) {
            vm.cancel();
        }
        return choice;
    }

    private static Node form(ConnectViewModel vm, PasswordField password) {
        Label about = new Label(Localization.get("server.ui.connect.about"));
        about.setWrapText(true);
        about.setPrefWidth(440);
        // A wrapped label in a dialog keeps one line unless told that it may be as tall as its text.
        about.setMinHeight(Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        TextField host = field(grid, 0, "server-host", "server.ui.connect.host", vm.hostProperty());
        field(grid, 1, "server-port", "server.ui.connect.port", vm.portProperty()).setPrefColumnCount(6);
        field(grid, 2, "server-database", "server.ui.connect.database", vm.databaseProperty());
        field(grid, 3, "server-user", "server.ui.connect.user", vm.userProperty());
        grid.addRow(4, new Label(Localization.get("server.ui.connect.password")), password);
        host.setPrefColumnCount(24);
        grid.disableProperty().bind(vm.busyProperty());
        // "Kom ihåg lösenordet" once the keyring has answered (it may take seconds; the dialog does not wait for it).
        VBox keeping = new VBox();
        vm.keyringAnswersProperty().addListener((o, was, answers) -> {
            keeping.getChildren().setAll(answers ? rememberBox(vm) : noKeyring());
            if (keeping.getScene() != null && keeping.getScene().getWindow() != null) {
                keeping.getScene().getWindow().sizeToScene();
            }
        });
        VBox box = new VBox(10, about, grid, keeping);
        Label problem = new Label();
        problem.setId("server-problem");
        problem.setWrapText(true);
        problem.setPrefWidth(440);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        ProgressIndicator wheel = new ProgressIndicator();
        wheel.setPrefSize(16, 16);
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        HBox busy = new HBox(6, wheel, status);
        busy.setId("server-busy");
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        box.getChildren().addAll(problem, busy);
        return box;
    }

    private static Node rememberBox(ConnectViewModel vm) {
        CheckBox remember = new CheckBox(Localization.get("server.ui.connect.remember"));
        remember.setId("server-remember");
        remember.selectedProperty().bindBidirectional(vm.rememberProperty());
        remember.disableProperty().bind(vm.busyProperty());
        return remember;
    }

    /** No keyring answers here (none installed, or no secret service running): said, not offered. */
    private static Node noKeyring() {
        Label noKeyring = new Label(Localization.get("server.ui.connect.noKeyring"));
        noKeyring.setId("server-no-keyring");
        noKeyring.setWrapText(true);
        noKeyring.setPrefWidth(440);
        noKeyring.setMinHeight(Region.USE_PREF_SIZE);
        return noKeyring;
    }

    private static TextField field(GridPane grid, int row, String id, String key,
            javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        grid.addRow(row, new Label(Localization.get(key)), field);
        return field;
    }
}
