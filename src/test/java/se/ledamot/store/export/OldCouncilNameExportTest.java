package se.ledamot.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.ExportProgress;
import se.ledamot.store.CouncilRulesStore;
import se.ledamot.store.Database;
import se.ledamot.store.MovableClock;
import se.ledamot.store.TestDatabases;
import se.ledamot.store.WorldFixture;

/**
 * An export made before the council's name was kept in one place (V29) has the papers' own name in
 * paper_settings.jsonl ("council_name"). Read into a folder, it becomes the one name where the export's settings
 * have none, as V29 does for a folder; where they have one, theirs stays.
 */
class OldCouncilNameExportTest {
    @TempDir
    Path temp;

    private final MovableClock clock = new MovableClock("2026-11-22T08:00:00Z");
    private Path export;

    @BeforeEach
    void anOldExport() throws IOException {
        export = temp.resolve("export");
        try (Database source = TestDatabases.local(temp.resolve("source"))) {
            WorldFixture.write(source.dsl(), clock);
            new Exporter(source.dsl(), clock).export(export, ExportProgress.NONE);
        }
        Path papers = export.resolve("paper_settings.jsonl");
        Files.writeString(papers, Files.readString(papers).replaceFirst("\\{", "{\"council_name\":\"Sävsjö kommun\","));
    }

    private String nameAfterReading() {
        try (Database target = TestDatabases.local(temp.resolve("target"))) {
            new ExportReader(target.dsl()).read(export, true, ExportProgress.NONE);
            return new CouncilRulesStore(target.dsl()).councilName();
        }
    }

    @Test
    void thePapersOwnNameBecomesTheCouncilsNameWhereTheSettingsHaveNone() throws IOException {
        Path settings = export.resolve("setting.jsonl");
        List<String> lines = Files.readAllLines(settings).stream().filter(l -> !l.contains("\"council_name\""))
                .toList();
        Files.write(settings, lines);

        assertThat(nameAfterReading()).isEqualTo("Sävsjö kommun");
    }

    @Test
    void theSettingsNameStays() {
        assertThat(nameAfterReading()).isEqualTo("Stenungsunds kommun");
    }
}
