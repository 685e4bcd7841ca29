package se.ledamot.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.BooleanSupplier;
import se.ledamot.search.SearchIndex;

/**
 * Where the search index is kept: in its own folder beside a data folder's database, private to the user, or in this
 * program's memory only, made from the database at each start: for a folder protected by a password, and for a
 * shared server. On disk the index holds the words typed in plain text (its terms and snippets), which the encrypted
 * database beside it promises no file holds (README, *Ett lösenord*); one left there by an earlier version, or from
 * before the password, is deleted. A server's data is not left on the laptop by working on it.
 */
final class IndexPlace {
    /** Null for a shared server, which has no data folder. */
    private final Path folder;
    /** Asked each time the index is opened: a password may come or go while the program runs. */
    private final BooleanSupplier inMemory;

    IndexPlace(Path folder, BooleanSupplier inMemory) {
        this.folder = folder;
        this.inMemory = inMemory;
    }

    Path folder() {
        return folder;
    }

    boolean inMemory() {
        return folder == null || inMemory.getAsBoolean();
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
        if (folder != null && Files.isDirectory(folder)) {
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
