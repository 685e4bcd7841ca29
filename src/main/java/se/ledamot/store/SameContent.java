package se.ledamot.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * That the database file, as it is now, holds what it held under an earlier stamp ({@link DatabaseStamp}). H2 writes
 * its file each time it is opened to write and closed, even when nothing in it changed: the window that only showed
 * the register, or a brief printed, made every kept output of the command line stale (issue 15; H2 2.4 grew a
 * 7 MB file by 12–20 kB per opening). The program that had the turn notes it when its turn wrote nothing, before it
 * gives the turn back; what was known of the earlier stamp (a kept output) then holds for this one. One note, of the
 * last such turn: any other write, restore or copy changes the file's stamp and the note no longer applies.
 */
final class SameContent {
    static final String FILE_NAME = ".same-content";
    private static final String TEMP_NAME = FILE_NAME + ".tmp";
    private static final String HEADER = "Ledamot same content 1\n";

    private SameContent() {
    }

    /**
     * The stamp of what the file holds: the earliest stamp under which it held the same, when a note says so for
     * {@code stamp}, else {@code stamp} itself.
     */
    static Optional<String> of(Path folder, Optional<String> stamp) {
        if (stamp.isEmpty()) {
            return stamp;
        }
        try {
            String note = new String(Files.readAllBytes(folder.resolve(FILE_NAME)), StandardCharsets.UTF_8);
            int lengthEnd = note.indexOf('\n', HEADER.length());
            if (!note.startsWith(HEADER) || lengthEnd < 0) {
                return stamp;
            }
            int afterEnd = lengthEnd + 1 + Integer.parseInt(note.substring(HEADER.length(), lengthEnd));
            String before = note.substring(Math.min(afterEnd, note.length()));
            return afterEnd <= note.length() && !before.isEmpty()
                    && note.substring(lengthEnd + 1, afterEnd).equals(stamp.get()) ? Optional.of(before) : stamp;
        } catch (IOException | RuntimeException e) {
            return stamp; // none, or not one of these: the file's own stamp
        }
    }

    /**
     * Notes that the file as stamped {@code after} holds what it held as stamped {@code before} (already the stamp of
     * its content, {@link #of}). Called by the holder of the turn, after the file was closed; a note that cannot be
     * written is removed, so kept outputs are only as stale as without it.
     */
    static void note(Path folder, String before, String after) {
        Path temp = folder.resolve(TEMP_NAME);
        try {
            String note = HEADER + after.length() + "\n" + after + before;
            PrivateFiles.write(temp, note.getBytes(StandardCharsets.UTF_8));
            Files.move(temp, folder.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(folder.resolve(FILE_NAME));
            } catch (IOException ignored) {
                // A note for another stamp than the file's applies to nothing.
            }
        }
    }
}
