package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.store.jooq.Tables.MATTER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;

/**
 * A program that opens the folder to write and only reads leaves the database's content stamp as it found it (H2
 * writes its file at each opening to write all the same), so what was known of the file (the command line's kept
 * outputs) holds; any change, through jOOQ or not, or a file put in the database's place gives it a new one (issue 15).
 */
class SameContentTest {
    @TempDir
    Path folder;

    private void addAMatter(String title) {
        try (Database db = TestDatabases.local(folder)) {
            new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.MOTION, title).build());
        }
    }

    private int readTheMatters() {
        try (Database db = TestDatabases.local(folder)) {
            return db.dsl().fetchCount(MATTER);
        }
    }

    @Test
    void aWriterThatOnlyReadKeepsTheContentStampWhileTheFileItselfChanged() {
        addAMatter("Motion om cykelvägar");
        Optional<String> file = DatabaseStamp.of(folder);
        Optional<String> content = DatabaseStamp.ofContent(folder);
        assertThat(content).isPresent().isEqualTo(file);

        assertThat(readTheMatters()).isEqualTo(1);
        assertThat(readTheMatters()).isEqualTo(1);

        assertThat(DatabaseStamp.of(folder)).as("H2 wrote its file, opened to write").isNotEqualTo(file);
        assertThat(DatabaseStamp.ofContent(folder)).isEqualTo(content);
    }

    @Test
    void aWriteAfterOnlyReadingGivesANewContentStamp() {
        addAMatter("Motion om cykelvägar");
        Optional<String> content = DatabaseStamp.ofContent(folder);
        readTheMatters();

        addAMatter("Motion om gångvägar");

        assertThat(DatabaseStamp.ofContent(folder)).isNotEqualTo(content).isEqualTo(DatabaseStamp.of(folder));
    }

    @Test
    void aWriteOutsideJooqCountsAsAChange() {
        addAMatter("Motion om cykelvägar");
        Optional<String> content = DatabaseStamp.ofContent(folder);

        try (Database db = TestDatabases.local(folder)) {
            db.dsl().connection(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate("UPDATE matter SET title = 'Ändrad'");
                }
            });
        }

        assertThat(DatabaseStamp.ofContent(folder)).isNotEqualTo(content).isEqualTo(DatabaseStamp.of(folder));
    }

    @Test
    void aFilePutInTheDatabasesPlaceIsNotTheContentItWasBefore() throws Exception {
        addAMatter("Motion om cykelvägar");
        Path copy = folder.resolveSibling(folder.getFileName() + "-copy.mv.db");
        Files.copy(folder.resolve("ledamot.mv.db"), copy);
        readTheMatters();
        Optional<String> content = DatabaseStamp.ofContent(folder);

        Files.move(copy, folder.resolve("ledamot.mv.db"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(DatabaseStamp.ofContent(folder)).isNotEqualTo(content).isEqualTo(DatabaseStamp.of(folder));
    }
}
