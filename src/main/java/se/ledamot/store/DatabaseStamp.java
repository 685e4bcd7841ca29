package se.ledamot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The database file of a data folder as it is on disk, in a few lines of text: its size, the time of its last
 * change (to the nanosecond the system keeps), the time its inode last changed, which no copy or restore can set,
 * and its identity on disk. Any program that writes the file, or puts another in its place, changes it. What is
 * known of a file so stamped (its schema, {@link SchemaMark}; a command's output, the command line's cache of it)
 * holds while the stamp does. Files protected by a password get no stamp: what is known of them stays unwritten.
 */
public final class DatabaseStamp {
    /**
     * How long after a write the file's time is sure to have moved on: the system stamps a write with a clock that
     * advances in ticks (up to 10 ms on Linux), so a second write in the same tick, of the same size, would look the
     * same. A stamp taken by the holder of the turn is given out only this long after the file's last change.
     */
    static final long SETTLE_NANOS = TimeUnit.MILLISECONDS.toNanos(25);
    private static final long COARSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private DatabaseStamp() {
    }

    /** The folder's database file as it is now; none for a missing, unreadable or protected file, or coarse times. */
    public static Optional<String> of(Path folder) {
        Path file = DatabaseFile.in(folder);
        try {
            if (!Files.exists(file) || DatabaseFile.isEncrypted(file)) {
                return Optional.empty();
            }
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            long modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            if (modified % COARSE_NANOS == 0) {
                // A system that keeps whole milliseconds or coarser (FAT and exFAT on a memory stick: 2 s, 10 ms)
                // could give two writes the same time: nothing is known of such a file.
                return Optional.empty();
            }
            Object identity = a.fileKey() != null ? a.fileKey() : a.creationTime().to(TimeUnit.NANOSECONDS);
            // Joined, not concatenated: "+" on strings links at its first use, a tenth of a short command's start.
            return Optional.of(String.join("\n", Long.toString(a.size()),
                    Long.toString(modified), Long.toString(inodeChanged(file)),
                    String.valueOf(identity), ""));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The stamp of what the folder's database file holds: its own ({@link #of}), or an earlier one under which it
     * held the same, when the program that last had it open only read ({@link SameContent}).
     */
    public static Optional<String> ofContent(Path folder) {
        return SameContent.of(folder, of(folder));
    }

    /**
     * As {@link #of}, taken by the holder of the folder's turn before it gives the turn back: waits, if need be,
     * until the system's clock has moved past the file's last change, so that whoever writes next changes the stamp.
     */
    static Optional<String> settled(Path folder) {
        try {
            long until = Files.getLastModifiedTime(DatabaseFile.in(folder)).to(TimeUnit.NANOSECONDS) + SETTLE_NANOS;
            // Parked, not slept: an interrupt inside the store closes H2's file; one here ends the wait, no stamp.
            for (long left; (left = until - TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis())) > 0; ) {
                LockSupport.parkNanos(left);
                if (Thread.currentThread().isInterrupted()) {
                    return Optional.empty();
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return of(folder);
    }

    /** The inode's change time where the system has it (Linux, macOS); elsewhere nothing more than the other lines. */
    private static long inodeChanged(Path file) {
        try {
            return ((FileTime) Files.getAttribute(file, "unix:ctime")).to(TimeUnit.NANOSECONDS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 0;
        }
    }
}
