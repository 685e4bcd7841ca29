package se.ledamot.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.function.Supplier;
import se.ledamot.search.SearchIndex;
import se.ledamot.store.ServerCache;

/**
 * Where the search index is kept, in a folder of its own private to the user: beside a data folder's database, or in
 * the user's cache folder for a shared server (made there once, then brought up to date at each start, where making
 * it took minutes at 100 000 matters). A plain index holds the words typed (its terms and snippets), which the
 * encrypted database of a folder protected by a password promises no file holds (README, *Ett lösenord*): such a
 * folder keeps its index sealed, every file encrypted under a key made from the database's own
 * ({@value #SEALED}/), and a plain one left there (by an earlier version, or from before the password) is deleted.
 */
final class IndexPlace {
    /** The folder of a protected data folder's sealed index. */
    static final String SEALED = "search-sealed";

    private final Path plain;
    private final Path sealed;
    /** Asked each time the index is opened: a password may come, go or change while the program runs. */
    private final Supplier<Optional<byte[]>> sealKey;
    private final boolean ofServer;

    private IndexPlace(Path plain, Path sealed, Supplier<Optional<byte[]>> sealKey, boolean ofServer) {
        this.plain = plain;
        this.sealed = sealed;
        this.sealKey = sealKey;
        this.ofServer = ofServer;
    }

    /**
     * In a data folder's {@value SearchService#FOLDER}/, or sealed in {@value #SEALED}/ under the key
     * {@code sealKey} gives while the folder has a password.
     */
    static IndexPlace ofDataFolder(Path dataFolder, Supplier<Optional<byte[]>> sealKey) {
        return new IndexPlace(dataFolder.resolve(SearchService.FOLDER), dataFolder.resolve(SEALED), sealKey, false);
    }

    /** In the user's cache folder for one database and login of a shared server ({@link ServerCache}). */
    static IndexPlace ofServer(Path cacheFolder) {
        return new IndexPlace(cacheFolder.resolve(SearchService.FOLDER), null, Optional::empty, true);
    }

    /** Whether the index is sealed: the data folder has a password. */
    boolean sealed() {
        return sealKey.get().isPresent();
    }

    /** Whether the index is a data folder's own (not a server's). */
    boolean inDataFolder() {
        return !ofServer;
    }

    /** The index where it now belongs, opened; one that cannot be read is made anew, empty (the caller fills it). */
    SearchIndex open() {
        Optional<byte[]> key = sealKey.get();
        Path folder = key.isPresent() ? sealed : plain;
        if (!ofServer) {
            leave(key.isPresent() ? plain : sealed);
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
            index = open(folder, key);
            index.committedState();
            return index;
        } catch (RuntimeException damaged) {
            // Unreadable (a crash mid-write on a disk that lied, a file lost, sealed under an earlier password's key):
            // the index is derived, so start anew.
            if (index != null) {
                index.close();
            }
            deleteFiles(folder);
            return open(folder, key);
        }
    }

    private static SearchIndex open(Path folder, Optional<byte[]> key) {
        return key.isPresent() ? SearchIndex.openSealed(folder, key.get()) : SearchIndex.open(folder);
    }

    /**
     * Called with the index closed when the folder's password was set, changed or removed: the index on disk,
     * plain or sealed under the earlier key, is deleted at once; the next open makes it anew where it belongs.
     */
    void leaveDiskAfterProtectionChanged() {
        if (!ofServer) {
            leave(plain);
            leave(sealed);
        }
    }

    private static void leave(Path folder) {
        if (Files.isDirectory(folder)) {
            deleteFiles(folder);
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void deleteFiles(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
