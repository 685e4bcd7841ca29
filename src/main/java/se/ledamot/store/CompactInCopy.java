package se.ledamot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;
import java.nio.channels.FileLock;

/**
 * Gives back the space that changes left dead in the H2 file, without ever rewriting the file in place. H2's
 * close-time compaction moves chunks inside the live file, and a process killed meanwhile lost what it had just
 * saved ({@code KillAtEveryWriteTest}); so every connection is opened without it (see {@link DatabaseUrl}). Instead,
 * when a program that wrote is done with the folder and the file has grown to twice its size after the last
 * compaction, it is compacted the way {@code SHUTDOWN COMPACT} does it: the live pages are copied into
 * {@value #LEFTOVER}, which is renamed over the file only when complete. A crash meanwhile leaves the old file whole,
 * and the copy is removed at the next start. The size after the last compaction is kept in the folder's settings.
 */
final class CompactInCopy {
    /** Below this a file is left as it is: the copy would cost more than the space it gives back. */
    static final long SMALLEST = 8L << 20;
    static final String LEFTOVER = Database.FILE_NAME + DatabaseUrl.SUFFIX + ".tempFile";

    private CompactInCopy() {
    }

    /**
     * Compacts the closed file if it has doubled since it was last compacted, or if it was never measured and is not
     * small (a folder the generator filled: its commits every 10 000 matters left it six times its size); the caller
     * has the turn. A file
     * protected by a password stays protected: H2 encrypts the copy with the file's own key and starts it with the
     * file's first block, Ledamot's record of the key's stretch included (CloseWithoutCompactionTest).
     */
    static void ifGrown(Path folder, DatabaseUrl url) throws IOException, SQLException {
        Path file = DatabaseFile.in(folder);
        long size = Files.size(file);
        OptionalLong last = FolderSettings.read(folder).compactedSize();
        if (size < SMALLEST || last.isPresent() && size <= 2 * last.getAsLong()) {
            if (last.isEmpty()) {
                FolderSettings.update(folder, s -> s.withCompactedSize(size));
            }
            return;
        }
        try (Connection c = url.connect(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        // H2 made the copy with the umask's permissions (the folder is private already, the file must be too).
        PrivateFiles.restrict(file, PrivateFiles.FILE);
        long compacted = Files.size(file);
        FolderSettings.update(folder, s -> s.withCompactedSize(compacted));
    }

    /** The file compacted in a copy if it has grown, with the turn taken again; skipped when another one has it. */
    static void inTurn(FolderTurn turn, Path folder, DatabaseUrl url) {
        try {
            FileLock lock = turn.take(System.nanoTime(), () -> { });
            if (lock == null) {
                return;
            }
            try (lock) {
                ifGrown(folder, url);
            }
        } catch (IOException | SQLException e) {
            // Nothing is lost: the file stays as it was, and the next program that writes tries again.
        }
    }
}
