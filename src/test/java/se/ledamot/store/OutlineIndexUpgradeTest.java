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

    private static String letters(Random random, int length) {
        String alphabet = "åäöÅÄÖéèêëüÜøØæÆáàíóúñ";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(i % 9 == 8 ? ' ' : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString().strip();
    }

    @Test
    void aServerWithAWideMatterMigratesPastV28() throws Exception {
        Random random = new Random(28);
        String title = letters(random, 500);
        String widen = "UPDATE matter SET title = '" + title + "', number = '" + letters(random, 100) + "', place = '"
                + letters(random, 200) + "', addressee_name = '" + letters(random, 200) + "', addressee_role = '"
                + letters(random, 300) + "', responsible_body = '" + letters(random, 300) + "' WHERE id = 7";
        String read = MigrationTest.onPostgresqlFrom(BEFORE_ON_POSTGRESQL,
                List.of(MigrationTest.FIRST_SCHEMA_MATTER, widen),
                dsl -> new MatterStore(dsl, Clock.systemUTC()).find(7).orElseThrow().title());
        assertThat(read).isEqualTo(title);
    }
}
