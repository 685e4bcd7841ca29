package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.MatterChange;

/**
 * Timelines written before session 10 said "På föredragningslistan: KF 2026-12-14 § 1" (the stored agenda place);
 * new rows name the meeting only. V25 rewrites the old rows, on a laptop's H2 and on a PostgreSQL server, and
 * leaves every other row as it was.
 */
class TimelineMigrationTest {
    /** The schema just before V25: the last shared migration, and on PostgreSQL the last of its own. */
    private static final String BEFORE = "20";
    private static final String BEFORE_ON_POSTGRESQL = "21.1";
    private static final List<String> OLD_ROWS = List.of(MigrationTest.FIRST_SCHEMA_MATTER, """
            INSERT INTO matter_change (matter_id, changed_at, field, old_value, new_value) VALUES
            (7, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+01', 'agenda', NULL, 'KF 2026-12-14 § 1'),
            (7, TIMESTAMP WITH TIME ZONE '2026-11-02 10:00:00+01', 'agenda', 'KF 2026-12-14 § 12', 'KF 2026-12-15 § 12'),
            (7, TIMESTAMP WITH TIME ZONE '2026-11-03 10:00:00+01', 'agenda', 'KF 2026-12-15 § 3', NULL),
            (7, TIMESTAMP WITH TIME ZONE '2026-11-04 10:00:00+01', 'agenda', NULL, 'KF 2027-01-25'),
            (7, TIMESTAMP WITH TIME ZONE '2026-11-05 10:00:00+01', 'title', 'Motion enligt § 3', 'Motion om § 4')""");

    @TempDir
    Path folder;

    @Test
    void oldAgendaRowsNameTheMeetingOnlyOnH2() throws Exception {
        String url = MigrationTest.h2MigratedTo(folder, BEFORE);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String row : OLD_ROWS) {
                s.execute(row);
            }
        }
        try (Database db = TestDatabases.local(folder)) {
            assertRewritten(db.dsl());
        }
    }

    @Test
    void oldAgendaRowsNameTheMeetingOnlyOnPostgresql() throws SQLException {
        MigrationTest.onPostgresqlFrom(BEFORE_ON_POSTGRESQL, OLD_ROWS, dsl -> {
            assertRewritten(dsl);
            return null;
        });
    }

    private static void assertRewritten(DSLContext dsl) {
        assertThat(new MatterStore(dsl, Clock.systemUTC()).timeline(7))
                .extracting(MatterChange::field, MatterChange::oldValue, MatterChange::newValue)
                .containsExactly(
                        tuple("agenda", null, "KF 2026-12-14"),
                        tuple("agenda", "KF 2026-12-14", "KF 2026-12-15"),
                        tuple("agenda", "KF 2026-12-15", null),
                        tuple("agenda", null, "KF 2027-01-25"),
                        tuple("title", "Motion enligt § 3", "Motion om § 4"));
    }
}
