package se.ledamot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * How Ledamot opens an H2 file: in-process only (no AUTO_SERVER, so nothing listens on the network), every commit
 * written at once (WRITE_DELAY=0), no trace file that could hold data, never a new empty database in place of a
 * missing one (IFEXISTS) unless creating on purpose, and AES when the file is protected by a password.
 * <p>
 * Never compacted in place when closed (MAX_COMPACT_TIME=0). H2's close-time compaction moves chunks towards the start
 * of the file and cuts its end; a process killed in the middle of that (a flat battery, a crash) lost the matter it
 * had just reported saved ({@code KillAtEveryWriteTest}), and it cost every command seconds at 100 000 matters even
 * after a turn that only read (issue 15). Space freed by changes is reused by later writes instead.
 *
 * @param base the file without {@code .mv.db}
 * @param key the file key for an encrypted file (see {@link FileKey}), or null
 */
record DatabaseUrl(Path base, String key, boolean create, boolean readOnly) {
    static final String SUFFIX = ".mv.db";

    static DatabaseUrl existing(Path file, String key) {
        return new DatabaseUrl(base(file), key, false, false);
    }

    static DatabaseUrl creating(Path file, String key) {
        return new DatabaseUrl(base(file), key, true, false);
    }

    static DatabaseUrl reading(Path file, String key) {
        return new DatabaseUrl(base(file), key, false, true);
    }

    /** The same file, opened only to read. */
    DatabaseUrl reading() {
        return new DatabaseUrl(base, key, false, true);
    }

    private static Path base(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(SUFFIX)) {
            throw new IllegalArgumentException(file.toString());
        }
        return file.toAbsolutePath().resolveSibling(name.substring(0, name.length() - SUFFIX.length()));
    }

    String jdbc() {
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0"
                + (create ? "" : ";IFEXISTS=TRUE")
                + (readOnly ? ";ACCESS_MODE_DATA=r" : "")
                + (key != null ? ";CIPHER=AES" : "") + ";MAX_COMPACT_TIME=0";
    }

    /** H2 takes the file key and the user's password in one string, separated by a space; the user has none. */
    String password() {
        return key != null ? key + " " : "";
    }

    /** Where a turn's connections go. */
    JdbcConnectionPool pool() {
        return JdbcConnectionPool.create(jdbc(), "sa", password());
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbc(), "sa", password());
    }
}
