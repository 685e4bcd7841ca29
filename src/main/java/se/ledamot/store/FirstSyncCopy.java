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
 * 16.6). H2 writes the copy faster: its plain indexes are dropped while the pages come and made again in one pass
 * each at the end, and commits go to the disk with H2's usual write delay instead of one forced write each. The copy
 * is renamed over the database only when it is whole and only if the database is still as it was copied (the same
 * {@code SCRIPT} of it): a sync cut short leaves the database as it was and the copy is removed (by {@link #close},
 * or at the folder's next start), so the next sync starts again. A database that changed meanwhile (the user saved
 * something in the window, the command line wrote) keeps its change: the copy is dropped and the caller pulls into
 * the database itself.
 */
public final class FirstSyncCopy implements AutoCloseable {
    /** The copy's name; each copy gets its own, so two first syncs of one folder never write into one file. */
    static final String TEMP_NAME = "ledamot-firstsync-";
    /** H2's usual write delay (ms): the copy need not be on the disk before it is whole. */
    private static final int WRITE_DELAY_MS = 500;

    private final SharedFolder shared;
    private final Path file;
    private final byte[] copiedFrom;
    private final Connection connection;
    private final DSLContext dsl;
    private final List<String> indexes = new ArrayList<>();
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
     * Makes the dropped indexes again, closes the copy and renames it over the database if the database is still as it
     * was copied. False (the copy removed, the database as it is) when it changed meanwhile.
     */
    public boolean replaceDatabase() {
        Path folder = shared.folder();
        try {
            try (Statement s = connection.createStatement()) {
                for (String index : indexes) {
                    s.execute(index);
                }
                s.execute("SET WRITE_DELAY 0");
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
     * Drops the plain indexes (not those that keep a key unique or serve a constraint), keeping how to make them again,
     * and lets H2 write with its delay.
     */
    private void prepare() throws SQLException {
        Set<String> constraints = Set.copyOf(dsl.fetch(
                "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE INDEX_NAME IS NOT NULL")
                .getValues(0, String.class));
        try (Statement s = connection.createStatement()) {
            for (String line : dsl.fetch("SCRIPT NODATA").getValues(0, String.class)) {
                if (!line.startsWith("CREATE INDEX ")) {
                    continue;
                }
                String name = line.substring("CREATE INDEX ".length(), line.indexOf(" ON "));
                String bare = name.substring(name.lastIndexOf(".\"") + 2, name.length() - 1);
                if (!constraints.contains(bare)) {
                    s.execute("DROP INDEX " + name);
                    indexes.add(line);
                }
            }
            s.execute("SET WRITE_DELAY " + WRITE_DELAY_MS);
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
