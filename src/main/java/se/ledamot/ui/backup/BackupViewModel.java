package se.ledamot.ui.backup;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.ledamot.domain.DomainException;
import se.ledamot.l10n.Localization;
import se.ledamot.service.BackupContents;
import se.ledamot.service.DataFolderService;
import se.ledamot.service.Passwords;
import se.ledamot.ui.dialog.DialogService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;

/**
 * Arkiv → Säkerhetskopiera nu, Återställ från säkerhetskopia…, Mapp för säkerhetskopior… and Lösenord…: what each
 * does, with the user told in words. A restore shows what the backup holds and asks first; the window then closes,
 * the backup is put in place (the current state kept as a backup) and the window opens again on it.
 */
public final class BackupViewModel {

    private final AppContext context;
    private final Passwords passwords;
    private final Supplier<char[]> newPassword;
    private final Consumer<Path> restoreAndReopen;

    /**
     * @param passwords asks for the password of a protected backup
     * @param newPassword asks for a new password (typed twice); null when the user cancels
     * @param restoreAndReopen closes the window, restores the backup and opens the window again
     */
    public BackupViewModel(AppContext context, Passwords passwords, Supplier<char[]> newPassword,
            Consumer<Path> restoreAndReopen) {
        this.context = context;
        this.passwords = passwords;
        this.newPassword = newPassword;
        this.restoreAndReopen = restoreAndReopen;
    }

    private DataFolderService database() {
        return context.services().dataFolder().orElseThrow();
    }

    private DialogService dialogs() {
        return context.dialogs();
    }

    public void backUpNow() {
        BackgroundTask.of(p -> saidOf(database().backUpNow()))
                .title(Localization.get("ui.backup.working"))
                .onSuccess(dialogs()::notify)
                .executeWith(context.tasks());
    }

    /**
     * Where the backup went, and why when not to the chosen folder (a USB stick not plugged in). Its name and its
     * folder apart: a path has no space to wrap at, and beside another notice's button it was cut ("…manuell....").
     */
    private String saidOf(Path backup) {
        return Localization.get("ui.backup.made", backup.getFileName(), backup.getParent())
                + database().detour(backup).map(why -> " " + why).orElse("");
    }

    public void chooseFolder() {
        dialogs().chooseFolder(Localization.get("ui.backup.folder.title")).ifPresent(folder -> {
            database().moveBackupsTo(folder);
            dialogs().notify(Localization.get("ui.backup.folder.moved", folder));
        });
    }

    /** Lets the user pick a backup, shows what it holds, and restores it when the user agrees. */
    public void restore() {
        Path folder = database().backupFolder();
        Optional<Path> chosen = dialogs().chooseFileToOpenIn(folder, Localization.get("ui.restore.choose", folder),
                Localization.get("ui.restore.filter"), "zip");
        chosen.ifPresent(backup -> BackgroundTask.of(p -> DataFolderService.contents(backup, passwords))
                .title(Localization.get("ui.restore.reading"))
                .onSuccess(preview -> {
                    if (dialogs().confirm(Localization.get("ui.restore.title"), describe(backup, preview))) {
                        restoreAndReopen.accept(backup);
                    }
                    passwords.forget();
                })
                .onFailure(e -> {
                    passwords.forget();
                    if (e instanceof DomainException d && PasswordDialogs.cancelled(d)) {
                        dialogs().notify(Localization.message(d)); // she chose not to: a fact, not an error
                    } else {
                        dialogs().showError(Localization.get("ui.restore.title"), Errors.describe(e));
                    }
                })
                .executeWith(context.tasks()));
    }

    /** Protects the folder with a password, or changes it; the database and the backups are re-encrypted. */
    public void changePassword() {
        char[] password = newPassword.get();
        if (password == null) {
            return;
        }
        boolean change = database().isProtected();
        protect(password, Localization.get(change ? "cli.password.changed" : "cli.password.set"),
                change ? "ui.password.change.cancelled" : "ui.password.set.cancelled");
    }

    public void removePassword() {
        if (database().isProtected() && dialogs().confirm(Localization.get("ui.password.remove.title"),
                Localization.get("ui.password.remove.question"))) {
            protect(null, Localization.get("cli.password.removed"), "ui.password.remove.cancelled");
        }
    }

    /**
     * Re-encrypting takes a while with many backups, so it runs off the FX thread; saves wait their turn meanwhile.
     * Avbryt in the status bar stops it only while nothing has changed, and that is what the user is then told; past
     * that point the change ends and is reported as made (also when some backups could not be rewritten: said apart).
     */
    private void protect(char[] password, String done, String cancelledKey) {
        BackgroundTask.of(p -> database().protect(password, p::isCancelled))
                .title(Localization.get("ui.password.working"))
                .onCancelled(() -> dialogs().notify(Localization.get(cancelledKey)))
                .onSuccess(kept -> dialogs().notify(kept == 0 ? done
                        : done + " " + Localization.get("cli.password.backupsKept", kept, database().backupFolder())))
                .onFailure(e -> dialogs().showError(Localization.get(DataFolderService.onlyBackupsNotRekeyed(e)
                        ? "ui.password.backupsNotRekeyed.title" : "ui.password.failed.title"), Errors.describe(e)))
                .executeWith(context.tasks());
    }

    public boolean isProtected() {
        return database().isProtected();
    }

    /** The preview in words, the question last. */
    static String describe(Path backup, BackupContents p) {
        StringBuilder text = new StringBuilder(Localization.get("ui.restore.file", backup.getFileName())).append('\n');
        text.append(Localization.get("cli.restore.made", p.made(), Optional.ofNullable(p.kind())
                .map(k -> " (" + Localization.get("backup.kind." + k) + ")").orElse(""))).append('\n');
        text.append(Localization.get(p.isProtected() ? "cli.restore.protected" : "cli.restore.notProtected"))
                .append('\n');
        text.append(Localization.get("cli.restore.matters", p.matters(), p.trashed())).append('\n');
        if (p.newestTitle() != null) {
            text.append(Localization.get("cli.restore.newest", p.newestTitle(), p.newestAdded())).append('\n');
        }
        text.append(Localization.get("cli.restore.rest", p.meetings(), p.positions(), p.answerVersions(),
                p.attachments())).append("\n\n");
        return text.append(Localization.get("ui.restore.question")).toString();
    }
}
