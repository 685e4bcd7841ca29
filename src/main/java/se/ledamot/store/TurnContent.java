package se.ledamot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Whether a turn of a program that opens the database to write changed what the file holds, told by H2 itself: its
 * count of writes to the file is the same when the file is about to be closed as when it was opened, after only
 * reading, and rises with any commit (each is written at once, WRITE_DELAY=0; a rollback counts too), whatever wrote
 * — jOOQ, plain JDBC, a trigger. A turn that wrote nothing leaves a {@link SameContent} note. Used by
 * {@link SharedFolder} under its lock.
 */
final class TurnContent {
    private static final String FILE_WRITES =
            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_WRITE'";

    private final Path folder;
    /** What the file held when the turn was taken; empty: not known (a protected file), or not a writer's turn. */
    private Optional<String> before = Optional.empty();
    private boolean changed;
    private long writesAtOpening;

    TurnContent(Path folder) {
        this.folder = folder;
    }

    /** The turn was taken by a program that may write. */
    void taken() {
        before = DatabaseStamp.ofContent(folder);
        changed = false;
    }

    /**
     * The file was opened: H2's count of its writes so far. Not 0: the pool's first connection ends a transaction,
     * which writes what H2 itself changed at opening (measured: 2 writes, each time).
     */
    void opened(JdbcConnectionPool pool) {
        if (before.isPresent() && !changed) {
            writesAtOpening = fileWrites(pool);
            changed = writesAtOpening < 0;
        }
    }

    /** The open file is about to be closed: any write of H2's since it was opened is a change. */
    void closing(JdbcConnectionPool pool) {
        if (before.isPresent() && !changed) {
            changed = fileWrites(pool) != writesAtOpening;
        }
    }

    /** H2's count of writes to its file since it was opened; -1 when it cannot say. */
    private static long fileWrites(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(FILE_WRITES)) {
            return r.next() ? Long.parseLong(r.getString(1)) : -1;
        } catch (SQLException | RuntimeException e) {
            return -1;
        }
    }

    /** The stamp of the closed file before work on it ({@link SharedFolder#alone}); empty when not watched. */
    Optional<String> beforeFileWork() {
        return before.isPresent() && !changed ? DatabaseStamp.settled(folder) : Optional.empty();
    }

    /** Work on the closed file is done: it changed what the file holds unless the file is as it was. */
    void afterFileWork(Optional<String> was) {
        if (before.isPresent() && (was.isEmpty() || !was.equals(DatabaseStamp.of(folder)))) {
            changed = true;
        }
    }

    /** The file was closed and the turn is about to be given back: noted when nothing in it changed. */
    void ended() {
        if (before.isPresent() && !changed) {
            DatabaseStamp.settled(folder).ifPresent(after -> SameContent.note(folder, before.get(), after));
        }
        before = Optional.empty();
    }
}
