package se.ledamot.store;

import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * One data folder as this program uses it: every {@link Database} on the folder in this JVM shares it. It holds the
 * folder's turn ({@link FolderTurn}) while any of them works and for a short idle moment after, opens the H2 file
 * in-process when the turn is taken and closes it before the turn is given back, so another process (the command
 * line beside the window) can have its turn in between. Whatever was written is forced to disk before the caller
 * gets its connection back.
 */
final class SharedFolder {
    /** How long the turn is kept after the last use, so a burst of queries opens the file once. */
    static final Duration IDLE = Duration.ofMillis(1500);
    /** How often an idle turn looks for another process queuing for it. */
    static final Duration QUEUE_CHECK = Duration.ofMillis(25);
    /** How long anyone waits for the turn before giving up with a message. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final Map<Path, SharedFolder> SHARED = new HashMap<>();
    private static final ScheduledExecutorService IDLE_TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ledamot-database-idle");
        t.setDaemon(true);
        return t;
    });

    private final Path folder;
    private final FolderTurn turn;
    private final TurnContent content;
    private final RecordedChanges recorded = new RecordedChanges();
    private int users;
    private boolean closed;
    private FileLock held;
    private int holders;
    private boolean taking;
    private Thread alone;
    private ScheduledFuture<?> idleEnd;
    private long idleSince;
    private DatabaseUrl url;
    private JdbcConnectionPool pool;
    /** Whether this program wrote: then the file is compacted (in a copy) if it has grown, when it is done. */
    private boolean compactAtEnd;
    private Runnable onLongWait = () -> { };
    private Runnable afterTurn = () -> { };
    /** While this program has the turn and {@link #giveWay} is set: looks for another process queuing for it. */
    private ScheduledFuture<?> giveWayCheck;
    /** What this whole program does when another queues for a turn it has ({@link #giveWay}); null: keeps it. */
    private static volatile Runnable giveWay;
    /** Whether this turn began on the file as this program's {@link SchemaMark} says: the mark then moves with it. */
    private boolean marked;
    /** Whether this program only reads: the file is then opened read-only and left exactly as it was. */
    private boolean readOnly;
    /** How many turns this program has taken; a stamp at the end of the first tells what it read only if it is 1. */
    private int turnsTaken;
    private boolean stampWanted;
    private Optional<String> lastStamp = Optional.empty();

    private SharedFolder(Path folder, FolderTurn turn) {
        this.folder = folder;
        this.turn = turn;
        this.content = new TurnContent(folder);
    }

    /** The folder as shared in this JVM, made if missing and private; {@link #detach()} when done. */
    static SharedFolder attach(Path folder, OpenOptions options) {
        DataFolder.prepare(folder);
        try {
            SharedFolder shared = attach(folder);
            shared.follow(options);
            try {
                shared.readOnly(options.readOnly());
            } catch (IllegalStateException e) {
                shared.detach();
                throw e;
            }
            return shared;
        } catch (IOException e) {
            throw new StoreException("store.folder.unwritable", e, folder);
        }
    }

    private static SharedFolder attach(Path folder) throws IOException {
        Path real = folder.toRealPath();
        synchronized (SHARED) {
            SharedFolder shared = SHARED.get(real);
            if (shared == null) {
                shared = new SharedFolder(real, new FolderTurn(real));
                SHARED.put(real, shared);
            }
            shared.users++;
            return shared;
        }
    }

    /** Done with the folder: when the last user here is done the turn is given back and the file closed. */
    void detach() {
        synchronized (SHARED) {
            if (--users > 0) {
                return;
            }
            SHARED.remove(folder);
            synchronized (this) {
                closed = true;
                long deadline = System.nanoTime() + PATIENCE.toNanos();
                while (holders > 0 && System.nanoTime() - deadline < 0) {
                    waitUntil(deadline);
                }
                if (held != null) {
                    endTurn();
                }
                if (compactAtEnd) {
                    CompactInCopy.inTurn(turn, folder, url);
                }
                if (!readOnly) {
                    // Here, not on a thread: the program may end right after.
                    afterTurn.run();
                }
            }
            try {
                turn.close();
            } catch (IOException ignored) {
                // The lock file stays; the system releases its locks with the process anyway.
            }
        }
    }

    Path folder() {
        return folder;
    }

    /** Changes recorded for the sync by any user of the folder in this JVM, and who is told of them. */
    RecordedChanges recorded() {
        return recorded;
    }

    /** Where connections go from now on (the key of an encrypted file is known only after asking). */
    synchronized void use(DatabaseUrl databaseUrl) {
        this.url = databaseUrl;
    }

    synchronized DatabaseUrl url() {
        return url;
    }

    /** Asks for the database file's stamp at the end of each turn, for {@link #stampOfAllRead}. */
    synchronized void keepStamp() {
        stampWanted = true;
    }

    /**
     * The file as this program left it ({@link DatabaseStamp}), when everything it read was in one turn, all of it in
     * that stamp: taken at the end of that turn, before the turn went to anyone else. Empty when it took the turn more
     * than once (another program may have written in between), wrote, has the turn still, or the file is protected.
     */
    synchronized Optional<String> stampOfAllRead() {
        return held == null && turnsTaken == 1 ? lastStamp : Optional.empty();
    }

    /** Read-only when the first user in this JVM only reads; then no other here may write. */
    private synchronized void readOnly(boolean onlyReads) {
        if (users == 1) {
            readOnly = onlyReads;
        } else if (readOnly && !onlyReads) {
            throw new IllegalStateException("the folder is open read-only in this program: " + folder);
        }
    }

    /** Whom to tell of a long wait for the turn, of a turn given back, and of a turn that changed matters only. */
    private synchronized void follow(OpenOptions options) {
        onLongWait = options.onLongWait();
        afterTurn = options.afterTurn();
        content.follow(options.follower(), options.clock());
    }

    /**
     * For a program that works for others in the background (the command line's kept outputs made ready): {@code
     * onQueued} is run as soon as another process queues for a turn this program has, on a thread of the store's.
     * It should end what this program does with the folder (ending the program gives the turn back at once).
     */
    static void giveWay(Runnable onQueued) {
        giveWay = onQueued;
    }

    /** A connection to the open database, the turn taken first; give it back with {@link #giveBack}. */
    Connection lease() {
        enter();
        try {
            Connection c = pool().getConnection();
            return readOnly ? c : WriteWatch.watched(c, content::wrote);
        } catch (SQLException e) {
            leave();
            throw SqlErrors.translate(e, folder);
        }
    }

    /** Returns a leased connection; forces what it wrote to disk before anyone is told it is saved. */
    void giveBack(Connection connection, boolean wrote) {
        try (connection) {
            if (wrote) {
                try (Statement s = connection.createStatement()) {
                    s.execute("CHECKPOINT SYNC");
                }
                synchronized (this) {
                    compactAtEnd = true;
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, folder);
        } finally {
            leave();
        }
    }

    /**
     * Runs work on the folder's files while nobody, here or elsewhere, has the database open: the turn is taken, the
     * other users in this JVM are waited for and the file is closed. The database opens again on the next lease.
     */
    <T> T alone(FileWork<T> work) throws IOException {
        enter();
        Optional<String> was = Optional.empty();
        try {
            synchronized (this) {
                alone = Thread.currentThread();
                long deadline = System.nanoTime() + PATIENCE.toNanos();
                while (holders > 1) {
                    waitUntil(deadline);
                }
                closePool();
                was = content.beforeFileWork();
            }
            return work.run();
        } finally {
            synchronized (this) {
                content.afterFileWork(was);
                alone = null;
                notifyAll();
            }
            leave();
        }
    }

    private void enter() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Runnable tell;
        synchronized (this) {
            while (true) {
                Thread me = Thread.currentThread();
                if (alone != null && alone != me) {
                    waitUntil(deadline);
                } else if (held != null) {
                    holders++;
                    cancelIdleEnd();
                    return;
                } else if (!taking) {
                    taking = true;
                    tell = onLongWait;
                    break;
                } else {
                    waitUntil(deadline);
                }
            }
        }
        FileLock lock = null;
        try {
            lock = turn.take(deadline, tell);
        } catch (IOException e) {
            throw new StoreException("store.folder.unwritable", e, folder);
        } finally {
            synchronized (this) {
                taking = false;
                if (lock != null) {
                    held = lock;
                    holders++;
                    turnsTaken++;
                    if (!readOnly) {
                        content.taken();
                    }
                    giveWayCheck = giveWay == null ? null : turn.watch(IDLE_TIMER, QUEUE_CHECK, giveWay);
                }
                notifyAll();
            }
        }
        if (lock == null) {
            throw new StoreException("store.busy", null, folder);
        }
    }

    /** One use less; the last keeps the turn a moment ({@link #IDLE}) unless another process queues for it. */
    private synchronized void leave() {
        holders--;
        notifyAll();
        if (holders == 0 && !closed) {
            idleSince = System.nanoTime();
            if (turn.othersQueued()) {
                endTurn();
            } else {
                idleEnd = IDLE_TIMER.scheduleWithFixedDelay(this::endIfIdle, QUEUE_CHECK.toMillis(),
                        QUEUE_CHECK.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private synchronized void endIfIdle() {
        if (holders == 0 && held != null
                && (System.nanoTime() - idleSince >= IDLE.toNanos() || turn.othersQueued())) {
            endTurn();
        }
    }

    private void endTurn() {
        cancelIdleEnd();
        if (giveWayCheck != null) {
            giveWayCheck.cancel(false);
            giveWayCheck = null;
        }
        content.beforeClose(() -> pool == null ? null : pool.getConnection());
        closePool();
        content.ended();
        if (stampWanted) {
            lastStamp = turnsTaken == 1 && !compactAtEnd && url != null && url.key() == null
                    ? SameContent.of(folder, DatabaseStamp.settled(folder)) : Optional.empty();
        }
        try {
            held.release();
        } catch (IOException ignored) {
            // The channel is gone: the lock went with it.
        }
        held = null;
        notifyAll();
        if (!readOnly && !closed) {
            // The program goes on (the window): run once the turn is given back, not on the caller's thread.
            IDLE_TIMER.execute(afterTurn);
        }
    }

    private JdbcConnectionPool pool() {
        synchronized (this) {
            if (pool == null) {
                if (url == null) {
                    throw new IllegalStateException("no database file chosen for " + folder);
                }
                marked = url.key() == null && SchemaMark.holds(folder);
                pool = (readOnly ? url.reading() : url).pool();
                if (!readOnly && url.key() == null) {
                    MatterTouches.ensureOn(pool, content::wrote);
                }
            }
            return pool;
        }
    }

    /** Closing the last connection closes the H2 file (written in full and forced to disk). */
    private void closePool() {
        if (pool != null) {
            pool.dispose();
            pool = null;
            if (marked) {
                // Still this program's turn: nobody else changed the file between its opening and this mark.
                SchemaMark.write(folder);
                marked = false;
            }
        }
    }

    private void cancelIdleEnd() {
        if (idleEnd != null) {
            idleEnd.cancel(false);
            idleEnd = null;
        }
    }

    private void waitUntil(long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new StoreException("store.busy", null, folder);
        }
        try {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
            // Not set again: H2 closes its file when a thread with the interrupt flag set writes (ArchitectureTest).
            throw new StoreException("store.busy", e, folder);
        }
    }
}
