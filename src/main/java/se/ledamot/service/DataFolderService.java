package se.ledamot.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.ledamot.store.BackupPreview;
import se.ledamot.store.Backups;
import se.ledamot.store.BackupsNotRekeyedException;
import se.ledamot.store.Database;
import se.ledamot.store.PasswordSource;

/**
 * The data folder itself, beside what is in it: backups now and where they go, what a backup holds, and the folder's
 * password. Restoring, which works on a folder whose database may not open, is {@link Ledamot#restoreInto}.
 */
public final class DataFolderService {
    private final Database database;
    /** Told after the password was set, changed or removed (the search index moves in or out of memory). */
    private final Runnable protectionChanged;

    DataFolderService(Database database, Runnable protectionChanged) {
        this.database = database;
        this.protectionChanged = protectionChanged;
    }

    /** Backs up now into the backup folder; returns the new backup. */
    public Path backUpNow() {
        return database.backUp(null);
    }

    /** Backs up now to a file of the user's choice. */
    public Path backUpTo(Path file) {
        return database.backUp(file);
    }

    /** Why a backup just made is not in the chosen backup folder (a USB stick not plugged in); empty when it is. */
    public Optional<String> detour(Path backup) {
        return database.backups().detour(backup);
    }

    public Path backupFolder() {
        return database.backups().folder();
    }

    /** What a screen last had chosen in this data folder under {@code name} (a group, a meeting); "" for none. */
    public String chosen(String name) {
        return database.chosen(name);
    }

    /** The screen opens on this next time in this data folder (another folder keeps its own). */
    public void choose(String name, String value) {
        database.choose(name, value);
    }

    /** Backups go to this folder from now on; null for the default one in the data folder. */
    public void moveBackupsTo(Path folder) {
        database.backups().moveTo(folder);
    }

    /** The backups in the backup folder, newest first. */
    public List<BackupEntry> backups() {
        return entries(database.backups());
    }

    /** The backups of a folder whose database may not open (to offer one when it is damaged). */
    public static List<BackupEntry> backupsOf(Path dataFolder) {
        return Backups.listOf(dataFolder).stream().map(DataFolderService::entry).toList();
    }

    /**
     * Keeps the folder open (and unlocked) in this program until the returned action runs, whoever closes it
     * meanwhile: the window that closes and opens again on the same folder, after an export is read in, is then not
     * asked again for the password the user gave when it first opened.
     */
    public Runnable holdOpen() {
        Database held = database.another();
        return held::close;
    }

    public boolean isProtected() {
        return database.isProtected();
    }

    /**
     * Protects the folder with a password, changes it, or (null) removes it; the array is wiped. Returns how many
     * backups keep an earlier password because the current one does not open them.
     */
    public int protect(char[] newPassword) {
        return protect(newPassword, () -> false);
    }

    /**
     * As {@link #protect(char[])}, stopped if {@code cancelled} says so at the last moment nothing has changed: then
     * the old password stays and a {@link java.util.concurrent.CancellationException} says so. Past that moment the
     * change goes to its end.
     */
    public int protect(char[] newPassword, java.util.function.BooleanSupplier cancelled) {
        boolean was = database.isProtected();
        try {
            return database.protect(newPassword, cancelled);
        } finally {
            // Also when only the backups failed: the folder has its new password all the same.
            if (database.isProtected() != was) {
                protectionChanged.run();
            }
        }
    }

    /** Whether a password change failed only on the backups: the data folder has the new password all the same. */
    public static boolean onlyBackupsNotRekeyed(Throwable failure) {
        return failure instanceof BackupsNotRekeyedException;
    }

    /** What a backup holds, read from a private temporary copy; nothing in the data folder changes. */
    public static BackupContents contents(Path backup, Passwords passwords) {
        return contents(BackupPreview.of(backup, source(passwords)), backup);
    }

    static BackupContents contents(BackupPreview p, Path file) {
        return new BackupContents(file, p.made(), p.kind() == null ? null : p.kind().code(), p.isProtected(),
                p.matters(), p.trashed(), p.meetings(), p.positions(), p.answerVersions(), p.attachments(),
                p.newestTitle(), p.newestAdded());
    }

    static PasswordSource source(Passwords passwords) {
        return request -> passwords.password(request.file(), request.backup(), request.attempt(),
                request.lastWasWrong());
    }

    private static List<BackupEntry> entries(Backups backups) {
        return backups.list().stream().map(DataFolderService::entry).toList();
    }

    private static BackupEntry entry(Backups.Entry e) {
        return new BackupEntry(e.file(), e.made(), e.kind().code());
    }
}
