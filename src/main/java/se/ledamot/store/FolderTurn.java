package se.ledamot.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Whose turn it is at one data folder, between processes. Only the process holding the turn has the database file
 * open, so no database server and no network port is ever needed. The turn is an operating-system lock on byte 1 of
 * {@code ledamot.lock}, released by the system if the process dies. Byte 0 is the queue: a process takes it before
 * waiting for the turn and gives it back once it has the turn, so one that keeps coming back (the window) must queue
 * behind one already waiting (a command) and cannot starve it.
 */
final class FolderTurn implements AutoCloseable {
    static final String FILE_NAME = "ledamot.lock";
    /** After this long a waiting caller is told, once, that it waits. */
    static final long TELL_AFTER_NANOS = 2_000_000_000L;

    private final FileChannel channel;

    FolderTurn(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        PrivateFiles.create(file);
        channel = FileChannel.open(file, StandardOpenOption.WRITE);
    }

    /** Waits for the turn until the deadline ({@link System#nanoTime()}); null when it did not come in time. */
    FileLock take(long deadline, Runnable onLongWait) throws IOException {
        long start = System.nanoTime();
        boolean[] told = {false};
        FileLock queue = poll(0, deadline, start, told, onLongWait);
        if (queue == null) {
            return null;
        }
        try {
            return poll(1, deadline, start, told, onLongWait);
        } finally {
            queue.release();
        }
    }

    /** Whether another process waits for the turn (holds the queue byte); asked by the holder of the turn. */
    boolean othersQueued() {
        try {
            FileLock queue = channel.tryLock(0, 1, false);
            if (queue == null) {
                return true;
            }
            queue.release();
            return false;
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return false;
        }
    }

    /** Runs {@code onQueued} as soon as another process queues, looking every {@code every} until cancelled. */
    ScheduledFuture<?> watch(ScheduledExecutorService timer,
            Duration every, Runnable onQueued) {
        return timer.scheduleWithFixedDelay(() -> {
            if (othersQueued()) {
                onQueued.run();
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private FileLock poll(long position, long deadline, long start, boolean[] told, Runnable onLongWait)
            throws IOException {
        long pause = 1;
        while (true) {
            FileLock lock = channel.tryLock(position, 1, false);
            if (lock != null) {
                return lock;
            }
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                return null;
            }
            if (!told[0] && now - start >= TELL_AFTER_NANOS) {
                told[0] = true;
                onLongWait.run();
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                // Nothing of ours interrupts (ArchitectureTest); the flag is not set again, since H2 closes its
                // file when a thread with the flag set writes.
                return null;
            }
            pause = Math.min(pause * 2, 16);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
