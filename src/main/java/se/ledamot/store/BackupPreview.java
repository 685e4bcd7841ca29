package se.ledamot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.h2.api.ErrorCode;

/**
 * What a backup holds, so the user can see it before restoring: when it was made and why, how many matters (and the
 * newest), meetings, group positions and answer versions, and whether it is protected by a password.
 *
 * @param made when the backup was made
 * @param kind why, or null for a backup made by other means (H2's own BACKUP TO)
 * @param newestTitle the title of the matter added last, or null when there is none
 * @param newestAdded the day it was added, or null
 */
public record BackupPreview(Instant made, BackupKind kind, boolean isProtected, int matters, int trashed,
        int meetings, int positions, int answerVersions, int attachments, String newestTitle, LocalDate newestAdded) {
    /** The largest database file a backup may unpack to: far above any real one, and a stop for a zip bomb. */
    static final long MAX_SIZE = 4L << 30;

    /** Reads a backup without changing anything: unpacked into a private temporary folder and removed after. */
    public static BackupPreview of(Path backup, PasswordSource passwords) {
        Path temp = null;
        try {
            temp = PrivateFiles.tempFolder();
            Path file = temp.resolve(DatabaseFile.NAME);
            Instant made = unpack(backup, file);
            String key = FolderOpening.unlock(file, backup, passwords, true, temp);
            return read(backup, DatabaseUrl.reading(file, key), made, key != null);
        } catch (IOException e) {
            throw new StoreException("backup.damaged", e, backup);
        } finally {
            Restore.deleteQuietly(temp);
        }
    }

    /**
     * Unpacks the database file of a backup; returns when the backup was made. Only the one entry is read, to a
     * fixed name, so names inside the zip cannot point anywhere else.
     */
    static Instant unpack(Path backup, Path target) throws IOException {
        if (!Files.isRegularFile(backup)) {
            throw new StoreException("backup.missing", null, backup);
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry db = zip.getEntry(Backups.DATABASE_ENTRY);
            if (db == null) {
                throw new StoreException("backup.notOurs", null, backup);
            }
            PrivateFiles.create(target);
            try (InputStream in = zip.getInputStream(db);
                    var out = Files.newOutputStream(target, StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > MAX_SIZE) {
                        throw new StoreException("backup.tooLarge", null, backup);
                    }
                    out.write(buffer, 0, n);
                }
            }
            DatabaseFile.checkWhole(target, target.getParent());
            return made(zip, db);
        } catch (ZipException e) {
            throw new StoreException("backup.notOurs", e, backup);
        } catch (StoreException e) {
            if (e.key().equals("store.corrupt") || e.key().equals("store.empty")) {
                throw new StoreException("backup.damaged", e, backup);
            }
            throw e;
        }
    }

    private static Instant made(ZipFile zip, ZipEntry db) throws IOException {
        ZipEntry about = zip.getEntry(Backups.ABOUT_ENTRY);
        if (about != null) {
            Properties p = new Properties();
            try (InputStream in = zip.getInputStream(about)) {
                p.load(in);
            }
            try {
                return Instant.parse(p.getProperty("made", ""));
            } catch (RuntimeException e) {
                // Fall back to the time of the entry.
            }
        }
        return db.getLastModifiedTime() != null ? db.getLastModifiedTime().toInstant() : Instant.EPOCH;
    }

    static BackupPreview read(Path backup, DatabaseUrl url, Instant made, boolean isProtected) {
        BackupKind kind = kindOf(backup);
        try (Connection c = url.connect(); Statement s = c.createStatement()) {
            String title = null;
            LocalDate added = null;
            try (ResultSet r = s.executeQuery("SELECT title, created_at FROM matter WHERE trashed_at IS NULL"
                    + " ORDER BY created_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")) {
                if (r.next()) {
                    title = r.getString(1);
                    added = r.getObject(2, OffsetDateTime.class).toLocalDate();
                }
            }
            return new BackupPreview(made, kind, isProtected,
                    count(s, "SELECT COUNT(*) FROM matter WHERE trashed_at IS NULL"),
                    count(s, "SELECT COUNT(*) FROM matter WHERE trashed_at IS NOT NULL"),
                    count(s, "SELECT COUNT(*) FROM meeting"), count(s, "SELECT COUNT(*) FROM group_position"),
                    count(s, "SELECT COUNT(*) FROM answer_version"), count(s, "SELECT COUNT(*) FROM matter_attachment"),
                    title, added);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                    || e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1) {
                throw new StoreException("backup.notOurs", e, backup);
            }
            throw new StoreException("backup.damaged", e, backup);
        }
    }

    /** A count from a table an older version may not have had yet: 0 then. */
    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1) {
                return 0;
            }
            throw e;
        }
    }

    private static BackupKind kindOf(Path backup) {
        String name = backup.getFileName().toString();
        for (BackupKind k : BackupKind.values()) {
            if (name.endsWith("-" + k.code() + ".zip")) {
                return k;
            }
        }
        return null;
    }
}
