package se.ledamot.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * Settings that belong to a data folder rather than to the program, kept beside the database in
 * {@value #FILE_NAME} so the window and the command line read the same: where its backups go, how large the
 * database file was after it was last compacted, and the party group last worked on in Partigrupp.
 */
record FolderSettings(Properties values) {
    static final String FILE_NAME = "settings.properties";
    private static final String BACKUP_FOLDER = "backup.folder";
    private static final String COMPACTED_SIZE = "database.compactedSize";
    /** Held while the file is read and written again ({@link #update}). */
    private static final Object WRITING = new Object();

    /** The folder's settings; none when the file is missing or cannot be read. */
    static FolderSettings read(Path dataFolder) {
        Properties p = new Properties();
        Path file = dataFolder.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // Unreadable settings are no settings: the defaults apply.
            }
        }
        return new FolderSettings(p);
    }

    Optional<Path> backupFolder() {
        String value = values.getProperty(BACKUP_FOLDER, "").strip();
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    FolderSettings withBackupFolder(Path folder) {
        Properties p = new Properties();
        p.putAll(values);
        if (folder == null) {
            p.remove(BACKUP_FOLDER);
        } else {
            p.setProperty(BACKUP_FOLDER, folder.toString());
        }
        return new FolderSettings(p);
    }

    /** The database file's size after it was last compacted (or first measured), see {@link CompactInCopy}. */
    OptionalLong compactedSize() {
        try {
            return OptionalLong.of(Long.parseLong(values.getProperty(COMPACTED_SIZE, "").strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    FolderSettings withCompactedSize(long bytes) {
        Properties p = new Properties();
        p.putAll(values);
        p.setProperty(COMPACTED_SIZE, Long.toString(bytes));
        return new FolderSettings(p);
    }

    /** What a screen last had chosen in this folder under {@code name} (Partigrupp's group); "" for none. */
    String chosen(String name) {
        return values.getProperty(name, "").strip();
    }

    FolderSettings withChosen(String name, String value) {
        Properties p = new Properties();
        p.putAll(values);
        p.setProperty(name, value == null ? "" : value.strip());
        return new FolderSettings(p);
    }

    /**
     * Reads the folder's settings, changes them and writes them back, one writer at a time: the window keeps a
     * screen's choice in one background lane, the backup folder in another, the compaction at close writes too; two at
     * once undid each other's change or failed on the one temporary file (FolderSettingsAtOnceTest).
     */
    static void update(Path dataFolder, java.util.function.UnaryOperator<FolderSettings> change) throws IOException {
        synchronized (WRITING) {
            change.apply(read(dataFolder)).write(dataFolder);
        }
    }

    /** Written whole or not at all: a temporary file renamed over the old one. */
    private void write(Path dataFolder) throws IOException {
        Path tmp = dataFolder.resolve("." + FILE_NAME + ".tmp");
        PrivateFiles.create(tmp);
        try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.TRUNCATE_EXISTING)) {
            values.store(out, null);
        }
        Backups.moveInPlace(tmp, dataFolder.resolve(FILE_NAME));
    }
}
