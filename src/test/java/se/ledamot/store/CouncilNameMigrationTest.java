package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

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
    private static final String SETTINGS_NAMED = "INSERT INTO council_setting (setting_name, setting_value)"
            + " VALUES ('council_name', 'Stenungsunds kommun')";
    private static final String SETTINGS_BLANK = "INSERT INTO council_setting (setting_name, setting_value)"
            + " VALUES ('council_name', '')";

    @TempDir
    Path folder;

    @Test
    void theNameTypedUnderProtokollBecomesTheOneNameOnH2() throws Exception {
        assertThat(onH2(List.of(PAPERS_NAMED))).isEqualTo("Sävsjö kommun");
    }

    @Test
    void aBlankNameUnderInstallningarTakesTheOneTypedUnderProtokollOnH2() throws Exception {
        assertThat(onH2(List.of(SETTINGS_BLANK, PAPERS_NAMED))).isEqualTo("Sävsjö kommun");
    }

    @Test
    void whereBothWereSetInstallningarsStaysOnH2() throws Exception {
        assertThat(onH2(List.of(SETTINGS_NAMED, PAPERS_NAMED))).isEqualTo("Stenungsunds kommun");
    }

    @Test
    void theNameTypedUnderProtokollBecomesTheOneNameOnPostgresql() throws SQLException {
        assertThat(onPostgresql(List.of(PAPERS_NAMED))).isEqualTo("Sävsjö kommun");
    }

    @Test
    void whereBothWereSetInstallningarsStaysOnPostgresql() throws SQLException {
        assertThat(onPostgresql(List.of(SETTINGS_NAMED, PAPERS_NAMED))).isEqualTo("Stenungsunds kommun");
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
