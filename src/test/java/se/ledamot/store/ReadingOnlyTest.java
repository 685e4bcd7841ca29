package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.store.jooq.Tables;

/**
 * A program that only reads opens the file read-only and leaves it exactly as it was (H2 writes a new chunk at every
 * read-write opening, read or not), and knows the file's stamp as it read it; a program that wrote does not give
 * one out; nor does a protected file.
 */
class ReadingOnlyTest {
    @TempDir
    Path folder;

    private void addAMatter(String title) {
        try (Database db = TestDatabases.local(folder)) {
            new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.MOTION, title).build());
        }
    }

    @Test
    void aReadingProgramLeavesTheFileAsItWasAndGivesItsStamp() throws Exception {
        addAMatter("Motion om cykelvägar");
        String before = DatabaseStamp.of(folder).orElseThrow();
        byte[] bytes = Files.readAllBytes(DatabaseFile.in(folder));
        Database reading = Database.open(folder, TestDatabases.options().readingOnly());
        try (reading) {
            reading.keepStamp();
            assertThat(reading.dsl().fetchCount(Tables.MATTER)).isEqualTo(1);
        }
        assertThat(DatabaseStamp.of(folder)).contains(before);
        assertThat(Files.readAllBytes(DatabaseFile.in(folder))).isEqualTo(bytes);
        assertThat(reading.stampOfAllRead()).contains(before);
    }

    @Test
    void aProgramThatReadsAndWritesChangesTheStampEvenWhenItOnlyReadAndGivesNoneWhenItWrote() {
        addAMatter("Motion om cykelvägar");
        String before = DatabaseStamp.of(folder).orElseThrow();
        try (Database db = TestDatabases.local(folder)) {
            assertThat(db.dsl().fetchCount(Tables.MATTER)).isEqualTo(1);
        }
        assertThat(DatabaseStamp.of(folder).orElseThrow()).isNotEqualTo(before);

        Database writing = TestDatabases.local(folder);
        try (writing) {
            writing.keepStamp();
            new MatterStore(writing.dsl(), Clock.systemUTC())
                    .add(Matter.newMatter(MatterKind.MOTION, "Motion om gångvägar").build());
        }
        assertThat(writing.stampOfAllRead()).isEmpty();
    }

    @Test
    void aWriterInTheProgramThatOpenedTheFolderReadOnlyIsRefused() {
        addAMatter("Motion om cykelvägar");
        try (Database reading = Database.open(folder, TestDatabases.options().readingOnly())) {
            assertThatThrownBy(() -> TestDatabases.local(folder)).isInstanceOf(IllegalStateException.class);
            assertThat(reading.dsl().fetchCount(Tables.MATTER)).isEqualTo(1);
        }
        addAMatter("Motion om gångvägar");
    }

    @Test
    void aFileWhoseSystemKeepsCoarseTimesHasNoStamp() throws Exception {
        addAMatter("Motion om cykelvägar");
        assertThat(DatabaseStamp.of(folder)).isPresent();
        Files.setLastModifiedTime(DatabaseFile.in(folder),
                java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2026-12-02T16:00:02Z")));
        assertThat(DatabaseStamp.of(folder)).as("FAT keeps even seconds").isEmpty();
    }

    @Test
    void aProtectedFileHasNoStamp() {
        addAMatter("Motion om cykelvägar");
        try (Database db = TestDatabases.local(folder)) {
            db.protect("ett långt lösenord".toCharArray());
        }
        assertThat(DatabaseStamp.of(folder)).isEmpty();
    }
}
