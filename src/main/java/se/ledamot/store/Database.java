package se.ledamot.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * The embedded H2 database in one data folder, opened in this process only: nothing listens on the network. The
 * window and the command line take turns at the folder ({@link SharedFolder}); a write is on disk before the call
 * that made it returns. Opening creates, checks, unlocks and upgrades the database as {@link FolderOpening} says.
 */
public final class Database implements OpenDatabase {
    public static final String FILE_NAME = "ledamot";

    private final SharedFolder shared;
    private final DSLContext dsl;
    private final OpenOptions options;
    private final List<String> notices;
    /**
     * Makes this whole program give way: {@code onQueued} is run as soon as another process queues for the turn of a
     * folder this program has (see {@link SharedFolder#giveWay}). For a program that only works in the background.
     */
    public static void giveWayToOthers(Runnable onQueued) {
        SharedFolder.giveWay(onQueued);
    }

    /** This one's listeners to changes recorded, removed when it is closed. */
    private final List<Runnable> listening = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean closed;

    private Database(SharedFolder shared, OpenOptions options, List<String> notices) {
        this.shared = shared;
        this.options = options;
        this.notices = List.copyOf(notices);
        ConnectionProvider connections = new ConnectionProvider() {
            @Override
            public Connection acquire() {
                SqlErrors.wroteAndClear();
                Connection leased = shared.lease();
                RecordedChanges.leased();
                return leased;
            }

            @Override
            public void release(Connection connection) {
                try {
                    shared.giveBack(connection, SqlErrors.wroteAndClear());
                } finally {
                    shared.recorded().givenBack();
                }
            }
        };
        this.dsl = DSL.using(new DefaultConfiguration().set(connections).set(SQLDialect.H2)
                .set(new Settings().withExecuteLogging(false)).set(new SqlErrors(shared.folder())));
    }

    public static Database open(Path folder, OpenOptions options) {
        SharedFolder shared = SharedFolder.attach(folder, options);
        try {
            List<String> notices = new ArrayList<>();
            if (shared.url() == null) {
                shared.alone(() -> {
                    if (shared.url() == null) {
                        shared.use(FolderOpening.prepare(shared.folder(), options,
                                new Backups(shared.folder(), options.clock()), notices));
                    }
                    return null;
                });
            }
            return new Database(shared, options, notices);
        } catch (IOException e) {
            shared.detach();
            throw new StoreException("store.folder.unwritable", e, folder);
        } catch (RuntimeException e) {
            shared.detach();
            throw e;
        }
    }

    /**
     * One more user of this folder in this program, opened with the key it is open with now: nobody is asked for the
     * password, nothing in the folder is prepared again. Close it as any other.
     */
    public Database another() {
        return open(shared.folder(), options);
    }

    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public Engine engine() {
        return Engine.H2;
    }

    public Path folder() {
        return shared.folder();
    }

    /** What the user should be told about the opening (an upgrade and where the old version was saved, a backup that failed). */
    public List<String> notices() {
        return notices;
    }

    /** A copy of the database for a fresh laptop's first sync to fill, renamed over it when whole (see there). */
    public FirstSyncCopy firstSyncCopy() {
        return FirstSyncCopy.of(shared);
    }

    /**
     * Tells {@code listener}, on the thread that wrote, after each write in this folder (by any user of it in this
     * program) that recorded a change for the sync to send ({@link RecordedChanges}); until this is closed.
     */
    public void onChangeRecorded(Runnable listener) {
        listening.add(shared.recorded().listen(listener));
    }

    /**
     * What a screen last had chosen in this folder under {@code name} ("" for none): each folder keeps its own, so a
     * second folder never opens on another's group or meeting.
     */
    public String chosen(String name) {
        return FolderSettings.read(shared.folder()).chosen(name);
    }

    public void choose(String name, String value) {
        try {
            FolderSettings.update(shared.folder(), s -> s.withChosen(name, value));
        } catch (java.io.IOException e) {
            throw new StoreException("store.folder.unwritable", e, shared.folder());
        }
    }

    /** The folder's backups and where they go. */
    public Backups backups() {
        return new Backups(shared.folder(), options.clock());
    }

    /** Backs the database up now: to the given file, or (null) into the backup folder; returns the backup. */
    public Path backUp(Path target) {
        try {
            return shared.alone(() -> {
                Path file = DatabaseFile.in(shared.folder());
                if (target == null) {
                    return backups().write(file, BackupKind.MANUAL);
                }
                backups().writeTo(file, BackupKind.MANUAL, target);
                return target;
            });
        } catch (IOException e) {
            throw new StoreException("backup.write.failed", e, target != null ? target : backups().folder());
        }
    }

    /** The folder's database replaced by a backup, the current state kept as a backup first (see {@link Restore}). */
    public Restore.Result restore(Path backup) {
        return Restore.run(shared, backup, options.passwords(), backups());
    }

    /**
     * Protects the folder with a password, changes it, or (null) removes it (see {@link Protection}); the array is
     * wiped. Returns how many backups kept an earlier password because the current one does not open them.
     */
    public int protect(char[] newPassword) {
        return protect(newPassword, () -> false);
    }

    /** As {@link #protect(char[])}, stopped when {@code cancelled} says so while nothing has changed yet. */
    public int protect(char[] newPassword, java.util.function.BooleanSupplier cancelled) {
        return Protection.change(shared, newPassword, backups(), cancelled);
    }

    public boolean isProtected() {
        return shared.url().key() != null;
    }

    /** The key the search index of a protected folder is sealed with, made from the file's; empty without a password. */
    public java.util.Optional<byte[]> searchKey() {
        String key = shared.url().key();
        return key == null ? java.util.Optional.empty() : java.util.Optional.of(FileKey.derived(key, "search index"));
    }

    @Override
    public void keepStamp() {
        shared.keepStamp();
    }

    @Override
    public java.util.Optional<String> stampOfAllRead() {
        return shared.stampOfAllRead();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            listening.forEach(Runnable::run);
            shared.detach();
        }
    }
}
