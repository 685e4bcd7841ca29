package se.ledamot.store;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import se.ledamot.store.generate.CouncilGenerator;

/**
 * A register generated on each engine (H2 and PostgreSQL): a council's matters of every kind and status, with reply
 * dates, over eight years up to {@link #TODAY}. For the tests that hold a read written out in SQL to the register read
 * whole and filtered in Java.
 */
@OnBothEngines
abstract class GeneratedRegisterTest {
    static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    @Parameter
    Engine engine;

    @TempDir
    Path folder;

    /** The test's database on its engine, with this many matters generated from a seed. */
    OpenDatabase generated(long seed, int matters) {
        OpenDatabase db = TestDatabases.open(engine, folder);
        try {
            new CouncilGenerator(db.dsl(), TODAY, seed).generate(matters, n -> { });
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
