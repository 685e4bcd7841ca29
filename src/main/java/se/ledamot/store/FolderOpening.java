package se.ledamot.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.h2.api.ErrorCode;
import se.ledamot.l10n.Localization;

/**
 * What happens, in order, when a data folder is opened: what a crash left behind is removed, a missing database is
 * created, a damaged one refused, a protected one unlocked with its password, an old one upgraded, a newer one
 * refused, and the day's backup made.
 */
final class FolderOpening {
    /**
     * Work files of an interrupted upgrade, restore or password change, and H2 files that may hold data. A first
     * sync's copies go as {@link FirstSyncCopyLock#removeLeftovers} says.
     */
    private static final List<String> LEFTOVERS = List.of(SafeUpgrade.TEMP_NAME + ".*", Restore.TEMP_NAME + ".*",
            Protection.TEMP_NAME + ".*", CompactInCopy.LEFTOVER,
            Database.FILE_NAME + ".trace.db", Database.FILE_NAME + ".lock.db",
            "." + FolderSettings.FILE_NAME + ".tmp", SchemaMark.TEMP_NAME);
    /** How many times the schema was read at opening (tests: a folder whose {@link SchemaMark} holds is not read). */
    static final java.util.concurrent.atomic.AtomicInteger SCHEMA_READS = new java.util.concurrent.atomic.AtomicInteger();

    private FolderOpening() {
    }

    /**
     * Everything, with the folder alone and its file closed: returns where connections go. Reads the schema without
     * writing, so a database this version must not touch (a newer one) is left exactly as it was — unless this
     * version marked the file as checked and nothing changed it since ({@link SchemaMark}): then the file is opened
     * only once, by the connections that follow.
     */
    static DatabaseUrl prepare(Path folder, OpenOptions options, Backups backups, List<String> notices)
            throws IOException {
        removeLeftovers(folder);
        Path file = DatabaseFile.in(folder);
        boolean created = !Files.exists(file);
        if (created) {
            SafeUpgrade.create(folder);
        } else {
            DatabaseFile.checkWhole(file, folder);
        }
        DatabaseUrl url = DatabaseUrl.existing(file, unlock(file, file, options.passwords(), false, folder));
        if (created || url.key() != null || !SchemaMark.holds(folder)) {
            SCHEMA_READS.incrementAndGet();
            SafeUpgrade.upgradeIfNeeded(folder, url, backups, notices);
            SchemaMark.write(folder);
        }
        if (!created && backups.dailyDue()) {
            try {
                backups.detour(backups.write(file, BackupKind.DAILY)).ifPresent(notices::add);
            } catch (IOException | StoreException e) {
                notices.add(Localization.get("store.backup.failed", backups.folder()));
            }
        }
        PrivateFiles.restrictFilesIn(folder);
        return url;
    }

    /**
     * The key of a protected file, asking for its password until it fits ({@link PasswordSource#TRIES} times at
     * most); null for a file without a password. The question and a refusal name {@code shown}: the backup the user
     * chose rather than the temporary file unpacked from it.
     */
    static String unlock(Path file, Path shown, PasswordSource source, boolean backup, Path folder)
            throws IOException {
        if (!DatabaseFile.isEncrypted(file)) {
            return null;
        }
        FileKey.Stretch stretch = FileKey.stretchOf(file)
                .orElseThrow(() -> new StoreException("store.password.foreign", null, shown));
        boolean wrong = false;
        for (int attempt = 1; attempt <= PasswordSource.TRIES; attempt++) {
            char[] password = source.password(new PasswordSource.Request(shown, backup, attempt, wrong));
            if (password == null) {
                throw new StoreException(wrong ? "store.password.wrong" : "store.password.needed", null, shown);
            }
            String key;
            try {
                key = stretch.key(password);
            } finally {
                Arrays.fill(password, '\0');
            }
            if (opensWith(file, key, folder)) {
                return key;
            }
            wrong = true;
        }
        throw new StoreException("store.password.wrong", null, shown);
    }

    private static boolean opensWith(Path file, String key, Path folder) {
        try (Connection c = DatabaseUrl.reading(file, key).connect()) {
            return c.isValid(1);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    || e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
                return false;
            }
            throw SqlErrors.translate(e, folder);
        }
    }

    private static void removeLeftovers(Path folder) throws IOException {
        FirstSyncCopyLock.removeLeftovers(folder);
        for (String glob : LEFTOVERS) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
                for (Path f : files) {
                    delete(f);
                }
            }
        }
    }

    private static void delete(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } else {
            Files.deleteIfExists(path);
        }
    }
}
