package se.ledamot.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.BooleanSupplier;
import se.ledamot.search.SearchIndex;
import se.ledamot.store.ServerCache;

/**
 * Where the search index is kept, in a folder of its own private to the user: beside a data folder's database, or in
 * the user's cache folder for a shared server (made there once, then brought up to date at each start, where making
 * it took minutes at 100 000 matters). A data folder protected by a password keeps it in this program's memory only,
 * made from the database at each start: on disk the index holds the words typed in plain text (its terms and
 * snippets), which the encrypted database beside it promises no file holds (README, *Ett lösenord*); one left there
 * by an earlier version, or from before the password, is deleted.
 */
final class IndexPlace {
    private final Path folder;
    /** Asked each time the index is opened: a password may come or go while the program runs. */
    private final BooleanSupplier inMemory;
    private final boolean ofServer;

    private IndexPlace(Path folder, BooleanSupplier inMemory, boolean ofServer) {
        this.folder = folder;
        this.inMemory = inMemory;
        this.ofServer = ofServer;
    }

    /** In a data folder's {@value SearchService#FOLDER}/, or in memory while {@code inMemory} says so. */
    static IndexPlace ofDataFolder(Path dataFolder, BooleanSupplier inMemory) {
        return new IndexPlace(dataFolder.resolve(SearchService.FOLDER), inMemory, false);
    }

    /** In the user's cache folder for one database and login of a shared server ({@link ServerCache}). */
    static IndexPlace ofServer(Path cacheFolder) {
        return new IndexPlace(cacheFolder.resolve(SearchService.FOLDER), () -> false, true);
    }

    boolean inMemory() {
        return inMemory.getAsBoolean();
    }

    /** Whether the index is a data folder's own on disk (not a server's, not in memory). */
    boolean inDataFolder() {
        return !ofServer && !inMemory();
    }

    /** The index where it now belongs: in memory (new and empty, made from the database by the caller) or on disk. */
    SearchIndex open() {
        if (inMemory()) {
            leaveDisk();
            return SearchIndex.inMemory();
        }
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                try {
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the folder takes the data folder's rights, which are the user's own.
                }
            }
        } catch (IOException e) {
            if (ofServer) {
                // A cache folder that cannot be made (a home read-only, full): the server is searched all the same.
                return SearchIndex.inMemory();
            }
            throw new UncheckedIOException(e);
        }
        SearchIndex index = null;
        try {
            index = SearchIndex.open(folder);
            index.committedState();
            return index;
        } catch (RuntimeException damaged) {
            // Unreadable (a crash mid-write on a disk that lied, a file lost): the index is derived, so start anew.
            if (index != null) {
                index.close();
            }
            deleteFiles();
            return SearchIndex.open(folder);
        }
    }

    /** Called with the index closed: an index on disk that now belongs in memory is deleted at once. */
    void leaveDiskIfInMemory() {
        if (inMemory()) {
            leaveDisk();
        }
    }

    private void leaveDisk() {
        if (Files.isDirectory(folder)) {
            deleteFiles();
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void deleteFiles() {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
