package se.ledamot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.h2.api.Trigger;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Which matters' own rows a program changed in a data folder: H2 calls this after every row the matter table and
 * the lists a matter's outline holds (authors, att-satser, questions, tags) gain, change or lose, whoever writes (a
 * screen, the command line, the sync, the generator). What {@link TurnContent} passes to a {@link TurnFollower}: the
 * kept answers of the command line then change those matters' entries only (issue 15). Noted in memory, per
 * database file, never in the database; a folder has the triggers from the first turn a program writes in it.
 */
public final class MatterTouches implements Trigger {
    /** The tables, each with the column that names its matter. */
    static final Map<String, String> TABLES = Map.of("MATTER", "ID", "MATTER_AUTHOR", "MATTER_ID",
            "MATTER_PROPOSAL", "MATTER_ID", "MATTER_QUESTION", "MATTER_ID", "MATTER_TAG", "MATTER_ID");
    /** More matters than this in one turn (an import, the generator): the kept answers are made again instead. */
    static final int MOST = 2_000;
    private static final String PREFIX = "LEDAMOT_TOUCH_";
    private static final Map<Path, Touched> TOUCHED = new ConcurrentHashMap<>();
    /** A trigger that could not tell its table's column or its folder: no turn in this program is followed. */
    private static volatile boolean blind;

    private Path folder;
    private int column;

    /** The matters changed since {@link #start}; empty when more than {@link #MOST}, or the folder not watched. */
    private static final class Touched {
        private final Set<Long> ids = new HashSet<>();
        private boolean tooMany;
        /** Whether a trigger of the folder's database was readied since: H2 readies them as it opens the file. */
        private volatile boolean watched;

        synchronized void add(long id) {
            if (!tooMany && ids.add(id) && ids.size() > MOST) {
                tooMany = true;
                ids.clear();
            }
        }

        synchronized Optional<Set<Long>> ids() {
            return tooMany || !watched ? Optional.empty() : Optional.of(Set.copyOf(ids));
        }
    }

    /** From now on the matters changed in the folder's database are noted (its turn was taken to write). */
    static void start(Path folder) {
        TOUCHED.put(folder, new Touched());
    }

    /**
     * The matters changed since {@link #start}; empty when too many, or when no trigger of the folder's database was
     * readied since (none there, or its file named otherwise: its writes would not be known).
     */
    static Optional<Set<Long>> taken(Path folder) {
        Touched t = TOUCHED.remove(folder);
        return t == null || blind ? Optional.empty() : t.ids();
    }

    /**
     * Puts the triggers on a database that lacks them, telling {@code wrote} (a write: the turn changed the file); a
     * database that cannot take them (opened elsewhere to read only) goes without, and its turns tell no follower.
     */
    static void ensureOn(JdbcConnectionPool pool, Consumer<String> wrote) {
        try (Connection c = pool.getConnection()) {
            if (!installed(c)) {
                wrote.accept("CREATE TRIGGER");
                install(c);
            }
        } catch (SQLException e) {
            // Without them no turn is followed: the kept answers are made again after each change.
        }
    }

    /** As {@link #install}; a database that cannot take them goes without (see {@link #ensureOn}). */
    static void installIfAble(Connection c) {
        try {
            install(c);
        } catch (SQLException e) {
            // Added by the first turn that writes, if it can.
        }
    }

    /** Whether the folder's database has every trigger (one read). */
    static boolean installed(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT COUNT(DISTINCT TRIGGER_NAME) FROM INFORMATION_SCHEMA.TRIGGERS WHERE TRIGGER_NAME LIKE '" + PREFIX + "%'")) {
            return r.next() && r.getInt(1) == TABLES.size();
        }
    }

    /** Puts the triggers on the tables that lack one (a write: the caller's turn changes the file). */
    static void install(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : TABLES.keySet()) {
                s.execute("CREATE TRIGGER IF NOT EXISTS " + PREFIX + table + " AFTER INSERT, UPDATE, DELETE ON "
                        + table + " FOR EACH ROW CALL '" + MatterTouches.class.getName() + "'");
            }
        }
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        try {
            String name = TABLES.get(tableName.toUpperCase(Locale.ROOT));
            try (PreparedStatement s = conn.prepareStatement("SELECT ORDINAL_POSITION FROM"
                    + " INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
                s.setString(1, schemaName);
                s.setString(2, tableName);
                s.setString(3, name);
                try (ResultSet r = s.executeQuery()) {
                    column = r.next() ? r.getInt(1) - 1 : -1;
                }
            }
            try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("CALL DATABASE_PATH()")) {
                String path = r.next() ? r.getString(1) : null;
                folder = path == null ? null : folderOf(path);
            }
        } catch (SQLException | RuntimeException e) {
            column = -1;
        }
        if (column < 0) {
            blind = true; // its writes would go unnoticed: nothing is followed rather than followed wrongly
        } else if (folder != null) {
            Touched t = TOUCHED.get(folder);
            if (t != null) {
                t.watched = true;
            }
        }
    }

    /** The data folder of a database file's path as H2 gives it (the folder and the file's name without suffix). */
    static Path folderOf(String databasePath) {
        Path parent = Path.of(databasePath).toAbsolutePath().getParent();
        try {
            return parent.toRealPath();
        } catch (java.io.IOException e) {
            return parent;
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
        Touched t = folder == null ? null : TOUCHED.get(folder);
        if (t == null || column < 0) {
            return;
        }
        note(t, oldRow);
        note(t, newRow);
    }

    private void note(Touched t, Object[] row) {
        if (row != null && row.length > column && row[column] instanceof Number id) {
            t.add(id.longValue());
        }
    }
}
