package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.engine.SysProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade holds few rows in memory while it migrates (V28's CREATE INDEX held every matter of 100 000 at once: the
 * window's first start after it peaked at 531–570 MiB), and leaves the file's own setting as it was.
 */
class UpgradeMemoryTest {
    @TempDir
    Path folder;

    @Test
    void theMigrationsRunWithFewRowsInMemoryAndTheSettingIsSetBackAfter() throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve("any").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            Integer[] during = {null};
            SafeUpgrade.withFewRowsInMemory(c, () -> during[0] = memoryRows(c));
            assertThat(during[0]).isEqualTo(SafeUpgrade.MIGRATION_MEMORY_ROWS);
            assertThat(memoryRows(c)).isEqualTo(SysProperties.MAX_MEMORY_ROWS);
        }
    }

    @Test
    void aFileUpgradedKeepsTheNumberOfRowsInMemoryItHadBefore() throws SQLException {
        String url = MigrationTest.h2MigratedTo(folder, "25");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("SET MAX_MEMORY_ROWS 12345");
        }
        TestDatabases.local(folder).close();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(memoryRows(c)).isEqualTo(12345);
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = 'MATTER_OUTLINE_BY_KIND_STATUS'")) {
                r.next();
                assertThat(r.getInt(1)).as("V28's index built").isPositive();
            }
        }
    }

    private static int memoryRows(Connection c) {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MAX_MEMORY_ROWS'")) {
            return r.next() ? r.getInt(1) : SysProperties.MAX_MEMORY_ROWS;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
