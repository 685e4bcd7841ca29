package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.store.generate.CouncilGenerator;

/**
 * The generator of a new folder, its plain indexes dropped while it writes and made again after, leaves the very
 * database the generator that keeps them does: every row, every index, every identity's next value (what
 * {@code SCRIPT} writes of it, line for line).
 */
class GenerateUnindexedTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    @TempDir
    Path folder;

    @Test
    void theSameSeedGivesTheSameDatabaseWithEveryIndex() {
        List<String> kept;
        CouncilGenerator.Summary keeping;
        try (OpenDatabase db = TestDatabases.open(Engine.H2, folder.resolve("keeping"))) {
            keeping = new CouncilGenerator(db.dsl(), TODAY, 15, 60).generate(500, n -> { });
            kept = script(db);
        }
        try (OpenDatabase db = TestDatabases.open(Engine.H2, folder.resolve("unindexed"))) {
            CouncilGenerator.Summary made = new CouncilGenerator(db.dsl(), TODAY, 15, 60)
                    .generateUnindexed(500, n -> { });
            assertThat(made).isEqualTo(keeping);
            List<String> script = script(db);
            assertThat(script.stream().filter(l -> l.startsWith("CREATE INDEX ")).count()).isGreaterThan(15);
            assertThat(script.stream().filter(l -> l.startsWith("INSERT INTO")).count()).isGreaterThan(5);
            assertThat(script).containsExactlyInAnyOrderElementsOf(kept);
        }
    }

    private static List<String> script(OpenDatabase db) {
        return db.dsl().fetch("SCRIPT NOPASSWORDS NOSETTINGS").stream().map((Record r) -> r.get(0, String.class))
                .toList();
    }
}
