package se.ledamot.ui.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import se.ledamot.domain.DomainException;
import se.ledamot.l10n.Localization;
import se.ledamot.service.BackupEntry;
import se.ledamot.service.RestoreResult;
import se.ledamot.ui.dialog.FxDialogService;
import se.ledamot.ui.shell.MainWindow;

/**
 * Putting a backup in place from the window: with the window closed first (so nothing it still holds is written over
 * the restored data), and when the folder's database is empty or damaged at start, offered right there. The restore
 * itself is given by the window's composition (DesktopApp), which alone opens the application.
 */
public final class Recovery {

    /** What came of offering a restore at start. */
    public enum Outcome {
        /** Nothing to offer (another problem, or no backup): the caller says what went wrong. */
        NOT_OFFERED,
        /** The user saw the problem and chose not to restore, or the restore failed and said so. */
        DECLINED,
        /** A backup is in place: the window can try again. */
        RESTORED
    }

    private Recovery() {
    }

    /**
     * Closes the window, restores the backup (the current state kept as a backup) and opens the window again. Done
     * once the work that asked it has ended: asked from the preview's reading, the close waited ten seconds for that
     * reading itself, then asked whether to wait for the disk (english27).
     */
    public static void restoreAndReopen(MainWindow shell, Path backup, Function<Path, RestoreResult> restore,
            Supplier<Optional<MainWindow>> reopen) {
        Platform.runLater(() -> {
            boolean implicitExit = Platform.isImplicitExit();
            Platform.setImplicitExit(false);
            try {
                shell.requestClose();
                if (shell.stage().isShowing()) {
                    return;
                }
                restore(backup, restore);
                if (reopen.get().isEmpty() && implicitExit) {
                    Platform.exit();
                }
            } finally {
                Platform.setImplicitExit(implicitExit);
            }
        });
    }

    /** When the database cannot be opened because it is empty or damaged and backups exist: offers the newest. */
    public static Outcome offerRestore(DomainException problem, Supplier<List<BackupEntry>> backups,
            Function<Path, RestoreResult> restore) {
        if (!problem.key().equals("store.corrupt") && !problem.key().equals("store.empty")) {
            return Outcome.NOT_OFFERED;
        }
        List<BackupEntry> found;
        try {
            found = backups.get();
        } catch (DomainException e) {
            return Outcome.NOT_OFFERED;
        }
        if (found.isEmpty()) {
            return Outcome.NOT_OFFERED;
        }
        BackupEntry newest = found.getFirst();
        ButtonType yes = new ButtonType(Localization.get("ui.restore.offer.button"), ButtonBar.ButtonData.YES);
        Alert alert = FxDialogService.alert(Alert.AlertType.ERROR, Localization.get("ui.start.failed.title"),
                Localization.message(problem) + "\n\n" + Localization.get("ui.restore.offer",
                        newest.made(), newest.file()));
        alert.getButtonTypes().setAll(yes, new ButtonType(Localization.get("ui.restore.offer.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        System.err.println(Localization.message(problem));
        if (alert.showAndWait().filter(b -> b == yes).isEmpty()) {
            return Outcome.DECLINED;
        }
        return restore(newest.file(), restore) ? Outcome.RESTORED : Outcome.DECLINED;
    }

    /**
     * Where the state the restore replaced was saved, then what else the user must know: that it went to the computer
     * because the USB stick is out, that the backup was upgraded.
     */
    static String told(RestoreResult result) {
        String saved = result.savedFirst() == null ? Localization.get("cli.restore.doneNothingBefore")
                : Localization.get("cli.restore.done", result.savedFirst());
        return String.join("\n\n", Stream.concat(Stream.of(saved), result.notices().stream()).toList());
    }

    private static boolean restore(Path backup, Function<Path, RestoreResult> restore) {
        try {
            RestoreResult result = restore.apply(backup);
            FxDialogService.alert(Alert.AlertType.INFORMATION, Localization.get("ui.restore.title"), told(result))
                    .showAndWait();
            return true;
        } catch (DomainException e) {
            // Avbryt in the backup's password question is her choice: told as a fact, as Arkiv's restore tells it.
            Alert.AlertType type = PasswordDialogs.cancelled(e) ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR;
            FxDialogService.alert(type, Localization.get("ui.restore.title"), Localization.message(e)).showAndWait();
            return false;
        }
    }
}
