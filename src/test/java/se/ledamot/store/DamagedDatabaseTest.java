package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.l10n.Localization;

/**
 * Empty, cut-short, damaged and foreign database files: never replaced by a new empty database, never opened and
 * written over without a word; refused in Swedish with a pointer to the backups, byte for byte as they were.
 */
class DamagedDatabaseTest {
    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("ledamot.mv.db");
    }

    private byte[] aDatabaseWithAMatter() throws Exception {
        try (Database db = TestDatabases.local(folder)) {
            new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar").build());
        }
        return Files.readAllBytes(file());
    }

    @Test
    void anEmptyFileIsRefusedAndLeftEmptyNotMadeANewDatabase() throws Exception {
        Files.createDirectories(folder);
        Files.write(file(), new byte[0]);
        assertThatThrownBy(() -> TestDatabases.local(folder)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.key()).isEqualTo("store.empty");
            assertThat(Localization.message(e)).contains("är tom").contains("säkerhetskopior")
                    .contains("ledamot restore");
        });
        assertThat(Files.size(file())).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 4096, 8192})
    void aFileCutShortIsRefusedAndLeftAsItIs(int length) throws Exception {
        byte[] cut = Arrays.copyOf(aDatabaseWithAMatter(), length);
        Files.write(file(), cut);
        assertThatThrownBy(() -> TestDatabases.local(folder)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.key()).isEqualTo("store.corrupt");
            assertThat(Localization.message(e)).contains("skadad").contains(folder.toString())
                    .doesNotContain("Exception").doesNotContain("[9");
        });
        assertThat(Arrays.equals(Files.readAllBytes(file()), cut)).as("the file is as it was").isTrue();
    }

    @Test
    void aFileDamagedInsideIsRefusedInWordsNotWithH2sEnglish() throws Exception {
        byte[] bytes = aDatabaseWithAMatter();
        for (int i = 3 * 4096; i < bytes.length; i += 7) {
            bytes[i] ^= (byte) 0x5a;
        }
        Files.write(file(), bytes);
        assertThatThrownBy(() -> {
            try (Database db = TestDatabases.local(folder)) {
                new MatterStore(db.dsl(), Clock.systemUTC()).list();
            }
        }).isInstanceOfSatisfying(StoreException.class, e -> assertThat(Localization.message(e))
                .startsWith("Databas").doesNotContain("Exception").doesNotContain("[9"));
        assertThat(Arrays.equals(Files.readAllBytes(file()), bytes)).as("the file is as it was").isTrue();
    }

    @Test
    void aDatabaseFromANewerLedamotIsRefusedNamingThatVersionAndLeftUntouched() throws Exception {
        aDatabaseWithAMatter();
        aMigrationFromTheFuture("Ledamot 9.9.0");
        byte[] before = Files.readAllBytes(file());
        assertThatThrownBy(() -> TestDatabases.local(folder)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.key()).isEqualTo("store.newer");
            assertThat(Localization.message(e)).contains("nyare version av Ledamot (Ledamot 9.9.0)");
        });
        assertThat(Arrays.equals(Files.readAllBytes(file()), before)).as("the file is as it was").isTrue();
    }

    /** Flyway's history as a later Ledamot ({@code installedBy}) leaves it: one migration, V99, this one lacks. */
    private void aMigrationFromTheFuture(String installedBy) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("ledamot").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '99',"
                    + " 'future', 'SQL', 'V99__future.sql', '" + installedBy + "', 1, TRUE)");
        }
    }

    /**
     * The walk of session 11: a folder opened by a newer build and then by an older build of the same version number
     * was refused with "gjord av en nyare version av Ledamot (Ledamot 1.0.0) än den här (Ledamot 1.0.0)". Refusing is
     * right; the words name the data versions instead of two equal program versions.
     */
    @Test
    void aDatabaseFromANewerBuildOfTheSameVersionIsRefusedNamingTheDataVersions() throws Exception {
        aDatabaseWithAMatter();
        aMigrationFromTheFuture(SchemaState.APPLIED_BY);
        String ours = BundledMigrations.versions().orElseThrow().stream().max(SchemaState.ORDER).orElseThrow();
        assertThatThrownBy(() -> TestDatabases.local(folder)).isInstanceOfSatisfying(StoreException.class, e -> {
            String message = Localization.message(e);
            assertThat(message).contains("har dataversion 99").contains("till och med dataversion " + ours)
                    .contains("(" + SchemaState.APPLIED_BY + ")").doesNotContain("än den här (");
            assertThat(message.split(java.util.regex.Pattern.quote(SchemaState.APPLIED_BY), -1)).hasSize(2);
        });
    }

    @Test
    void noTraceFileIsWrittenAndAnOldOneThatMayHoldDataIsRemoved() throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("ledamot.trace.db"), "INSERT INTO matter VALUES ('hemlig rubrik')");
        aDatabaseWithAMatter();
        assertThat(folder.resolve("ledamot.trace.db")).doesNotExist();
        try (Database db = TestDatabases.local(folder)) {
            new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.MOTION, "x".repeat(10)).build());
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".trace.db") || n.endsWith(".lock.db"));
        }
    }
}
