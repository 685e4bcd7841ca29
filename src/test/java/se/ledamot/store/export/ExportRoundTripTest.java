package se.ledamot.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.ExportProgress;
import se.ledamot.store.Database;
import se.ledamot.store.Engine;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MovableClock;
import se.ledamot.store.OnBothEngines;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.TestDatabases;
import se.ledamot.store.WorldFixture;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.Values;
import se.ledamot.store.jooq.Public;
import se.ledamot.store.jooq.Tables;

/**
 * Export for leaving (issue 14): everything a database holds goes out as JSON and the original files, and comes back
 * into an empty folder identical, every column of every row compared, ids included.
 */
@OnBothEngines
class ExportRoundTripTest {
    @Parameter
    Engine engine;

    @TempDir
    Path temp;

    @Test
    void anExportReadIntoAnEmptyFolderGivesTheSameRowsAndIds() {
        Path exported = temp.resolve("export");
        MovableClock clock = new MovableClock("2026-11-22T08:00:00Z");
        Map<String, List<Map<String, Object>>> before;
        try (OpenDatabase source = TestDatabases.open(engine, temp.resolve("source"))) {
            WorldFixture.write(source.dsl(), clock);
            Map<String, Integer> counts = new Exporter(source.dsl(), clock).export(exported, ExportProgress.NONE);
            assertThat(counts).containsEntry("matter", 3).containsEntry("attachment", 1).containsEntry("meeting", 1)
                    .containsEntry("agenda_item", 3).containsEntry("position", 2).containsEntry("answer", 1)
                    .containsEntry("speakers", 1).containsEntry("decision", 1).containsEntry("body", 3)
                    .containsEntry("minutes", 1).containsEntry("item_record", 1).containsEntry("paper_settings", 1)
                    .containsEntry("body_papers", 1).containsEntry("setting", 1);
            before = everyRow(source.dsl());
        }
        assertThat(exported.resolve("files")).isDirectory();
        assertThat(exported.resolve(ExportFolder.DESCRIPTION)).exists();
        try (OpenDatabase target = TestDatabases.open(engine, temp.resolve("target"))) {
            new ExportReader(target.dsl()).read(exported, false, ExportProgress.NONE);
            assertThat(everyRow(target.dsl())).isEqualTo(before);
            // A new matter after the import takes the next free id, not one of the imported.
            long next = new MatterStore(target.dsl(), clock).add(se.ledamot.domain.Matter.newMatter(
                    se.ledamot.domain.MatterKind.OTHER, "Ny").build()).id();
            assertThat(before.get("MATTER")).noneMatch(r -> r.get("ID").equals(next));
        }
    }

    @Test
    void anExportIsReadOnlyIntoAnEmptyFolderAndADamagedOneChangesNothing() throws Exception {
        Path exported = temp.resolve("export");
        MovableClock clock = new MovableClock("2026-11-22T08:00:00Z");
        try (OpenDatabase source = TestDatabases.open(engine, temp.resolve("source"))) {
            WorldFixture.write(source.dsl(), clock);
            new Exporter(source.dsl(), clock).export(exported, ExportProgress.NONE);
            assertThatThrownBy(() -> new ExportReader(source.dsl()).read(exported, false, ExportProgress.NONE))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.key()).isEqualTo("export.target.notEmpty"));
            assertThatThrownBy(() -> new Exporter(source.dsl(), clock).export(exported, ExportProgress.NONE))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.key()).isEqualTo("export.folder.notEmpty"));
        }
        Path meetings = exported.resolve("agenda_item.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(meetings));
        lines.set(1, lines.get(1).replaceFirst("\"meeting\":\"[^\"]+\"", "\"meeting\":\"no-such-meeting\""));
        Files.write(meetings, lines);
        try (Database target = TestDatabases.local(temp.resolve("target"))) {
            assertThatThrownBy(() -> new ExportReader(target.dsl()).read(exported, false, ExportProgress.NONE))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.key()).isEqualTo("export.damaged");
                        assertThat(se.ledamot.l10n.Localization.message(e)).contains("agenda_item.jsonl, rad 2");
                    });
            assertThat(target.dsl().fetchCount(Tables.MATTER)).isZero();
        }
    }

    /**
     * Every row of every exported table, ordered by every column, keyed by table; timeline ids and this database's own
     * columns ({@link Catalogue#NOT_SHARED_COLUMNS}) aside.
     */
    static Map<String, List<Map<String, Object>>> everyRow(DSLContext dsl) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (Table<?> table : Public.PUBLIC.getTables()) {
            if (Catalogue.NOT_SHARED.contains(table)) {
                continue;
            }
            List<Field<?>> fields = new ArrayList<>(List.of(table.fields()));
            fields.remove(Tables.MATTER_CHANGE.ID);
            fields.removeAll(Catalogue.NOT_SHARED_COLUMNS);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Record r : dsl.select(fields).from(table).fetch()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (Field<?> f : fields) {
                    Object v = Values.normal(r.get(f));
                    row.put(f.getName(), v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : v);
                }
                rows.add(row);
            }
            rows.sort((a, b) -> a.toString().compareTo(b.toString()));
            out.put(table.getName(), rows);
        }
        return out;
    }
}
