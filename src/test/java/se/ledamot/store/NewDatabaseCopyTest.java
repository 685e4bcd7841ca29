package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The tests' shortcut for a new data folder ({@link SafeUpgrade#TEST_COPY_NEW}: a copy of the database the migrations
 * made once in the JVM) gives what the program's own creation gives: the same schema, the same rows the migrations
 * insert, the same migrations recorded, a private file.
 */
// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it changes how every new database in the JVM is made (a system property).
@Isolated
class NewDatabaseCopyTest {
    @TempDir
    Path root;

    private final String runs = System.getProperty(SafeUpgrade.TEST_COPY_NEW);

    @AfterEach
    void asTheRunHadIt() {
        if (runs == null) {
            System.clearProperty(SafeUpgrade.TEST_COPY_NEW);
        } else {
            System.setProperty(SafeUpgrade.TEST_COPY_NEW, runs);
        }
    }

    @Test
    void aCopiedNewDatabaseIsTheOneTheMigrationsMake() throws Exception {
        System.clearProperty(SafeUpgrade.TEST_COPY_NEW);
        Map<String, Object> migrated = contents(root.resolve("migrated"));
        System.setProperty(SafeUpgrade.TEST_COPY_NEW, "true");
        Map<String, Object> copied = contents(root.resolve("copied"));
        Map<String, Object> copiedAgain = contents(root.resolve("copied-again"));

        assertThat(copied).isEqualTo(migrated);
        assertThat(copiedAgain).isEqualTo(migrated);
        assertThat(migrated.get("schema").toString()).contains("MATTER");
        for (String folder : List.of("migrated", "copied", "copied-again")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    DatabaseFile.in(root.resolve(folder))))).isEqualTo("rw-------");
        }
    }

    /** The folder created as the program opens it: its schema, every table's rows, the migrations it records. */
    private static Map<String, Object> contents(Path folder) {
        Map<String, Object> all = new LinkedHashMap<>();
        try (Database db = TestDatabases.local(folder)) {
            var dsl = db.dsl();
            // The administrator's line is left out: H2 gives each new database a password salt of its own.
            all.put("schema", dsl.fetch("SCRIPT NODATA").getValues(0, String.class).stream()
                    .filter(line -> !line.startsWith("CREATE USER")).toList());
            all.put("migrations", dsl.fetch("SELECT \"version\", \"script\", \"checksum\", \"success\""
                    + " FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"").intoMaps());
            for (String table : dsl.fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA ="
                    + " 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history' ORDER BY TABLE_NAME").getValues(0,
                    String.class)) {
                all.put(table, dsl.fetch("SELECT * FROM \"" + table + "\"").intoMaps());
            }
        }
        return all;
    }
}
