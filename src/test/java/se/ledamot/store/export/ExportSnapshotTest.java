package se.ledamot.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import se.ledamot.domain.ExportProgress;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.importer.SourceFile;
import se.ledamot.store.AttachmentStore;
import se.ledamot.store.Engine;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MovableClock;
import se.ledamot.store.OnBothEngines;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.TestDatabases;
import se.ledamot.store.WorldFixture;

/**
 * The export is one picture of the data: a save made while it runs (a matter with its file, one transaction) is
 * wholly in it or wholly out, never the file without its matter. And what it writes only its owner can read.
 */
@OnBothEngines
class ExportSnapshotTest {
    @Parameter
    Engine engine;

    @TempDir
    Path temp;

    private final MovableClock clock = new MovableClock("2026-11-22T08:00:00Z");

    @Test
    void aSaveMadeBetweenTwoKindsIsNotHalfInTheExport() {
        Path exported = temp.resolve("export");
        try (OpenDatabase db = TestDatabases.open(engine, temp.resolve("source"))) {
            WorldFixture.write(db.dsl(), clock);
            // Between the matters and their files, the window saves a new matter with its file in one transaction.
            ExportProgress saveAfterTheMatters = new ExportProgress() {
                private boolean saved;

                @Override
                public void at(String kind, long done, long total) {
                    if (kind.equals("matter") && !saved) {
                        saved = true;
                        db.dsl().transaction(tx -> {
                            long id = new MatterStore(tx.dsl(), clock).add(Matter.newMatter(MatterKind.OTHER,
                                    "Sparad under exporten").build()).id();
                            new AttachmentStore(tx.dsl(), clock).add(id, SourceFile.of("under.txt",
                                    "Sparad under exporten".getBytes(StandardCharsets.UTF_8), "text", "Bilaga"),
                                    null, false);
                        });
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            Map<String, Integer> counts = new Exporter(db.dsl(), clock).export(exported, saveAfterTheMatters);

            assertThat(counts).containsEntry("matter", 3).containsEntry("attachment", 1);
            assertThat(db.dsl().fetchCount(se.ledamot.store.jooq.Tables.MATTER_ATTACHMENT)).isEqualTo(2);
        }
        try (OpenDatabase target = TestDatabases.open(engine, temp.resolve("target"))) {
            Map<String, Integer> read = new ExportReader(target.dsl()).read(exported, false, ExportProgress.NONE);
            assertThat(read).containsEntry("matter", 3).containsEntry("attachment", 1);
        }
    }

    @Test
    void onlyTheOwnerCanReadTheExport() throws Exception {
        Path exported = temp.resolve("export");
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        try (OpenDatabase db = TestDatabases.open(engine, temp.resolve("source"))) {
            WorldFixture.write(db.dsl(), clock);
            new Exporter(db.dsl(), clock).export(exported, ExportProgress.NONE);
        }
        Set<PosixFilePermission> folder = PosixFilePermissions.fromString("rwx------");
        Set<PosixFilePermission> file = PosixFilePermissions.fromString("rw-------");
        List<Path> all;
        try (Stream<Path> walk = Files.walk(exported)) {
            all = walk.toList();
        }
        assertThat(all).filteredOn(Files::isRegularFile).hasSizeGreaterThan(10)
                .allSatisfy(f -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                        .as(f.toString()).isEqualTo(PosixFilePermissions.toString(file)));
        assertThat(all).filteredOn(Files::isDirectory).hasSizeGreaterThan(2)
                .allSatisfy(d -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(d)))
                        .as(d.toString()).isEqualTo(PosixFilePermissions.toString(folder)));
    }
}
