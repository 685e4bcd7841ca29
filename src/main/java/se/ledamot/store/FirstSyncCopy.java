package se.ledamot.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A copy of a data folder's database that a fresh laptop's first sync fills instead of the database itself (issue
 * 16.6). H2 writes the copy faster: its plain indexes and the change-capture triggers are dropped while the pages come
 * and made again at the end (an index in one pass), commits go to the disk with H2's usual write delay instead of one
 * forced write each, and H2 keeps more pages in memory. The copy is renamed over the database only when it is whole
 * and only if the database is still as it was copied (the same {@code SCRIPT} of it): a sync cut short leaves the
 * database as it was and the copy is removed (by {@link #close}, or at the folder's next start), so the next sync
 * starts again. A database that changed meanwhile (the user saved something in the window, the command line wrote)
 * keeps its change: the copy is dropped and the caller pulls into the database itself.
 */
public final class FirstSyncCopy implements AutoCloseable {
    /** The copy's name; each copy gets its own, so two first syncs of one folder never write into one file. */
    static final String TEMP_NAME = "ledamot-firstsync-";
    /** H2's usual write delay (ms): the copy need not be on the disk before it is whole. */
    private static final int WRITE_DELAY_MS = 500;
    /** H2's page cache while the copy is filled (KB), at most a quarter of the heap: 16 MB is H2's default. */
    private static final long LOAD_CACHE_KB = 256 * 1024;
    private static final String TRIGGER = "CREATE FORCE TRIGGER ";

    private final SharedFolder shared;
    private final Path file;
    private final byte[] copiedFrom;
    private final Connection connection;
    private final DSLContext dsl;
    /** The dropped indexes and triggers, as the statements that make them again. */
    private final List<String> remade = new ArrayList<>();
    /** The database's own page cache (KB), set again when the copy is whole (H2 keeps the setting in the file). */
    private int cacheKb;
    private boolean closed;

    private FirstSyncCopy(SharedFolder shared, Path file, byte[] copiedFrom, Connection connection) {
        this.shared = shared;
        this.file = file;
        this.copiedFrom = copiedFrom;
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.H2);
    }

    /** Copies the folder's database as it is now, with nobody writing, and opens the copy without its plain indexes. */
    static FirstSyncCopy of(SharedFolder shared) {
        Path folder = shared.folder();
        Path copy = folder.resolve(TEMP_NAME + UUID.randomUUID() + DatabaseUrl.SUFFIX);
        try {
            byte[] state = shared.alone(() -> {
                byte[] now = state(shared.url(), folder);
                Files.copy(DatabaseFile.in(folder), copy, StandardCopyOption.REPLACE_EXISTING);
                PrivateFiles.restrict(copy, PrivateFiles.FILE);
                return now;
            });
            FirstSyncCopy made = new FirstSyncCopy(shared, copy,
                    state, DatabaseUrl.existing(copy, shared.url().key()).connect());
            try {
                made.prepare();
            } catch (SQLException | RuntimeException e) {
                made.close();
                throw e;
            }
            return made;
        } catch (IOException e) {
            Restore.deleteQuietly(copy);
            throw new StoreException("store.folder.unwritable", e, folder);
        } catch (SQLException e) {
            Restore.deleteQuietly(copy);
            throw SqlErrors.translate(e, folder);
        }
    }

    /** The copy, to write the sync's pages into. */
    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Makes the dropped indexes and triggers again, sets H2's cache back, closes the copy and renames it over the
     * database if the database is still as it was copied. False (the copy removed, the database as it is) when it
     * changed meanwhile.
     */
    public boolean replaceDatabase() {
        Path folder = shared.folder();
        try {
            try (Statement s = connection.createStatement()) {
                for (String statement : remade) {
                    s.execute(statement);
                }
                s.execute("SET WRITE_DELAY 0");
                s.execute("SET CACHE_SIZE " + cacheKb);
            }
            close(connection);
            return shared.alone(() -> {
                if (!Arrays.equals(copiedFrom, state(shared.url(), folder))) {
                    return false;
                }
                Backups.moveInPlace(file, DatabaseFile.in(folder));
                return true;
            });
        } catch (IOException e) {
            throw new StoreException("store.folder.unwritable", e, folder);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, folder);
        } finally {
            close();
        }
    }

    /** Lets go of the copy; one that did not replace the database is removed. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                close(connection);
            } catch (SQLException ignored) {
                // The copy goes anyway; a file that stays is removed at the folder's next start.
            }
            Restore.deleteQuietly(file);
        }
    }

    private static void close(Connection c) throws SQLException {
        if (!c.isClosed()) {
            c.close();
        }
    }

    /**
     * Drops the plain indexes (not those that keep a key unique or serve a constraint) and the change-capture triggers,
     * keeping how to make them again, lets H2 write with its delay and gives it a larger page cache. The triggers only
     * give a new row without a uid its uid while the sync writes (capture is suspended on its thread), and every row
     * the sync writes comes with its uid; H2 turned each of the copy's rows into Java objects and back for them. With
     * H2's default cache (16 MB) it read and decoded again most of the pages it had just written (the commit goes over
     * every row once more, and the uid keys are random).
     */
    private void prepare() throws SQLException {
        Set<String> constraints = Set.copyOf(dsl.fetch(
                "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE INDEX_NAME IS NOT NULL")
                .getValues(0, String.class));
        cacheKb = dsl.fetchSingle("SELECT CAST(SETTING_VALUE AS INT) * 1024 FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'").get(0, Integer.class);
        try (Statement s = connection.createStatement()) {
            for (String line : dsl.fetch("SCRIPT NODATA").getValues(0, String.class)) {
                if (line.startsWith(TRIGGER)) {
                    s.execute("DROP TRIGGER " + line.substring(TRIGGER.length(), line.indexOf(" BEFORE ")));
                    remade.add(line);
                } else if (line.startsWith("CREATE INDEX ")) {
                    String name = line.substring("CREATE INDEX ".length(), line.indexOf(" ON "));
                    String bare = name.substring(name.lastIndexOf(".\"") + 2, name.length() - 1);
                    if (!constraints.contains(bare)) {
                        s.execute("DROP INDEX " + name);
                        remade.add(line);
                    }
                }
            }
            s.execute("SET WRITE_DELAY " + WRITE_DELAY_MS);
            long quarterOfHeapKb = Runtime.getRuntime().maxMemory() / 4 / 1024;
            s.execute("SET CACHE_SIZE " + Math.max(cacheKb, Math.min(LOAD_CACHE_KB, quarterOfHeapKb)));
        }
    }

    /** What the database holds, settings and passwords aside, as a digest: read only, so H2 writes nothing to it. */
    private static byte[] state(DatabaseUrl url, Path folder) {
        try (Connection c = url.reading().connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            while (r.next()) {
                digest.update(r.getString(1).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return digest.digest();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, folder);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
