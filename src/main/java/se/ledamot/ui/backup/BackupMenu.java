package se.ledamot.ui.backup;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.MainWindow;

/** The data folder's items in the Arkiv menu: backups, restore, where backups go, and the folder's password. */
public final class BackupMenu {
    private BackupMenu() {
    }

    /**
     * @param passwords asks for a backup's password; the restore and the reopening answer from it, then forget it
     * @param restoreAndReopen closes this window, restores the backup and opens the window again
     */
    public static BackupViewModel install(MainWindow shell, PasswordDialogs passwords,
            Consumer<Path> restoreAndReopen) {
        BackupViewModel vm = new BackupViewModel(shell.context(), passwords, passwords::newPassword,
                restoreAndReopen);
        shell.addFileItem(new SeparatorMenuItem());
        shell.addFileItem(item("menu-backup", "ui.backup.menu", vm::backUpNow));
        shell.addFileItem(item("menu-restore", "ui.restore.menu", vm::restore));
        shell.addFileItem(item("menu-backup-folder", "ui.backup.folder.menu", vm::chooseFolder));
        MenuItem password = item("menu-password", "ui.password.menu", vm::changePassword);
        MenuItem remove = item("menu-password-remove", "ui.password.remove.menu", vm::removePassword);
        shell.fileMenu().addEventHandler(javafx.scene.control.Menu.ON_SHOWING, e -> remove.setDisable(!vm.isProtected()));
        shell.addFileItem(password);
        shell.addFileItem(remove);
        return vm;
    }

    private static MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(Localization.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
