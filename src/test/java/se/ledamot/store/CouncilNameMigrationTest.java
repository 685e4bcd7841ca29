package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The council's name was kept twice: under Inställningar (council_setting) and under Protokoll's settings
 * (paper_settings.council_name), which the papers printed. V29 keeps one, Inställningar's, on a laptop's H2 and on a
 * PostgreSQL server: a folder keeps the name it had; where both were set, Inställningar's stays.
 */
class CouncilNameMigrationTest {
    /** The schema just before V29: the last shared migration, and on PostgreSQL the last of its own. */
    private static final String BEFORE = "28";
    private static final String BEFORE_ON_POSTGRESQL = "28.1";
    private static final String PAPERS_NAMED = "INSERT INTO paper_settings (id, council_name, notice_board, updated_at)"
            + " VALUES (1, 'Sävsjö kommun', 'Kommunhuset', TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+01')";

    /** What Inställningar held before V29. */
    enum Installningar {
        NOTHING(List.of()),
        BLANK(List.of("INSERT INTO council_setting (setting_name, setting_value) VALUES ('council_name', '')")),
        NAMED(List.of("INSERT INTO council_setting (setting_name, setting_value)"
                + " VALUES ('council_name', 'Stenungsunds kommun')"));

        final List<String> rows;

        Installningar(List<String> rows) {
            this.rows = rows;
        }
    }

    @TempDir
    Path folder;

    @ParameterizedTest(name = "on {0}, Inställningar {1}: {2}")
    @CsvSource(textBlock = """
            H2,         NOTHING, Sävsjö kommun
            H2,         BLANK,   Sävsjö kommun
            H2,         NAMED,   Stenungsunds kommun
            PostgreSQL, NOTHING, Sävsjö kommun
            PostgreSQL, NAMED,   Stenungsunds kommun
            """)
    void theNameTypedUnderProtokollBecomesTheOneNameUnlessInstallningarHadOne(String engine, Installningar before,
            String name) throws Exception {
        List<String> rows = Stream.concat(before.rows.stream(), Stream.of(PAPERS_NAMED)).toList();
        assertThat(engine.equals("H2") ? onH2(rows) : onPostgresql(rows)).isEqualTo(name);
    }

    private String onH2(List<String> rows) throws Exception {
        String url = MigrationTest.h2MigratedTo(folder, BEFORE);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String row : rows) {
                s.execute(row);
            }
        }
        try (Database db = TestDatabases.local(folder)) {
            return nameAfter(db.dsl());
        }
    }

    private static String onPostgresql(List<String> rows) throws SQLException {
        return MigrationTest.onPostgresqlFrom(BEFORE_ON_POSTGRESQL, rows, CouncilNameMigrationTest::nameAfter);
    }

    /** The one name, and the rest of the papers' row as it was. */
    private static String nameAfter(DSLContext dsl) {
        assertThat(new PaperSettingsStore(dsl, Clock.systemUTC()).load().noticeBoard()).isEqualTo("Kommunhuset");
        return new CouncilRulesStore(dsl).councilName();
    }
}
