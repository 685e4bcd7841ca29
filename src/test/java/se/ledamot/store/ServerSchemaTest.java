package se.ledamot.store;

import java.time.Clock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.answer.VersionPolicy;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.store.jooq.Public;

/**
 * The migrations on PostgreSQL: an empty database is prepared with the same tables and columns the generated classes
 * (made from H2) expect, a database made by older migrations keeps its rows through the newer ones, and a program
 * never works on a server whose schema is not its own.
 */
class ServerSchemaTest {
    private TestPostgres pg;
    private String database;
    private ServerAddress admin;
    private final char[] password = TestPostgres.PASSWORD.toCharArray();

    @BeforeEach
    void emptyDatabase() {
        pg = TestPostgres.get();
        database = pg.newEmptyDatabase();
        admin = pg.address(database, TestPostgres.ADMIN);
    }

    @AfterEach
    void drop() {
        pg.dropDatabase(database);
    }

    private Flyway flywayTo(String target) {
        return Flyway.configure().dataSource(admin.jdbcUrl(), admin.user(), TestPostgres.PASSWORD)
                .locations("classpath:db/migration", "classpath:db/postgresql").schemas("public").target(target)
                .load();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(admin.jdbcUrl(), admin.user(), TestPostgres.PASSWORD);
    }

    @Test
    void anEmptyDatabaseGetsEveryTableAndColumnTheGeneratedClassesExpect() throws SQLException {
        ServerSetup.Prepared done = ServerSetup.init(admin, password);
        assertThat(BundledMigrations.serverVersions().orElseThrow()).contains("0", "1", "9", "9.1")
                .containsAll(BundledMigrations.versions().orElseThrow());
        assertThat(done.migrationsRun()).isEqualTo(BundledMigrations.serverVersions().orElseThrow().size());
        assertThat(done.connectLimited()).isTrue();

        List<String> differences = new ArrayList<>();
        try (Connection c = connect()) {
            for (Table<?> table : Public.PUBLIC.getTables()) {
                List<String> expected = new ArrayList<>();
                for (Field<?> f : table.fields()) {
                    expected.add(f.getName().toLowerCase(Locale.ROOT) + " " + (f.getDataType().nullable() ? "null"
                            : "not null") + lengthOf(f));
                }
                List<String> actual = new ArrayList<>();
                try (var s = c.prepareStatement("""
                        SELECT column_name, is_nullable, character_maximum_length FROM information_schema.columns
                        WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position""")) {
                    s.setString(1, table.getName().toLowerCase(Locale.ROOT));
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            actual.add(r.getString(1) + " " + (r.getString(2).equals("YES") ? "null" : "not null")
                                    + (r.getObject(3) == null ? "" : " " + r.getInt(3)));
                        }
                    }
                }
                if (!actual.equals(expected)) {
                    differences.add(table.getName() + ": H2 " + expected + " PostgreSQL " + actual);
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    private static String lengthOf(Field<?> f) {
        return f.getDataType().hasLength() && f.getDataType().length() > 0 ? " " + f.getDataType().length() : "";
    }

    @Test
    void rowsWrittenUnderTheFirstSchemasSurviveEveryLaterMigration() throws SQLException {
        flywayTo("4").migrate();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(MigrationTest.FIRST_SCHEMA_MATTER);
            s.execute("INSERT INTO matter_author VALUES (7, 0, 'Jan Alexandersson', 'V')");
            for (String row : MigrationTest.V4_ROWS) {
                s.execute(row);
            }
        }

        ServerSetup.init(admin, password);

        try (OpenDatabase db = ServerDatabase.open(admin, password)) {
            Matter m = new MatterStore(db.dsl(), Clock.systemUTC()).find(7).orElseThrow();
            assertThat(m.status()).isEqualTo(Status.REFERRED);
            assertThat(m.body()).isEqualTo("Brödtext åäö");
            assertThat(m.authors()).singleElement()
                    .satisfies(a -> assertThat(a.display()).isEqualTo("Jan Alexandersson (V)"));
            assertThat(new DebateStore(db.dsl(), Clock.systemUTC()).open(5).speakers().speakers()).singleElement()
                    .satisfies(sp -> assertThat(sp.text()).isEqualTo("Anförandet"));
            assertThat(new AnswerStore(db.dsl(), Clock.systemUTC(), VersionPolicy.standard()).draft(7).orElseThrow().text()).isEqualTo("Utkast");
            Matter added = new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.QUESTION, "Ny fråga").build());
            assertThat(added.id()).isNotEqualTo(7L);
        }
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT group_code FROM debate_speaker")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEmpty();
        }
    }

    @Test
    void aProgramIsRefusedByAServerWhoseSchemaIsMissingOlderOrNewer() throws SQLException {
        assertRefused("server.schema.none");
        flywayTo("4").migrate();
        assertRefused("server.schema.older");
        ServerSetup.init(admin, password);
        ServerDatabase.open(admin, password).close();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,
                        checksum, installed_by, execution_time, success)
                    VALUES (99, '99', 'from a newer Ledamot', 'SQL', 'V99__newer.sql', 0, 'x', 0, TRUE)""");
        }
        assertRefused("server.schema.newer");
    }

    private void assertRefused(String key) {
        assertThatThrownBy(() -> ServerDatabase.open(admin, password).close())
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @Test
    void aDatabaseWithOtherTablesIsLeftAlone() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ekonomi (konto INT)");
        }
        assertThatThrownBy(() -> ServerSetup.init(admin, password))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.key()).isEqualTo("server.init.notEmpty"));
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables "
                        + "WHERE table_schema = 'public'")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(1);
        }
    }
}
