package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.DomainException;
import se.ledamot.l10n.Localization;
import se.ledamot.service.BackupEntry;
import se.ledamot.service.FolderAccess;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.backup.BackupMenu;
import se.ledamot.ui.backup.PasswordDialogs;
import se.ledamot.ui.backup.Recovery;
import se.ledamot.ui.look.CutOffText;
import se.ledamot.ui.shell.MainWindow;

/**
 * English27: Arkiv's backups walked as the user meets them, in the English window at 1280×800 and 1000×650 and in the
 * Swedish one at 1000×650: a backup made (its notice), a backup's preview and the question (answered no), a file that
 * is no backup (the error), a new password too short, the folder for backups moved, the password set (a protected
 * backup's password asked, typed wrong and not given) and removed (its question), the restore done (what it says) and
 * the window open again, and the restore offered at start when the database is damaged (for a protected backup,
 * Avbryt in its password question told as information, not as an error). Each dialog's and notice's words hold no Swedish in English, nothing cut off and no day as
 * stored (2026-12-02). Pictures in target/english27-*.
 */
@WindowTest
@Isolated // it changes the language, which every test beside it would read
@ExtendWith(WindowRobot.class)
class BackupDialogsWalkTest {
    /** A day as stored, not in a file's name ("ledamot-2026-11-22-100000-manuell.zip"). */
    private static final java.util.regex.Pattern ISO_DAY =
            java.util.regex.Pattern.compile("(?<![\\w-])\\d{4}-\\d{2}-\\d{2}(?![\\w-])");

    @TempDir
    Path folder;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data")).inTheLanguage(Localization.ENGLISH)
            .withDialogsShown().withScreens(this::withBackups);

    /** Every screen, and Arkiv's backups as DesktopApp installs them on a data folder. */
    private void withBackups(MainWindow shell) {
        DesktopApp.installScreens(shell);
        PasswordDialogs passwords = PasswordDialogs.remembering(shell.stage());
        BackupMenu.install(shell, passwords, backup -> Recovery.restoreAndReopen(shell, backup,
                b -> Ledamot.restoreInto(folder.resolve("data"), b, new FolderAccess(passwords, () -> { })),
                () -> Optional.of(window.openHere())));
    }

    @Test
    void theBackupsDialogsReadInEnglishAtBothSizes(FxRobot robot) throws Exception {
        List<String> wrong = new ArrayList<>();
        walk(robot, 1280, 800, "en", false, wrong);
        walk(robot, 1000, 650, "en", true, wrong);
        assertThat(wrong).isEmpty();
    }

    @Test
    void theBackupsDialogsAreWholeInSwedishAt1000x650(FxRobot robot) throws Exception {
        Localization.setLocale(Localization.SWEDISH);
        List<String> wrong = new ArrayList<>();
        walk(robot, 1000, 650, "sv", true, wrong);
        assertThat(wrong).isEmpty();
    }

    private void walk(FxRobot robot, int width, int height, String language, boolean all, List<String> wrong)
            throws Exception {
        String at = language + "-" + width + "-";
        if (window.shell() == null) {
            window.open(robot);
            waitUntil(() -> window.plannedMeeting().isPresent());
            // The welcome gone first (ten seconds), so the backup's notice is alone: it wraps onto two lines at
            // 1000x650, and the bar, measuring it unwrapped, showed one ("… är sparad i ...", round 27).
            org.controlsfx.control.NotificationPane bar = robot.lookup(".notification-pane")
                    .queryAs(org.controlsfx.control.NotificationPane.class);
            waitUntil(() -> window.dialogs.lastActionText != null && !bar.isShowing());
        }
        robot.interact(() -> {
            window.shell().stage().setWidth(width);
            window.shell().stage().setHeight(height);
        });
        window.settled();

        int said = window.dialogs.notifications.size();
        fire("menu-backup");
        waitUntil(() -> window.dialogs.notifications.size() > said);
        lookAtTheWindow(robot, at + "a-backup-made", wrong);
        Path backup = newestBackup();

        window.dialogs.toOpen = List.of(backup);
        fire("menu-restore");
        answer(robot, look(robot, at + "b-restore-preview", wrong), ButtonData.NO);

        Path broken = Files.writeString(folder.resolve("broken.zip"), "not a backup");
        window.dialogs.toOpen = List.of(broken);
        fire("menu-restore");
        answer(robot, look(robot, at + "c-restore-error", wrong), ButtonData.OK_DONE);

        fire("menu-password");
        DialogPane asked = dialog(robot);
        typePassword(robot, asked, "short");
        answer(robot, asked, ButtonData.OK_DONE);
        answer(robot, look(robot, at + "d-password-too-short", wrong), ButtonData.CANCEL_CLOSE);

        window.dialogs.chosenFolder = Files.createDirectories(folder.resolve("usb " + width));
        int before = window.dialogs.notifications.size();
        fire("menu-backup-folder");
        waitUntil(() -> window.dialogs.notifications.size() > before);
        lookAtTheWindow(robot, at + "e-backup-folder", wrong);

        Platform.runLater(() -> Recovery.offerRestore(new DomainException("store.corrupt", folder, folder),
                () -> List.of(new BackupEntry(backup, LocalDateTime.of(2026, 12, 2, 8, 5), "manuell")), b -> null));
        answer(robot, look(robot, at + "f-offer-at-start", wrong), ButtonData.CANCEL_CLOSE);
        if (!all) {
            return;
        }

        fire("menu-password");
        DialogPane fresh = dialog(robot);
        typePassword(robot, fresh, "hemligt lösenord");
        answer(robot, fresh, ButtonData.OK_DONE);
        waitUntil(() -> window.shell().context().services().dataFolder().orElseThrow().isProtected());
        window.settled();
        int made = window.dialogs.notifications.size();
        fire("menu-backup");
        waitUntil(() -> window.dialogs.notifications.size() > made);
        window.dialogs.toOpen = List.of(newestBackup());
        fire("menu-restore");
        DialogPane locked = look(robot, at + "g1-backup-password", wrong);
        typePassword(robot, locked, "fel lösenord");
        answer(robot, locked, ButtonData.OK_DONE);
        int cancelled = window.dialogs.notifications.size();
        int errors = window.dialogs.errors.size();
        answer(robot, look(robot, at + "g2-backup-password-wrong", wrong), ButtonData.CANCEL_CLOSE);
        // Avbryt is her choice: said on the bar by the backup's name, not in the restore's error box.
        waitUntil(() -> window.dialogs.notifications.size() > cancelled);
        assertThat(window.dialogs.notifications.getLast()).contains(newestBackup().getFileName().toString());
        assertThat(window.dialogs.errors).hasSize(errors);
        lookAtTheWindow(robot, at + "g3-backup-not-opened", wrong);
        window.settled();
        // The same Avbryt when the restore is offered at start (a damaged database): information, not an error box.
        Path protectedBackup = newestBackup();
        Platform.runLater(() -> Recovery.offerRestore(new DomainException("store.corrupt", folder, folder),
                () -> List.of(new BackupEntry(protectedBackup, LocalDateTime.of(2026, 12, 2, 8, 5), "manuell")),
                b -> Ledamot.restoreInto(folder.resolve("elsewhere"), b,
                        new FolderAccess(new PasswordDialogs(window.shell().stage()), () -> { }))));
        answer(robot, dialog(robot), ButtonData.YES);
        answer(robot, look(robot, at + "g4-offer-password", wrong), ButtonData.CANCEL_CLOSE);
        DialogPane told = look(robot, at + "g5-offer-not-opened", wrong);
        assertThat(told.getStyleClass()).contains("information").doesNotContain("error");
        assertThat(String.join(" ", onFx(() -> VisibleWords.of(told))))
                .contains(protectedBackup.getFileName().toString());
        answer(robot, told, ButtonData.OK_DONE);
        fire("menu-password-remove");
        answer(robot, look(robot, at + "g6-password-remove", wrong), ButtonData.YES);
        waitUntil(() -> !window.shell().context().services().dataFolder().orElseThrow().isProtected());
        window.settled();

        MainWindow restoring = window.shell();
        window.dialogs.toOpen = List.of(backup);
        fire("menu-restore");
        answer(robot, dialog(robot), ButtonData.YES);
        answer(robot, look(robot, at + "h-restore-done", wrong), ButtonData.OK_DONE);
        waitUntil(() -> window.shell() != restoring && window.shell().stage().isShowing());
        // Seam: the close waited ten seconds for the preview's reading that asked it, then asked to wait for the disk.
        assertThat(window.dialogs.asked).doesNotContain(Localization.get("ui.close.slow.text"));
        lookAtTheWindow(robot, at + "i-reopened", wrong);
    }

    private void fire(String id) {
        var item = window.shell().fileMenu().getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow();
        // Later, not inside an interaction: the item may ask in a dialog that waits for an answer.
        Platform.runLater(item::fire);
    }

    private Path newestBackup() throws Exception {
        Path backups = window.shell().context().services().dataFolder().orElseThrow().backupFolder();
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(f -> f.toString().endsWith(".zip")).max(java.util.Comparator.comparing(f -> {
                try {
                    return Files.getLastModifiedTime(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).orElseThrow(() -> new AssertionError(backups + " holds " + WindowDriver.onFx(() -> {
                try (Stream<Path> all = Files.walk(folder)) {
                    return all.toList().toString();
                }
            })));
        }
    }

    private static DialogPane dialog(FxRobot robot) {
        return WindowDriver.closeQuestion(robot);
    }

    private static void typePassword(FxRobot robot, DialogPane pane, String password) {
        robot.interact(() -> pane.lookupAll(".password-field").forEach(f -> ((PasswordField) f).setText(password)));
    }

    private static void answer(FxRobot robot, DialogPane pane, ButtonData role) {
        robot.clickOn(WindowDriver.button(pane, role));
        waitUntil(() -> pane.getScene() == null || !pane.getScene().getWindow().isShowing());
    }

    /** The dialog shown: its picture, and its words that are wrong (Swedish in English, cut off, a stored day). */
    private DialogPane look(FxRobot robot, String name, List<String> wrong) throws Exception {
        DialogPane pane = dialog(robot);
        WindowDriver.screenshot(robot, pane.getScene(), "english27-" + name + ".png");
        check(name, onFx(() -> VisibleWords.of(pane)), onFx(() -> CutOffText.in(pane)), wrong);
        return pane;
    }

    private void lookAtTheWindow(FxRobot robot, String name, List<String> wrong) throws Exception {
        window.settled();
        window.snapshot(robot, "english27-" + name);
        var root = window.shell().stage().getScene().getRoot();
        check(name, onFx(() -> VisibleWords.of(root)), onFx(() -> CutOffText.in(root)), wrong);
    }

    private static void check(String name, List<String> words, List<String> cut, List<String> wrong) {
        boolean english = Localization.locale().equals(Localization.ENGLISH);
        words.stream().filter(w -> english && VisibleWords.SWEDISH.matcher(w).find() || ISO_DAY.matcher(w).find())
                .forEach(w -> wrong.add(name + ": " + w));
        cut.forEach(c -> wrong.add(name + ": cut " + c));
    }
}
