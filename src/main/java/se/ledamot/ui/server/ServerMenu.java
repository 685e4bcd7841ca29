package se.ledamot.ui.server;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.MainWindow;

/**
 * Arkiv → Anslut till server… and Arbeta lokalt: the window closes (every screen hands over what was typed first)
 * and opens again on the server, or on the data folder on this computer.
 */
public final class ServerMenu {
    private ServerMenu() {
    }

    /**
     * @param connection a new connection to ask for in the dialog
     * @param connected opens a window on what the dialog signed in to (after this one has closed)
     * @param workLocally opens a window on the data folder (after this one has closed); false if it could not
     */
    public static void install(MainWindow shell, Supplier<ConnectViewModel> connection,
            java.util.function.Consumer<ConnectViewModel> connected, BooleanSupplier workLocally) {
        MenuItem connect = new MenuItem(Localization.get("server.ui.menu.connect"));
        connect.setId("menu-server-connect");
        connect.setOnAction(e -> {
            ConnectViewModel vm = connection.get();
            if (ConnectDialog.ask(shell.stage(), vm, false) == ConnectDialog.Choice.CONNECTED) {
                connected.accept(vm);
            }
        });
        MenuItem local = new MenuItem(Localization.get("server.ui.menu.local"));
        local.setId("menu-server-local");
        local.setDisable(shell.context().server().isEmpty());
        local.setOnAction(e -> leave(shell, workLocally));
        shell.addFileItem(new SeparatorMenuItem());
        shell.addFileItem(connect);
        shell.addFileItem(local);
    }

    /**
     * Closes this window and opens the next (as a restore does). False when the window stayed open: the user chose
     * to keep unsaved text. When nothing could be opened after it, the program ends as a closed window does.
     */
    public static boolean leave(MainWindow shell, BooleanSupplier next) {
        boolean implicitExit = Platform.isImplicitExit();
        Platform.setImplicitExit(false);
        try {
            shell.requestClose();
            if (shell.stage().isShowing()) {
                return false;
            }
            if (!next.getAsBoolean() && implicitExit) {
                Platform.exit();
            }
            return true;
        } finally {
            Platform.setImplicitExit(implicitExit);
        }
    }
}
