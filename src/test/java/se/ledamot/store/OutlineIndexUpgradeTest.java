package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A server that already held a matter wider than a PostgreSQL index entry (about 2.7 kB of outline) when it is
 * brought past V28, whose shared index holds the outline on H2 (V28_1 narrows it on the server afterwards): the
 * migration goes through and the matter is read back whole.
 */
class OutlineIndexUpgradeTest {
    /** The schema just before V28, on PostgreSQL with its own migrations up to then. */
    private static final String BEFORE_ON_POSTGRESQL = "25";

    @Test
    void aServerWithAWideMatterMigratesPastV28() throws Exception {
        Random random = new Random(28);
        String title = WideText.letters(random, 500);
        String widen = "UPDATE matter SET title = '%s', number = '%s', place = '%s', addressee_name = '%s', "
                .formatted(title, WideText.letters(random, 100), WideText.letters(random, 200),
                        WideText.letters(random, 200))
                + "addressee_role = '%s', responsible_body = '%s' WHERE id = 7".formatted(
                        WideText.letters(random, 300), WideText.letters(random, 300));
        String read = MigrationTest.onPostgresqlFrom(BEFORE_ON_POSTGRESQL,
                List.of(MigrationTest.FIRST_SCHEMA_MATTER, widen),
                dsl -> new MatterStore(dsl, Clock.systemUTC()).find(7).orElseThrow().title());
        assertThat(read).isEqualTo(title);
    }
}
