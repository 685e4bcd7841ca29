package se.ledamot.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.TreeSet;

/**
 * That the database file was last seen by this version of Ledamot with exactly its migrations, tied to the file as
 * it was then ({@link DatabaseStamp}). A program
 * that opens a folder whose mark still holds need not open the file read-only first to read its schema, and so opens
 * it once per command instead of twice (issue 15). Any other program that writes the file (a newer Ledamot that
 * upgrades it, an older one, a restore, a copy put in its place) changes what the mark is tied to, and the schema is
 * read again before anything is written. The mark is written only by the program that has the turn at the folder:
 * after the check at opening, and when it closes the file at the end of a turn that began with the mark holding.
 * Files protected by a password get no mark: unlocking one opens it anyway.
 */
final class SchemaMark {
    static final String FILE_NAME = ".schema-checked";
    static final String TEMP_NAME = FILE_NAME + ".tmp";

    private SchemaMark() {
    }

    /** Whether the folder's mark was written for its database file exactly as it is now. */
    static boolean holds(Path folder) {
        try {
            Optional<String> now = of(folder);
            return now.isPresent() && now.get().equals(Files.readString(folder.resolve(FILE_NAME),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Marks the folder's closed database file as checked by this version (the caller has the turn and knows its
     * schema is this version's). A mark that cannot be written is left out: the next start reads the schema.
     */
    static void write(Path folder) {
        Path tmp = folder.resolve(TEMP_NAME);
        try {
            Optional<String> now = of(folder);
            if (now.isEmpty()) {
                forget(folder);
                return;
            }
            // Private as every file of the folder, whatever the umask (FolderPrivacyTest).
            PrivateFiles.write(tmp, now.get().getBytes(StandardCharsets.UTF_8));
            Files.move(tmp, folder.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            forget(folder);
        }
    }

    /** No mark: the next start reads the schema. */
    static void forget(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(FILE_NAME));
        } catch (IOException ignored) {
            // An old mark no longer matches a file that changed; it does no harm.
        }
    }

    /** The mark for the file as it is now; none for a protected file or when the migrations cannot be listed. */
    private static Optional<String> of(Path folder) {
        var bundled = BundledMigrations.versions();
        if (bundled.isEmpty()) {
            return Optional.empty();
        }
        return DatabaseStamp.of(folder).map(stamp -> SchemaState.APPLIED_BY + "\n" + new TreeSet<>(bundled.get())
                + "\n" + stamp);
    }
}
