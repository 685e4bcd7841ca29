package se.ledamot.ui.export;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.MainWindow;

/** Arkiv → Exportera allt… and Läs in en export…, and what the window does around reading one in. */
public final class ExportMenu {
    private ExportMenu() {
    }

    /** @param reopen opens a new window on the data folder (after the old one has closed); empty if it cannot */
    public static ExportViewModel install(MainWindow shell, Supplier<Optional<MainWindow>> reopen) {
        ExportViewModel vm = new ExportViewModel(shell.context(), new ExportViewModel.Window() {
            @Override
            public void hold(boolean held, Runnable settled) {
                shell.holdInput(held);
                shell.context().tasks().whenIdle(MainWindow.CLOSE_BOUND, settled, () -> { });
            }

            @Override
            public void reopen(Runnable release) {
                Platform.runLater(() -> {
                    try {
                        reopenWindow(shell, reopen);
                    } finally {
                        release.run();
                    }
                });
            }
        });
        shell.addFileItem(item("menu-export", "ui.export.menu", vm::exportAll));
        shell.addFileItem(item("menu-export-import", "ui.exportImport.menu", vm::importExport));
        return vm;
    }

    /**
     * The same items of Arkiv in a window on the shared server, doing what can be done there: an export of what this
     * login may see; the backup, the restore and reading an export in are the server administrator's (pg_dump), and
     * say so in words instead of being missing or doing nothing.
     */
    public static ExportViewModel installOnServer(MainWindow shell) {
        ExportViewModel vm = new ExportViewModel(shell.context(), null);
        shell.addFileItem(new javafx.scene.control.SeparatorMenuItem());
        shell.addFileItem(item("menu-export", "ui.export.menu.server", vm::exportAll));
        shell.addFileItem(item("menu-backup", "ui.backup.menu", () -> said(shell, "ui.server.backup")));
        shell.addFileItem(item("menu-restore", "ui.restore.menu", () -> said(shell, "ui.server.backup")));
        shell.addFileItem(item("menu-export-import", "ui.exportImport.menu", () -> said(shell, "ui.server.readIn")));
        return vm;
    }

    private static void said(MainWindow shell, String key) {
        shell.context().dialogs().showInfo(Localization.get(key + ".title"), Localization.get(key,
                shell.context().server().orElse("")));
    }

    /** As a restore does: this window closes (its work done), then one opens on what the folder holds now. */
    private static void reopenWindow(MainWindow shell, Supplier<Optional<MainWindow>> reopen) {
        boolean implicitExit = Platform.isImplicitExit();
        Platform.setImplicitExit(false);
        try {
            shell.requestClose();
            if (!shell.stage().isShowing() && reopen.get().isEmpty() && implicitExit) {
                Platform.exit();
            }
        } finally {
            Platform.setImplicitExit(implicitExit);
        }
    }

    private static MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(Localization.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
