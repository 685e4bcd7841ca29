package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.store.MatterStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.ServerSetup;
import se.ledamot.store.TestPostgres;

/**
 * A new user's folder holds the sample matters from its first start; its first sync joins it to the server (walked
 * in the window: Arkiv → Synkronisera… on such a folder said "Ändringen krockade med något som redan finns i
 * databasen" and never joined, because giving the samples their uids under the change capture marked them pending
 * before the join queued them again).
 */
class FolderWithSamplesJoinsTest {
    private static final String LOGIN = "samplesjoin_anna_s";

    @TempDir
    Path folder;

    private TestPostgres pg;
    private String database;

    @BeforeEach
    void server() {
        pg = TestPostgres.get();
        database = pg.newDatabase();
        pg.createLogin(LOGIN);
        ServerSetup.enrol(pg.address(database, TestPostgres.ADMIN), TestPostgres.PASSWORD.toCharArray(), LOGIN, "S",
                ServerRole.MEMBER, "Anna");
        try (OpenDatabase admin = admin()) {
            new MatterStore(admin.dsl(), Clock.systemUTC())
                    .add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelbanor").build());
        }
    }

    @AfterEach
    void drop() {
        pg.dropDatabase(database);
    }

    @Test
    void theFirstSyncJoinsAndTheSamplesStayOnTheLaptop() {
        try (Ledamot app = Ledamot.open(folder, Clock.systemUTC())) {
            assertThat(app.samples().loadIfNew()).hasSize(4);

            SyncService.Summary first = app.replica().orElseThrow().sync(ServerAdministration.server(
                    "postgresql://" + LOGIN + "@127.0.0.1:" + pg.port() + "/" + database, LOGIN),
                    TestPostgres.PASSWORD::toCharArray, SyncService.Progress.NONE);

            assertThat(first.joined()).isTrue();
            assertThat(first.complete()).isTrue();
            assertThat(app.matters().list()).extracting(Matter::title).hasSize(5).contains("Motion om cykelbanor");
            assertThat(app.replica().orElseThrow().status().orElseThrow().waiting()).isZero();
        }
        try (OpenDatabase admin = admin()) {
            assertThat(new MatterStore(admin.dsl(), Clock.systemUTC()).list()).extracting(Matter::title)
                    .containsExactly("Motion om cykelbanor");
        }
    }

    private OpenDatabase admin() {
        return ServerDatabase.open(pg.address(database, TestPostgres.ADMIN), TestPostgres.PASSWORD.toCharArray());
    }
}
