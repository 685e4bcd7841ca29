package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

/** A database made by the first migration keeps its data through every later one. */
class MigrationTest {
    @TempDir
    Path folder;

    @Test
    void dataWrittenUnderTheFirstSchemaSurvivesAllLaterMigrations() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO matter (id, kind, number, title, body, submitted, status, created_at, updated_at)
                    VALUES (7, 'motion', 'KS 2015/123', 'Motion om att upprätta en integrationsplan', 'Brödtext åäö',
                            DATE '2015-02-16', 'referred', TIMESTAMP WITH TIME ZONE '2015-02-16 10:00:00+01',
                            TIMESTAMP WITH TIME ZONE '2015-02-16 10:00:00+01')""");
            s.execute("INSERT INTO matter_author VALUES (7, 0, 'Jan Alexandersson', 'V')");
            s.execute("INSERT INTO matter_proposal VALUES (7, 0, 'en integrationsplan tas fram')");
        }

        try (Database db = Database.open(folder)) {
            MigrationInfo[] applied = Flyway.configure().dataSource(url, "sa", "")
                    .locations("classpath:db/migration").load().info().applied();
            MigrationInfo[] all = Flyway.configure().dataSource(url, "sa", "")
                    .locations("classpath:db/migration").load().info().all();
            assertThat(applied).hasSameSizeAs(all);
            Matter m = new MatterStore(db).find(7).orElseThrow();
            assertThat(m.kind()).isEqualTo(MatterKind.MOTION);
            assertThat(m.status()).isEqualTo(Status.REFERRED);
            assertThat(m.body()).isEqualTo("Brödtext åäö");
            assertThat(m.authors()).singleElement().satisfies(a -> assertThat(a.display()).isEqualTo("Jan Alexandersson (V)"));
            assertThat(m.proposals()).containsExactly("en integrationsplan tas fram");
            Matter added = new MatterStore(db).add(Matter.newMatter(MatterKind.QUESTION, "Ny fråga").build());
            assertThat(added.id()).isNotEqualTo(7L);
        }
    }
}
