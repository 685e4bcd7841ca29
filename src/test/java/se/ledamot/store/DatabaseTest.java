package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.l10n.Localization;

class DatabaseTest {
    @TempDir
    Path folder;

    @Test
    void aDamagedDatabaseFileIsRefusedInSwedishAndLeftByteForByte() throws Exception {
        Path file = folder.resolve("ledamot.mv.db");
        byte[] garbage = "det här är ingen databas\n".repeat(400).getBytes();
        Files.write(file, garbage);
        assertThatThrownBy(() -> TestDatabases.local(folder))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.key()).isEqualTo("store.corrupt");
                    assertThat(Localization.message(e)).contains("skadad").contains(folder.toString());
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsSaidSo() throws Exception {
        Path notAFolder = folder.resolve("fil");
        Files.writeString(notAFolder, "x");
        assertThatThrownBy(() -> TestDatabases.local(notAFolder.resolve("data")))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.key()).isEqualTo("store.folder.unwritable"));
    }

    @Test
    void dataLivesInThePlatformsUserDataFolder() {
        assertThat(DataFolder.defaultFolder("Linux", "/home/eva", Map.of()))
                .isEqualTo(Path.of("/home/eva/.local/share/ledamot"));
        assertThat(DataFolder.defaultFolder("Linux", "/home/eva", Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/ledamot"));
        assertThat(DataFolder.defaultFolder("Mac OS X", "/Users/eva", Map.of()))
                .isEqualTo(Path.of("/Users/eva/Library/Application Support/Ledamot"));
        assertThat(DataFolder.defaultFolder("Windows 11", "C:\\Users\\eva", Map.of("APPDATA", "C:\\Users\\eva\\AppData\\Roaming")))
                .isEqualTo(Path.of("C:\\Users\\eva\\AppData\\Roaming", "Ledamot"));
    }

    @Test
    void aNewFolderIsMigratedAndThenCountsAsUpToDate() throws Exception {
        try (Database db = TestDatabases.local(folder)) {
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("\"flyway_schema_history\"")))
                    .isEqualTo(BundledMigrations.versions().orElseThrow().size() + 1);
        }
        assertThat(upToDate()).isTrue();
    }

    @Test
    void aDatabaseMissingTheNewestMigrationIsNotUpToDateAndGetsItWhenOpened() throws Exception {
        List<String> versions = BundledMigrations.versions().orElseThrow().stream().sorted(SchemaState.ORDER).toList();
        Flyway.configure().dataSource(url(), "sa", "").locations("classpath:db/migration")
                .target(versions.get(versions.size() - 2)).load().migrate();
        assertThat(upToDate()).isFalse();

        TestDatabases.local(folder).close();

        assertThat(upToDate()).isTrue();
    }

    @Test
    void anEmptyDatabaseOrAFailedMigrationIsNotUpToDate() throws Exception {
        assertThat(upToDate()).isFalse();
        TestDatabases.local(folder).close();
        try (Connection c = DriverManager.getConnection(url(), "sa", ""); Statement s = c.createStatement()) {
            s.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");
        }
        assertThat(upToDate()).isFalse();
    }

    @Test
    void onlyPlainVersionedMigrationNamesAreListed() {
        assertThat(BundledMigrations.versionsOf(List.of("V1__matters.sql", "V05__x.sql"))).contains(Set.of("1", "5"));
        assertThat(BundledMigrations.versionsOf(List.of("V1__matters.sql", "R__view.sql"))).isEmpty();
        assertThat(BundledMigrations.versionsOf(List.of("V1_1__point.sql"))).isEmpty();
    }

    private String url() {
        return "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME).toAbsolutePath();
    }

    private boolean upToDate() throws Exception {
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            return SchemaState.read(c).upToDate(BundledMigrations.versions());
        }
    }
}
