package se.ledamot.store;

import java.time.Clock;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.answer.VersionPolicy;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

/** A database made by the first migration keeps its data through every later one. */
class MigrationTest {
    /** A matter as the first schema stores it (written by hand, so later schemas cannot have shaped it). */
    static final String FIRST_SCHEMA_MATTER = """
            INSERT INTO matter (id, kind, number, title, body, submitted, status, created_at, updated_at)
            VALUES (7, 'motion', 'KS 2015/123', 'Motion om att upprätta en integrationsplan', 'Brödtext åäö',
                    DATE '2015-02-16', 'referred', TIMESTAMP WITH TIME ZONE '2015-02-16 10:00:00+01',
                    TIMESTAMP WITH TIME ZONE '2015-02-16 10:00:00+01')""";
    /** A speaker and an answer draft on that matter as V4 stores them, before they belonged to a group (V9). */
    static final List<String> V4_ROWS = List.of(
            "INSERT INTO meeting (id, body_code, meeting_date, status, created_at, updated_at) "
                    + "VALUES (3, 'KF', DATE '2015-03-16', 'planned', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
            "INSERT INTO agenda_item (id, meeting_id, item_number, matter_id) VALUES (5, 3, 1, 7)",
            "INSERT INTO debate_speaker (item_id, position, name, party, kind, minutes, text) "
                    + "VALUES (5, 0, 'Jan Alexandersson', 'V', 'speech', 5, 'Anförandet')",
            "INSERT INTO answer_draft (matter_id, text, saved_at) VALUES (7, 'Utkast', CURRENT_TIMESTAMP)");

    @TempDir
    Path folder;

    /** An H2 file in the folder as an older Ledamot left it, migrated up to {@code target}; returns its URL. */
    static String h2MigratedTo(Path folder, String target) {
        String url = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target(target).load()
                .migrate();
        return url;
    }

    /**
     * A new PostgreSQL database migrated to {@code target} (shared and server migrations), {@code rows} written as
     * they were then, then set up and opened as a server is (every later migration); {@code check} reads it.
     */
    static <T> T onPostgresqlFrom(String target, List<String> rows, Function<DSLContext, T> check)
            throws SQLException {
        TestPostgres pg = TestPostgres.get();
        String database = pg.newEmptyDatabase();
        try {
            ServerAddress admin = pg.address(database, TestPostgres.ADMIN);
            Flyway.configure().dataSource(admin.jdbcUrl(), admin.user(), TestPostgres.PASSWORD)
                    .locations("classpath:db/migration", "classpath:db/postgresql").schemas("public")
                    .target(target).load().migrate();
            try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), TestPostgres.PASSWORD);
                    Statement s = c.createStatement()) {
                for (String row : rows) {
                    s.execute(row);
                }
            }
            char[] password = TestPostgres.PASSWORD.toCharArray();
            ServerSetup.init(admin, password);
            try (OpenDatabase db = ServerDatabase.open(admin, password)) {
                return check.apply(db.dsl());
            }
        } finally {
            pg.dropDatabase(database);
        }
    }

    @Test
    void dataWrittenUnderTheFirstSchemaSurvivesAllLaterMigrations() throws Exception {
        String url = h2MigratedTo(folder, "1");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute(FIRST_SCHEMA_MATTER);
            s.execute("INSERT INTO matter_author VALUES (7, 0, 'Jan Alexandersson', 'V')");
            s.execute("INSERT INTO matter_proposal VALUES (7, 0, 'en integrationsplan tas fram')");
        }

        try (Database db = TestDatabases.local(folder)) {
            MigrationInfo[] applied = Flyway.configure().dataSource(url, "sa", "")
                    .locations("classpath:db/migration").load().info().applied();
            MigrationInfo[] all = Flyway.configure().dataSource(url, "sa", "")
                    .locations("classpath:db/migration").load().info().all();
            assertThat(applied).hasSameSizeAs(all);
            Matter m = new MatterStore(db.dsl(), Clock.systemUTC()).find(7).orElseThrow();
            assertThat(m.kind()).isEqualTo(MatterKind.MOTION);
            assertThat(m.status()).isEqualTo(Status.REFERRED);
            assertThat(m.body()).isEqualTo("Brödtext åäö");
            assertThat(m.authors()).singleElement().satisfies(a -> assertThat(a.display()).isEqualTo("Jan Alexandersson (V)"));
            assertThat(m.proposals()).containsExactly("en integrationsplan tas fram");
            Matter added = new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.QUESTION, "Ny fråga").build());
            assertThat(added.id()).isNotEqualTo(7L);
        }
    }

    @Test
    void speakersAndAnswerDraftsFromBeforeGroupsOwnedThemAreKept() throws Exception {
        String url = h2MigratedTo(folder, "4");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute(FIRST_SCHEMA_MATTER);
            for (String row : V4_ROWS) {
                s.execute(row);
            }
        }

        try (Database db = TestDatabases.local(folder)) {
            assertThat(new DebateStore(db.dsl(), Clock.systemUTC()).open(5).speakers().speakers()).singleElement()
                    .satisfies(sp -> assertThat(sp.text()).isEqualTo("Anförandet"));
            assertThat(new AnswerStore(db.dsl(), Clock.systemUTC(), VersionPolicy.standard()).draft(7).orElseThrow().text()).isEqualTo("Utkast");
            assertThat(db.dsl().fetchValue("SELECT group_code FROM debate_speaker")).isEqualTo("");
        }
    }
}
