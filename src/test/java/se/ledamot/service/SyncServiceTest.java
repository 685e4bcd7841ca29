package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
 * A sync cancelled by the user stops between two batches with what it finished kept on both sides, says it did not
 * come all the way, and the next sync sends the rest; the window and the command line see the phases as they go.
 */
class SyncServiceTest {
    private static final String LOGIN = "svc_karin";

    @TempDir
    Path folder;

    private TestPostgres pg;
    private String database;
    private Ledamot app;
    private ServerAdministration.Server server;

    @BeforeEach
    void aSecretaryJoinsAnEmptyServer() {
        pg = TestPostgres.get();
        database = pg.newDatabase();
        pg.createLogin(LOGIN);
        ServerSetup.enrol(pg.address(database, TestPostgres.ADMIN), TestPostgres.PASSWORD.toCharArray(), LOGIN, null,
                ServerRole.COUNCIL_SECRETARY, "Karin");
        server = ServerAdministration.server("postgresql://" + LOGIN + "@127.0.0.1:" + pg.port() + "/" + database,
                LOGIN);
        app = Ledamot.open(folder, Clock.systemUTC());
        assertThat(sync(SyncService.Progress.NONE).joined()).isTrue();
    }

    @AfterEach
    void close() {
        app.close();
        pg.dropDatabase(database);
    }

    private SyncService.Summary sync(SyncService.Progress progress) {
        return app.replica().orElseThrow().sync(server, TestPostgres.PASSWORD::toCharArray, progress);
    }

    private int onServer() {
        try (OpenDatabase d = ServerDatabase.open(pg.address(database, TestPostgres.ADMIN),
                TestPostgres.PASSWORD.toCharArray())) {
            return new MatterStore(d.dsl(), Clock.systemUTC()).list().size();
        }
    }

    @Test
    void aCancelAfterTheFirstBatchKeepsItAndTheNextSyncSendsTheRest() {
        for (int i = 1; i <= 250; i++) {
            app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion nr " + i).build());
        }
        assertThat(app.replica().orElseThrow().status().orElseThrow().waiting()).isEqualTo(250);
        List<String> seen = new ArrayList<>();

        SyncService.Summary cancelled = sync(new SyncService.Progress() {
            @Override
            public void step(SyncService.Phase phase, long done, long total) {
                seen.add(phase + " " + done + "/" + total);
            }

            @Override
            public boolean cancelled() {
                return seen.size() > 1;
            }
        });

        assertThat(cancelled.complete()).isFalse();
        assertThat(seen).containsExactly("SEND 0/250", "SEND 200/250");
        assertThat(onServer()).isEqualTo(200);
        assertThat(app.replica().orElseThrow().status().orElseThrow().waiting()).isEqualTo(50);

        SyncService.Summary rest = sync(SyncService.Progress.NONE);
        assertThat(rest.complete()).isTrue();
        assertThat(rest.pushed()).isEqualTo(50);
        assertThat(onServer()).isEqualTo(250);
        assertThat(app.replica().orElseThrow().status().orElseThrow().waiting()).isZero();
    }

    @Test
    void aFolderKeepsOneServer() {
        var other = ServerAdministration.server("postgresql://" + LOGIN + "@127.0.0.1:" + pg.port() + "/andra", LOGIN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.replica().orElseThrow().sync(other,
                        TestPostgres.PASSWORD::toCharArray, SyncService.Progress.NONE))
                .isInstanceOf(se.ledamot.domain.DomainException.class)
                .satisfies(e -> assertThat(se.ledamot.l10n.Localization.message((se.ledamot.domain.DomainException) e))
                        .contains("kan bara synkas med en server"));
    }
}
