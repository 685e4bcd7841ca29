package se.ledamot.cli;

import java.time.Clock;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import se.ledamot.l10n.Localization;
import se.ledamot.store.MatterStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerDatabase;
import se.ledamot.store.TestPostgres;

/** The administrator prepares an empty PostgreSQL database and puts people in groups, from the command line. */
// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it sets Localization's
// language, which every class reads, to English.
@Isolated
class ServerCommandTest extends CommandLineTest {
    private TestPostgres pg;
    private String database;
    private String url;

    @BeforeEach
    void emptyDatabase() {
        pg = TestPostgres.get();
        database = pg.newEmptyDatabase();
        url = "postgresql://" + TestPostgres.ADMIN + "@127.0.0.1:" + pg.port() + "/" + database;
        ServerCommand.environment = name -> name.equals("LEDAMOT_PASSWORD") ? TestPostgres.PASSWORD : null;
    }

    @AfterEach
    void restore() {
        ServerCommand.environment = System::getenv;
        Localization.setLocale(Localization.SWEDISH);
        pg.dropDatabase(database);
    }

    @Test
    void initPreparesAnEmptyDatabaseAndSaysInSwedishWhatIsLeftToDo() {
        assertThat(run("server", "init", "--server", url)).as(err).isZero();
        assertThat(out).contains("Databasen " + database + " på 127.0.0.1:" + pg.port() + " är förberedd")
                .contains("CREATE ROLE anna LOGIN;").contains("\\password anna")
                .contains("ledamot server user anna --group S --role member --server " + url)
                .contains("CALL ledamot_enrol('anna', 'S', 'member');")
                .contains("pg_dump -h 127.0.0.1 -p " + pg.port() + " -U ledamot_admin -Fc -f ledamot.dump " + database)
                .contains("Bara Ledamots användare (rollen ledamot_member) får ansluta")
                // Only a superuser may reload the settings; the administrator's login is not one.
                .contains("som root: su postgres -c \"psql -c 'SELECT pg_reload_conf()'\"");

        // Again on a prepared database: nothing to do, the same instructions.
        assertThat(run("server", "init", "--server", url)).as(err).isZero();
        assertThat(out).contains("0 steg kördes nu");
    }

    @Test
    void initSpeaksEnglishUnderLedamotLangEn() {
        Localization.setLocale(Localization.ENGLISH);
        assertThat(run("server", "init", "--server", url)).as(err).isZero();
        assertThat(out).contains("is prepared for Ledamot").contains("What is left for you as the administrator");
    }

    @Test
    void aLoginPutInAGroupCanSignInAndUseTheStores() {
        assertThat(run("server", "init", "--server", url)).as(err).isZero();
        pg.createLogin("cli_olle");
        assertThat(run("server", "user", "cli_olle", "--group", "s", "--role", "member", "--name", "Olle",
                "--server", url)).as(err).isZero();
        assertThat(out).contains("cli_olle är nu ledamot i partigrupp S.");
        try (OpenDatabase db = ServerDatabase.open(pg.address(database, "cli_olle"),
                TestPostgres.PASSWORD.toCharArray())) {
            assertThat(new MatterStore(db.dsl(), Clock.systemUTC()).list()).isEmpty();
            assertThat(db.dsl().fetchValue("SELECT public.ledamot_my_group()")).isEqualTo("S");
        }

        assertThat(run("server", "user", "cli_olle", "--remove", "--server", url)).as(err).isZero();
        assertThat(out).contains("cli_olle är borttagen ur Ledamot");
    }

    @Test
    void mistakesAreSaidInSwedishAndChangeNothing() {
        assertThat(run("server", "user", "anna", "--group", "S", "--server", url)).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("inte förberedd för Ledamot").contains("ledamot server init");
        assertThat(run("server", "init", "--server", url)).as(err).isZero();

        assertThat(run("server", "user", "ingen_sadan", "--group", "S", "--server", url)).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Det finns ingen inloggning ingen_sadan").contains("CREATE ROLE ingen_sadan LOGIN");
        assertThat(run("server", "user", "ingen_sadan", "--role", "member", "--server", url))
                .isEqualTo(Cli.REFUSED);
        assertThat(err).contains("behöver en partigrupp");
        assertThat(run("server", "user", "x", "--role", "chef", "--group", "S", "--server", url))
                .isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Okänd roll chef");

        assertThat(run("server", "init", "--server", url.replace("ledamot_admin@", "ledamot_admin:hemligt@")))
                .isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Skriv inte lösenordet i adressen");
        assertThat(run("server", "init", "--server", "mysql://värd/db")).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("går inte att läsa");

        ServerCommand.environment = name -> "fel-lösen";
        assertThat(run("server", "init", "--server", url)).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Inloggningen som ledamot_admin").contains("godtogs inte");
        assertThat(err).doesNotContain("Exception").doesNotContain("PSQL");
        ServerCommand.environment = name -> TestPostgres.PASSWORD;
        assertThat(run("server", "init", "--server", url.replace(database, "finns_inte"))).isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Det finns ingen databas som heter finns_inte");
        assertThat(run("server", "init", "--server", url.replace(":" + pg.port() + "/", ":1/")))
                .isEqualTo(Cli.REFUSED);
        assertThat(err).contains("Servern 127.0.0.1:1 svarar inte");
    }
}
