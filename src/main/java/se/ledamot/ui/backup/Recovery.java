package se.ledamot.ui.backup;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import se.ledamot.domain.DomainException;
import se.ledamot.l10n.Localization;
import se.ledamot.store.Backups;
import se.ledamot.store.OpenOptions;
import se.ledamot.store.Restore;
import se.ledamot.store.StoreException;
import se.ledamot.ui.dialog.FxDialogService;
import se.ledamot.ui.shell.MainWindow;

/**
 * Putting a backup in place from the window: with the window closed first (so nothing it still holds is written over
 * the restored data), and when the folder's database is empty or damaged at start, offered right there.
 */
public final class Recovery {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Recovery() {
    }

    /** Closes the window, restores the backup (the current state kept as a backup) and opens the window again. */
    public static void restoreAndReopen(MainWindow shell, Path backup, Supplier<Optional<MainWindow>> reopen) {
        boolean implicitExit = Platform.isImplicitExit();
        Platform.setImplicitExit(false);
        try {
            shell.requestClose();
            if (shell.stage().isShowing()) {
                return;
            }
            restore(shell.context().dataFolder(), backup);
            if (reopen.get().isEmpty() && implicitExit) {
                Platform.exit();
            }
        } finally {
            Platform.setImplicitExit(implicitExit);
        }
    }

    /** What came of offering a restore at start. */
    public enum Outcome {
        /** Nothing to offer (another problem, or no backup): the caller says what went wrong. */
        NOT_OFFERED,
        /** The user saw the problem and chose not to restore. */
        DECLINED,
        /** A backup is in place: the window can try again. */
        RESTORED
    }

    /** When the database cannot be opened because it is empty or damaged and backups exist: offers the newest. */
    public static Outcome offerRestore(Path dataFolder, DomainException problem) {
        if (!problem.key().equals("store.corrupt") && !problem.key().equals("store.empty")) {
            return Outcome.NOT_OFFERED;
        }
        List<Backups.Entry> backups;
        try {
            backups = Backups.of(dataFolder).list();
        } catch (StoreException e) {
            return Outcome.NOT_OFFERED;
        }
        if (backups.isEmpty()) {
            return Outcome.NOT_OFFERED;
        }
        Backups.Entry newest = backups.getFirst();
        ButtonType restore = new ButtonType(Localization.get("ui.restore.offer.button"), ButtonBar.ButtonData.YES);
        Alert alert = FxDialogService.alert(Alert.AlertType.ERROR, Localization.get("ui.start.failed.title"),
                Localization.message(problem) + "\n\n" + Localization.get("ui.restore.offer",
                        WHEN.format(newest.made()), newest.file()));
        alert.getButtonTypes().setAll(restore, ButtonType.CLOSE);
        System.err.println(Localization.message(problem));
        if (alert.showAndWait().filter(b -> b == restore).isEmpty()) {
            return Outcome.DECLINED;
        }
        return restore(dataFolder, newest.file()) ? Outcome.RESTORED : Outcome.DECLINED;
    }

    private static boolean restore(Path dataFolder, Path backup) {
        try {
            Restore.Result result = Restore.into(dataFolder, backup,
                    OpenOptions.defaults().withPasswords(new PasswordDialogs(null)));
            String saved = result.savedFirst() == null ? Localization.get("cli.restore.doneNothingBefore")
                    : Localization.get("cli.restore.done", result.savedFirst());
            FxDialogService.alert(Alert.AlertType.INFORMATION, Localization.get("ui.restore.title"), saved)
                    .showAndWait();
            return true;
        } catch (DomainException e) {
            FxDialogService.alert(Alert.AlertType.ERROR, Localization.get("ui.restore.title"),
                    Localization.message(e)).showAndWait();
            return false;
        }
    }
}
