package se.ledamot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where {@code generate} makes a new data folder: a side folder beside it (the same file system), named after it,
 * which is renamed into its place only when it is whole (rows, indexes, search index, file compacted and closed). A
 * generate killed part-way leaves nothing under the data folder's name, only the side folder, which the next
 * generate refuses to touch with a message naming it (it could be another generate's, still running).
 */
public final class GenerationFolder {
    private static final String SUFFIX = ".genereras";

    private final Path target;
    private final Path side;

    private GenerationFolder(Path target, Path side) {
        this.target = target;
        this.side = side;
    }

    /**
     * Makes the side folder of a data folder that is missing or empty; none for a folder with anything in it (the
     * generator fills its database in place, if it has no matters). Refuses a side folder already there ({@code
     * store.generate.leftover}).
     */
    public static Optional<GenerationFolder> claim(Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        Path side = target.resolveSibling(target.getFileName() + SUFFIX);
        try {
            if (!empty(target)) {
                return Optional.empty();
            }
            Files.createDirectories(target.getParent());
            Files.createDirectory(side);
            PrivateFiles.folder(side);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new StoreException("store.generate.leftover", e, side);
        } catch (IOException e) {
            throw new StoreException("store.folder.unwritable", e, side);
        }
        return Optional.of(new GenerationFolder(target, side));
    }

    /** The side folder, to open and fill. */
    public Path side() {
        return side;
    }

    /** Renames the whole side folder, closed, to the data folder's name (which must still be missing or empty). */
    public void putInPlace() {
        try {
            if (!empty(target)) {
                throw new StoreException("store.generate.notEmpty", null);
            }
            Files.deleteIfExists(target);
            Backups.moveInPlace(side, target);
        } catch (IOException e) {
            throw new StoreException("store.folder.unwritable", e, target);
        }
    }

    /** Removes the side folder after a failure here (a kill leaves it for the next generate's message). */
    public void discard() {
        try (Stream<Path> all = Files.walk(side)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // What is left is named by the next generate's message.
        }
    }

    private static boolean empty(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> inside = Files.list(folder)) {
            return inside.findAny().isEmpty();
        }
    }
}
