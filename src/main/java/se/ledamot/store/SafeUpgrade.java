package se.ledamot.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import se.ledamot.l10n.Localization;

/**
 * Creating and upgrading a database so that a crash at any moment leaves the old database or the new one, both
 * whole, never neither: the work is done on a copy beside the database ({@value #TEMP_NAME}.mv.db) and the copy
 * is renamed over the database in one step when it is done. The old database is backed up before it is replaced.
 * A copy left by a crash is removed on the next start, before anything else is done.
 */
final class SafeUpgrade {
    static final String TEMP_NAME = "ledamot-upgrade";
    /**
     * Set (true) only in the tests' own JVM: its upgrades skip {@link CollectAfterEach}, a full collection of the
     * whole test run's heap and classes per migration (0.06–0.19 s each in a JVM of three test classes; one upgrade
     * took 17 s in the whole run, 5.7 s alone). The program never sets it; what the collections are for is tested
     * with it cleared ({@code UpgradeMemoryTest}).
     */
    static final String TEST_NO_COLLECT = "ledamot.test.upgradeWithoutCollecting";
    /**
     * Set (true) only in the tests' own JVM: a new database is a copy of the one every migration made once in this
     * JVM, not migrated again (a test run creates hundreds of folders; each run of the migrations cost 0.3–0.4 s of
     * CPU). The program never sets it and children never have it, so the crash tests kill the real creation;
     * {@code NewDatabaseCopyTest} compares a copy with a migrated database.
     */
    static final String TEST_COPY_NEW = "ledamot.test.newDatabaseFromCopy";
    /** The database every migration made once in this JVM, copied for a new one under {@link #TEST_COPY_NEW}. */
    private static Path migratedOnce;

    private SafeUpgrade() {
    }

    /** A new database with every migration, for a folder that has none (the caller has the folder alone). */
    static void create(Path folder) throws IOException {
        Path temp = folder.resolve(TEMP_NAME + DatabaseUrl.SUFFIX);
        Files.deleteIfExists(temp);
        if (!Boolean.getBoolean(TEST_COPY_NEW) || !copiedFromMigratedOnce(temp)) {
            migrate(DatabaseUrl.creating(temp, null), folder, temp, false);
        }
        Backups.moveInPlace(temp, DatabaseFile.in(folder));
    }

    /**
     * Under {@link #TEST_COPY_NEW}: {@code temp} as a private, forced copy of the database the migrations made once in
     * this JVM; false where that failed, and the migrations then run on {@code temp} (and say what is wrong).
     */
    private static synchronized boolean copiedFromMigratedOnce(Path temp) {
        try {
            if (migratedOnce == null) {
                Path dir = Files.createTempDirectory("ledamot-new-database");
                dir.toFile().deleteOnExit();
                Path file = dir.resolve(TEMP_NAME + DatabaseUrl.SUFFIX);
                file.toFile().deleteOnExit();
                migrate(DatabaseUrl.creating(file, null), dir, file, false);
                migratedOnce = file;
            }
            Files.copy(migratedOnce, temp);
            PrivateFiles.restrict(temp, PrivateFiles.FILE);
            try (FileChannel c = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            return true;
        } catch (IOException | StoreException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException left) {
                // The migrations below create the file anew or say why they cannot.
            }
            return false;
        }
    }

    /**
     * Upgrades the folder's database if it lacks bundled migrations (the caller has the folder alone and nothing
     * open); refuses one made by a newer Ledamot. Adds a line for the user when it upgraded.
     */
    static void upgradeIfNeeded(Path folder, DatabaseUrl url, Backups backups, List<String> notices)
            throws IOException {
        SchemaState state = state(url, folder);
        var bundled = BundledMigrations.versions();
        if (state.upToDate(bundled)) {
            return;
        }
        if (state.newerThan(bundled)) {
            throw state.refusal("store.newer", folder, bundled);
        }
        if (state.anyFailed()) {
            throw new StoreException("store.migration.failed", null, folder, backups.folder());
        }
        Path file = DatabaseFile.in(folder);
        Path temp = folder.resolve(TEMP_NAME + DatabaseUrl.SUFFIX);
        Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
        PrivateFiles.restrict(temp, PrivateFiles.FILE);
        migrate(DatabaseUrl.existing(temp, url.key()), folder, temp, true);
        Path saved = backUp(file, backups, folder);
        Backups.moveInPlace(temp, file);
        notices.add(Localization.get("store.upgraded", saved));
        backups.detour(saved).ifPresent(notices::add);
    }

    /**
     * After each migration of an upgrade its garbage goes, and the heap it filled is given back (the launchers shrink
     * it at once, -XX:-ShrinkHeapInSteps). The serial collector promotes what survives a young collection and grows
     * the old generation for it rather than collect it: at 100 000 matters V25's and V28's statements left 190 MiB
     * there with no full collection, the window then grew on top, and its first start after the upgrade peaked at
     * 531–570 MiB (ordinary starts 349–365). Not for a new database: its migrations are small.
     */
    private static final class CollectAfterEach extends BaseCallback {
        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_EACH_MIGRATE;
        }

        @Override
        public void handle(Event event, Context context) {
            System.gc();
        }
    }

    /** Read without writing anything (a database this version must not touch is left as it is). */
    static SchemaState state(DatabaseUrl url, Path folder) {
        try (Connection c = url.reading().connect()) {
            return SchemaState.read(c);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, folder);
        }
    }

    /** Before an upgrade: into the chosen backup folder, or the data folder's own when that one cannot be written. */
    private static Path backUp(Path file, Backups backups, Path folder) throws IOException {
        try {
            return backups.write(file, BackupKind.BEFORE_UPGRADE);
        } catch (IOException | StoreException e) {
            return backups.writeInto(folder.resolve(Backups.DEFAULT_FOLDER), file, BackupKind.BEFORE_UPGRADE);
        }
    }

    /**
     * Every bundled migration on the file, in one open of it; the file is closed (and forced to disk) after.
     *
     * @param upgrading an existing database's: its garbage collected after each migration ({@link CollectAfterEach})
     */
    private static void migrate(DatabaseUrl url, Path folder, Path temp, boolean upgrading) throws IOException {
        try (Connection keepOpen = url.connect()) {
            Flyway.configure().dataSource(url.jdbc(), "sa", url.password())
                    .locations("classpath:" + BundledMigrations.FOLDER).installedBy(SchemaState.APPLIED_BY)
                    // A migration numbered below one already applied (made on a branch meanwhile) still runs.
                    .outOfOrder(true).callbacks(upgrading && !Boolean.getBoolean(TEST_NO_COLLECT)
                            ? new Callback[] {new CollectAfterEach()} : new Callback[0])
                    .load().migrate();
            MatterTouches.installIfAble(keepOpen);
        } catch (SQLException e) {
            Files.deleteIfExists(temp);
            throw SqlErrors.translate(e, folder);
        } catch (FlywayException e) {
            Files.deleteIfExists(temp);
            throw new StoreException("store.migration.failed", e, folder, Backups.folderOf(folder));
        }
        try (FileChannel c = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }
}
