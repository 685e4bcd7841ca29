package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;

/**
 * A folder this version opened and closed is opened once the next time (no read-only look at its schema first); a
 * file changed by anyone else, or put in its place, has its schema read again before anything is written.
 */
@Isolated("counts the schema reads of every folder opened in this JVM; another test's new folder is one")
class SchemaMarkTest {
    @TempDir
    Path folder;

    private int schemaReads() {
        return FolderOpening.SCHEMA_READS.get();
    }

    private void addAMatter(String title) {
        try (Database db = TestDatabases.local(folder)) {
            new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.MOTION, title).build());
        }
    }

    @Test
    void aFolderThisVersionClosedIsOpenedWithoutReadingItsSchemaAgainAlsoAfterWrites() {
        addAMatter("Motion om cykelvägar");
        int before = schemaReads();
        addAMatter("Motion om gångvägar");
        try (Database db = TestDatabases.local(folder)) {
            assertThat(db.dsl().fetchCount(se.ledamot.store.jooq.Tables.MATTER)).isEqualTo(2);
        }
        assertThat(schemaReads()).as("no read-only opening after a turn that wrote or read").isEqualTo(before);
    }

    @Test
    void aFileWrittenByAnotherProgramHasItsSchemaReadAndANewerOneIsStillRefusedUntouched() throws Exception {
        addAMatter("Motion om cykelvägar");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("ledamot").toAbsolutePath(),
                "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '99',"
                    + " 'future', 'SQL', 'V99__future.sql', 'Ledamot 9.9.0', 1, TRUE)");
        }
        byte[] newer = Files.readAllBytes(folder.resolve("ledamot.mv.db"));
        int before = schemaReads();
        assertThatThrownBy(() -> TestDatabases.local(folder)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.key()).isEqualTo("store.newer"));
        assertThat(schemaReads()).isEqualTo(before + 1);
        assertThat(Files.readAllBytes(folder.resolve("ledamot.mv.db"))).isEqualTo(newer);
    }

    @Test
    void aCopyPutInPlaceOfTheFileHasItsSchemaRead() throws Exception {
        addAMatter("Motion om cykelvägar");
        Path copy = folder.resolveSibling(folder.getFileName() + "-copy.mv.db");
        Files.copy(folder.resolve("ledamot.mv.db"), copy, StandardCopyOption.COPY_ATTRIBUTES);
        addAMatter("Motion om gångvägar");
        Files.move(copy, folder.resolve("ledamot.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        int before = schemaReads();
        try (Database db = TestDatabases.local(folder)) {
            assertThat(db.dsl().fetchCount(se.ledamot.store.jooq.Tables.MATTER)).isEqualTo(1);
        }
        assertThat(schemaReads()).isEqualTo(before + 1);
    }
}
