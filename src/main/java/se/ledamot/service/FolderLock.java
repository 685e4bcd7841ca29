package se.ledamot.service;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import se.ledamot.store.DataFolder;

/**
 * One window per data folder: a lock on a small, empty, private file beside the database, held while the window is
 * open. The operating system releases it if the program dies, so a crash never leaves the folder locked. The command
 * line does not take it (it takes turns with the window at the database itself), except to restore a backup or
 * change the password, which must not happen under an open window.
 */
public final class FolderLock implements AutoCloseable {
    public static final String FILE_NAME = DataFolder.WINDOW_LOCK;

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another window already holds it. */
    public static Optional<FolderLock> tryAcquire(Path folder) throws IOException {
        DataFolder.prepare(folder);
        DataFolder.createPrivateFile(folder.resolve(FILE_NAME));
        FileChannel channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new FolderLock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // Held by another window of this same program.
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
