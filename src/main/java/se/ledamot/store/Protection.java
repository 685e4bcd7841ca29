package se.ledamot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Protecting a data folder with a password, changing it and removing it. The database is re-encrypted into a copy
 * ({@value #TEMP_NAME}.mv.db), checked, and renamed over the old file in one step, so a crash leaves the folder with
 * the old password or the new one. The backups in the backup folder that the old password opens are re-encrypted the
 * same way, one by one, so no copy without the new protection is left behind; older ones keep the password they had.
 */
final class Protection {
    static final String TEMP_NAME = "ledamot-rekey";

    private Protection() {
    }

    /**
     * Returns how many backups could not be changed (made under an earlier password). {@code cancelled} is asked once,
     * at the last moment nothing has changed yet (the new copy made and checked, not yet in place): then the copy is
     * removed, the old password stays, and a {@link CancellationException} says so. Once the new file is in place
     * the change goes to its end, backups included, whatever is asked; backups that cannot be written then are said
     * by a {@link BackupsNotRekeyedException} (the password IS changed).
     */
    static int change(SharedFolder shared, char[] newPassword, Backups backups, BooleanSupplier cancelled) {
        Path folder = shared.folder();
        try {
            return shared.alone(() -> {
                Path file = DatabaseFile.in(folder);
                String oldKey = shared.url().key();
                Optional<FileKey.Stretch> oldStretch = FileKey.stretchOf(file);
                FileKey.Stretch stretch = newPassword == null ? null : FileKey.Stretch.fresh();
                String newKey = newPassword == null ? null : stretch.key(newPassword);
                Path temp = folder.resolve(TEMP_NAME + DatabaseUrl.SUFFIX);
                try {
                    FileKey.copy(file, oldKey, temp, stretch, newKey);
                    check(temp, newKey, folder);
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("the password change was cancelled before the swap");
                    }
                    Backups.moveInPlace(temp, file);
                } finally {
                    Files.deleteIfExists(temp);
                }
                shared.use(DatabaseUrl.existing(file, newKey));
                return rekeyBackups(backups, oldStretch, oldKey, file, newKey);
            });
        } catch (IOException e) {
            throw new StoreException("store.password.changeFailed", e, folder);
        } finally {
            if (newPassword != null) {
                Arrays.fill(newPassword, '\0');
            }
        }
    }

    /**
     * Re-encrypts a restored copy to the folder's current protection, so a restore does not change the password;
     * returns the copy's key from now on.
     */
    static String sameProtectionAs(Path current, String currentKey, Path copy, String copyKey) throws IOException {
        Optional<FileKey.Stretch> stretch = FileKey.stretchOf(current);
        if (stretch.isEmpty() || stretch.equals(FileKey.stretchOf(copy)) && currentKey.equals(copyKey)) {
            return copyKey;
        }
        Path converted = copy.resolveSibling(TEMP_NAME + DatabaseUrl.SUFFIX);
        try {
            FileKey.copy(copy, copyKey, converted, stretch.get(), currentKey);
            Backups.moveInPlace(converted, copy);
        } finally {
            Files.deleteIfExists(converted);
        }
        return currentKey;
    }

    private static void check(Path file, String key, Path folder) {
        try (Connection c = DatabaseUrl.existing(file, key).connect()) {
            SchemaState.read(c);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, folder);
        }
    }

    /**
     * Backups the old key opens get the new protection (each rewritten whole); returns how many were left as they were.
     * A backup that cannot be written does not stop the others; afterwards a {@link BackupsNotRekeyedException} says
     * how many, since the database already has the new password.
     */
    private static int rekeyBackups(Backups backups, Optional<FileKey.Stretch> oldStretch, String oldKey,
            Path database, String newKey) throws IOException {
        int left = 0;
        int unwritten = 0;
        IOException firstFailure = null;
        for (Backups.Entry e : backups.list()) {
            Path temp = PrivateFiles.tempFolder();
            try {
                Path unpacked = temp.resolve(DatabaseFile.NAME);
                BackupPreview.unpack(e.file(), unpacked);
                boolean encrypted = DatabaseFile.isEncrypted(unpacked);
                String key = !encrypted ? null
                        : oldStretch.isPresent() && oldStretch.equals(FileKey.stretchOf(unpacked)) ? oldKey
                        : "";
                if ("".equals(key)) {
                    left++;
                    continue;
                }
                Path converted = temp.resolve("rekeyed" + DatabaseUrl.SUFFIX);
                FileKey.copy(unpacked, key, converted, newKey == null ? null : FileKey.stretchOf(database)
                        .orElseThrow(), newKey);
                try {
                    backups.rewrite(e, converted);
                } catch (IOException notWritten) {
                    unwritten++;
                    firstFailure = firstFailure == null ? notWritten : firstFailure;
                }
            } catch (StoreException damaged) {
                left++;
            } finally {
                Restore.deleteQuietly(temp);
            }
        }
        if (unwritten > 0) {
            throw new BackupsNotRekeyedException(unwritten, backups.folder(), firstFailure);
        }
        return left;
    }
}
