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
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A copy of a data folder's database that a fresh laptop's first sync fills instead of the database itself (issue
 * 16.6). H2 writes the copy faster: its plain indexes, its uid indexes (the pull knows every uid of the copy
 * meanwhile, {@code References.whole}) and the change-capture triggers are dropped while the pages come and made
 * again at the end (an index in one pass; a uid found twice would stop the replace there), commits go to the disk
 * with H2's usual write delay instead of one forced write each, and H2 keeps more pages in memory. The copy is
 * renamed over the database only when it is whole and only if the database is still as it was copied (the same
 * {@code SCRIPT} of it): a sync cut short leaves the database as it was. The copy then stays beside it, with the
 * server's change it reached inside it, and the next first sync goes on filling it while the database still reads
 * as it did when copied; otherwise the copy is removed and a new one made. A database that changed meanwhile (the
 * user saved something in the window, the command line wrote) keeps its change: the copy is dropped and the caller
 * pulls into the database itself. The program filling a copy owns it ({@link FirstSyncCopyLock}), so another
 * program's start leaves it alone.
 */
public final class FirstSyncCopy implements AutoCloseable {
    /** H2's usual write delay (ms): the copy need not be on the disk before it is whole. */
    private static final int WRITE_DELAY_MS = 500;
    /** H2's page cache while the copy is filled (KB), at most a quarter of the heap: 16 MB is H2's default. */
    private static final long LOAD_CACHE_KB = 256 * 1024;
    private static final String TRIGGER = "CREATE FORCE TRIGGER ";

    private final SharedFolder shared;
    private final FirstSyncCopyLock owner;
    private final Source copiedFrom;
    private final Connection connection;
    private final DSLContext dsl;
    private boolean closed;

    private FirstSyncCopy(SharedFolder shared, FirstSyncCopyLock owner, Source copiedFrom, Connection connection) {
        this.shared = shared;
        this.owner = owner;
        this.copiedFrom = copiedFrom;
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.H2);
    }

    /**
     * The copy a cut first sync left, when the database still reads as it did when copied; else a new copy of the
     * database as it is now, made with nobody writing. Opened without its plain indexes.
     */
    static FirstSyncCopy of(SharedFolder shared) {
        Path folder = shared.folder();
        Claim claim;
        try {
            claim = shared.alone(() -> {
                Source now = Source.of(shared.url(), folder);
                Optional<FirstSyncCopyLock> left = FirstSyncCopyLock.keptFrom(folder, now.digest());
                if (left.isPresent()) {
                    return new Claim(now, left.get(), true);
                }
                FirstSyncCopyLock lock = FirstSyncCopyLock.create(folder);
                try {
                    Files.copy(DatabaseFile.in(folder), lock.copy(), StandardCopyOption.REPLACE_EXISTING);
                    PrivateFiles.restrict(lock.copy(), PrivateFiles.FILE);
                    lock.record(now.digest());
                } catch (IOException | RuntimeException e) {
                    lock.discard();
                    throw e;
                }
                return new Claim(now, lock, false);
            });
        } catch (IOException e) {
            throw new StoreException("store.folder.unwritable", e, folder);
        }
        Connection connection;
        try {
            connection = DatabaseUrl.existing(claim.owner().copy(), shared.url().key()).connect();
        } catch (SQLException e) {
            claim.owner().discard();
            if (claim.kept()) {
                // A copy made under another password, or damaged: start again.
                return of(shared);
            }
            throw SqlErrors.translate(e, folder);
        }
        FirstSyncCopy made = new FirstSyncCopy(shared, claim.owner(), claim.state(), connection);
        try {
            made.prepare();
        } catch (SQLException e) {
            made.discard();
            throw SqlErrors.translate(e, folder);
        } catch (RuntimeException e) {
            made.discard();
            throw e;
        }
        return made;
    }

    /** The copy taken for a sync: the database's state it was made from, its lock, whether a cut sync left it. */
    private record Claim(Source state, FirstSyncCopyLock owner, boolean kept) {
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
                for (String statement : copiedFrom.remade()) {
                    s.execute(statement);
                }
                s.execute("SET WRITE_DELAY 0");
                s.execute("SET CACHE_SIZE " + copiedFrom.cacheKb());
            }
            close(connection);
            return shared.alone(() -> {
                if (!copiedFrom.digest().equals(Source.of(shared.url(), folder).digest())) {
                    return false;
                }
                Backups.moveInPlace(owner.copy(), DatabaseFile.in(folder));
                return true;
            });
        } catch (IOException e) {
            throw new StoreException("store.folder.unwritable", e, folder);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, folder);
        } finally {
            discard();
        }
    }

    /** Lets go of the copy, which stays for the next first sync to go on with (see {@link FirstSyncCopyLock}). */
    @Override
    public void close() {
        letGo(false);
    }

    /** Lets go of the copy and removes it: it replaced the database, or can never. */
    private void discard() {
        letGo(true);
    }

    private void letGo(boolean remove) {
        if (!closed) {
            closed = true;
            try {
                close(connection);
            } catch (SQLException ignored) {
                // A copy kept has its position inside: what H2 had not written comes again with the next sync.
            }
            if (remove) {
                owner.discard();
            } else {
                owner.close();
            }
        }
    }

    private static void close(Connection c) throws SQLException {
        if (!c.isClosed()) {
            c.close();
        }
    }

    /**
     * Drops the plain indexes the database has (not those that serve a constraint), the unique ones on a uid (random
     * keys: each new row wrote a page of its own there) and its change-capture triggers, which a copy left by a cut
     * sync may have dropped already, lets H2 write with its delay and gives it a larger page cache. The triggers only
     * give a new row without a uid its uid while the sync writes (capture is suspended on its thread), and every row
     * the sync writes comes with its uid; H2 turned each of the copy's rows into Java objects and back for them. With
     * H2's default cache (16 MB) it read and decoded again most of the pages it had just written (the commit goes over
     * every row once more).
     */
    private void prepare() throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String line : copiedFrom.remade()) {
                s.execute(line.startsWith(TRIGGER)
                        ? "DROP TRIGGER IF EXISTS " + line.substring(TRIGGER.length(), line.indexOf(" ", TRIGGER.length()))
                        : LoadIndexes.drop(line));
            }
            s.execute("SET WRITE_DELAY " + WRITE_DELAY_MS);
            long quarterOfHeapKb = Runtime.getRuntime().maxMemory() / 4 / 1024;
            s.execute("SET CACHE_SIZE " + Math.max(copiedFrom.cacheKb(), Math.min(LOAD_CACHE_KB, quarterOfHeapKb)));
        }
    }

    /**
     * What the database holds, settings and passwords aside, as a digest; how to make its plain indexes and its
     * triggers; and its page cache (KB; H2 keeps it in the file, so a copy a cut sync left holds the larger one). Read
     * only, so H2 writes nothing to it.
     */
    private record Source(String digest, List<String> remade, int cacheKb) {
        static Source of(DatabaseUrl url, Path folder) {
            try (Connection c = url.reading().connect(); Statement s = c.createStatement()) {
                LoadIndexes indexes = LoadIndexes.in(s);
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                List<String> remade = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
                    while (r.next()) {
                        String line = r.getString(1);
                        digest.update(line.getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) '\n');
                        if (line.startsWith(TRIGGER) || indexes.dropped(line)) {
                            remade.add(line);
                        }
                    }
                }
                int cacheKb;
                try (ResultSet r = s.executeQuery("SELECT CAST(SETTING_VALUE AS INT) * 1024 FROM "
                        + "INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
                    r.next();
                    cacheKb = r.getInt(1);
                }
                return new Source(HexFormat.of().formatHex(digest.digest()), List.copyOf(remade), cacheKb);
            } catch (SQLException e) {
                throw SqlErrors.translate(e, folder);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
