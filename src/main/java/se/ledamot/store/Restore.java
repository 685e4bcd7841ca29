package se.ledamot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts a backup in place of the folder's database. Never without keeping the current state first: the database
 * (even a damaged one) is backed up before it is replaced, and the replacement is one rename of a checked, unpacked
 * copy, so a crash leaves the old database or the restored one. A backup from a newer Ledamot is refused; an older one
 * is upgraded as any old database is. A folder protected by a password keeps its password.
 */
public final class Restore {
    static final String TEMP_NAME = "ledamot-restore";

    /** What was restored, and where the state it replaced was saved (null when there was no database). */
    public record Result(BackupPreview restored, Path savedFirst, List<String> notices) {
    }

    private Restore() {
    }

    /** Restores into a folder that need not open (a damaged or empty database is what a restore is for). */
    public static Result into(Path folder, Path backup, OpenOptions options) {
        SharedFolder shared = SharedFolder.attach(folder, options);
        try {
            return run(shared, backup, options.passwords(), new Backups(folder, options.clock()));
        } finally {
            shared.detach();
        }
    }

    static Result run(SharedFolder shared, Path backup, PasswordSource passwords, Backups backups) {
        Path folder = shared.folder();
        Path temp = folder.resolve(TEMP_NAME + DatabaseUrl.SUFFIX);
        try {
            return shared.alone(() -> {
                var made = BackupPreview.unpack(backup, temp);
                String key = FolderOpening.unlock(temp, backup, passwords, true, folder);
                DatabaseUrl url = DatabaseUrl.existing(temp, key);
                SchemaState state = SafeUpgrade.state(url, folder);
                var bundled = BundledMigrations.versions();
                if (state.newerThan(bundled)) {
                    throw state.refusal("backup.newer", backup, bundled);
                }
                BackupPreview preview = BackupPreview.read(backup, url.reading(), made, key != null);
                String current = shared.url() != null ? shared.url().key() : null;
                if (current != null) {
                    key = Protection.sameProtectionAs(DatabaseFile.in(folder), current, temp, key);
                }
                Path file = DatabaseFile.in(folder);
                Path saved = Files.exists(file) ? backups.write(file, BackupKind.BEFORE_RESTORE) : null;
                Backups.moveInPlace(temp, file);
                PrivateFiles.restrictFilesIn(folder);
                DatabaseUrl restored = DatabaseUrl.existing(file, key);
                shared.use(restored);
                List<String> notices = new ArrayList<>();
                if (saved != null) {
                    backups.detour(saved).ifPresent(notices::add);
                }
                SafeUpgrade.upgradeIfNeeded(folder, restored, backups, notices);
                return new Result(preview, saved, notices);
            });
        } catch (IOException e) {
            throw new StoreException("backup.restore.failed", e, backup);
        } finally {
            deleteQuietly(temp);
        }
    }

    static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // A temporary file that cannot go now is removed on the next start.
        }
    }
}
