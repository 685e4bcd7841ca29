package se.ledamot.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who owns a first sync's copy ({@link FirstSyncCopy}) and what it was made from. The program using a copy holds an
 * operating-system lock on the lock file beside it ({@code ledamot-firstsync-<id>.lock}) for as long as it does, as
 * {@code ledamot.lock} is held for the folder: released by the system if the program dies, so another program's start
 * never removes a copy a running sync fills. The lock file also holds the digest of the database the copy was made
 * from, written once the copy is whole: a copy left by a cut sync is continued by the next one while the database
 * still reads the same. Everything here runs with the folder's turn taken.
 */
final class FirstSyncCopyLock implements AutoCloseable {
    static final String PREFIX = "ledamot-firstsync-";
    private static final String SUFFIX = ".lock";
    /**
     * Lock files held in this program. Another channel on one of them must not even be opened: closing it would drop
     * this program's lock (POSIX locks belong to the process, not the channel).
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;

    /** Over a channel whose lock is taken. */
    private FirstSyncCopyLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
        HELD.add(file);
    }

    /** The lock of a new copy, held. */
    static FirstSyncCopyLock create(Path folder) throws IOException {
        Path file = folder.resolve(PREFIX + UUID.randomUUID() + SUFFIX);
        PrivateFiles.create(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        channel.lock();
        return new FirstSyncCopyLock(file, channel);
    }

    /**
     * A copy left in the folder by a cut first sync and made from the database as it reads now ({@code digest}), its
     * lock taken; copies no program uses that were made from another state, or never whole, are removed.
     */
    static Optional<FirstSyncCopyLock> keptFrom(Path folder, String digest) throws IOException {
        FirstSyncCopyLock found = null;
        for (FirstSyncCopyLock unused : unused(folder)) {
            if (found == null && unused.madeFrom().filter(digest::equals).isPresent() && Files.exists(unused.copy())) {
                found = unused;
            } else {
                unused.discard();
            }
        }
        removeCopiesWithoutLock(folder);
        return Optional.ofNullable(found);
    }

    /**
     * At a folder's opening: removes the copies no program uses that cannot be continued (never whole), and copies
     * without a lock file; a running sync's copy and one a cut sync left whole stay.
     */
    static void removeLeftovers(Path folder) throws IOException {
        for (FirstSyncCopyLock unused : unused(folder)) {
            if (unused.madeFrom().isPresent() && Files.exists(unused.copy())) {
                unused.close();
            } else {
                unused.discard();
            }
        }
        removeCopiesWithoutLock(folder);
    }

    /** The copy's database file. */
    Path copy() {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + DatabaseUrl.SUFFIX);
    }

    /** Records that the copy is whole and was made from the database whose digest this is. */
    void record(String digest) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(digest.getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(true);
    }

    /** Removes the copy and its lock file, and lets go (the lock file last: nobody claims it meanwhile). */
    void discard() {
        Restore.deleteQuietly(copy());
        // H2's log of an error met in the copy (a sync cut while a statement ran) goes with it.
        String name = file.getFileName().toString();
        Restore.deleteQuietly(file.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + ".trace.db"));
        close();
        Restore.deleteQuietly(file);
    }

    /** Lets go of the copy, which stays. */
    @Override
    public void close() {
        HELD.remove(file);
        try {
            channel.close();
        } catch (IOException ignored) {
            // The system releases the lock with the channel anyway.
        }
    }

    /** The digest recorded by {@link #record}; empty for a copy that was never whole. */
    private Optional<String> madeFrom() throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(128);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
        return text.length() == 64 && text.chars().allMatch(c -> Character.digit(c, 16) >= 0)
                ? Optional.of(text) : Optional.empty();
    }

    /** The locks of the copies no program uses now, taken. */
    private static List<FirstSyncCopyLock> unused(Path folder) throws IOException {
        List<FirstSyncCopyLock> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path f : files) {
                if (HELD.contains(f)) {
                    continue;
                }
                FileChannel channel = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                } else {
                    out.add(new FirstSyncCopyLock(f, channel));
                }
            }
        }
        return out;
    }

    /** Copies whose lock file is gone (a program that died between removing the two, an older Ledamot's). */
    private static void removeCopiesWithoutLock(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + DatabaseUrl.SUFFIX)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                Path lockFile = f.resolveSibling(name.substring(0, name.length() - DatabaseUrl.SUFFIX.length()) + SUFFIX);
                if (!Files.exists(lockFile)) {
                    Restore.deleteQuietly(f);
                }
            }
        }
    }
}
