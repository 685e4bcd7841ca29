package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.store.MatterStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.TestServer;
import se.ledamot.store.jooq.Tables;

/**
 * A sync cancelled by the user stops between two batches with what it finished kept on both sides, says it did not
 * come all the way, and the next sync sends the rest; the window and the command line see the phases as they go. A
 * decision recorded in Protokoll, and its clearing, travel with the matter.
 */
class SyncServiceTest {
    private static final String LOGIN = "svc_karin";

    @TempDir
    Path folder;

    private TestServer server;
    private Ledamot app;

    @BeforeEach
    void aSecretaryJoinsAnEmptyServer() {
        server = new TestServer().enrol(LOGIN, null, ServerRole.COUNCIL_SECRETARY, "Karin");
        app = Ledamot.open(folder, Clock.systemUTC());
        assertThat(ServerClients.sync(app, server.url(LOGIN), LOGIN).joined()).isTrue();
    }

    @AfterEach
    void close() {
        app.close();
        server.close();
    }

    private SyncService.Summary sync(SyncService.Progress progress) {
        return app.replica().orElseThrow().sync(ServerAdministration.server(server.url(LOGIN), LOGIN),
                TestPostgres.PASSWORD::toCharArray, progress);
    }

    private int onServer() {
        try (OpenDatabase d = server.admin()) {
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

        SyncService.Summary rest = ServerClients.sync(app, server.url(LOGIN), LOGIN);
        assertThat(rest.complete()).isTrue();
        assertThat(rest.pushed()).isEqualTo(50);
        assertThat(onServer()).isEqualTo(250);
        assertThat(app.replica().orElseThrow().status().orElseThrow().waiting()).isZero();
    }

    @Test
    void aFolderKeepsOneServer() {
        var other = ServerAdministration.server("postgresql://" + LOGIN + "@127.0.0.1:" + server.pg.port() + "/andra",
                LOGIN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.replica().orElseThrow().sync(other,
                        TestPostgres.PASSWORD::toCharArray, SyncService.Progress.NONE))
                .isInstanceOf(se.ledamot.domain.DomainException.class)
                .satisfies(e -> assertThat(se.ledamot.l10n.Localization.message((se.ledamot.domain.DomainException) e))
                        .contains("kan bara synkas med en server"));
    }

    private Matter motionOnServer() {
        try (OpenDatabase d = server.admin()) {
            return new MatterStore(d.dsl(), Clock.systemUTC()).list().stream()
                    .filter(m -> m.title().equals("Motion om en integrationsplan")).findFirst().orElseThrow();
        }
    }

    private int decisionsOnServer() {
        try (OpenDatabase d = server.admin()) {
            return d.dsl().fetchCount(Tables.DEBATE_DECISION);
        }
    }

    /**
     * A decision recorded in Protokoll on the laptop's copy reaches the server like any change of a matter, and so
     * does its clearing before the justering: the motion back to Beredd, no decision row left on the server.
     */
    @Test
    void aDecisionFromTheMinutesAndItsClearingAreSyncedWithTheMatter() {
        long motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om en integrationsplan")
                .submitted(LocalDate.now().minusMonths(3)).authors(List.of(Person.parse("Karin Holm (V)")))
                .status(Status.PREPARED).build()).id();
        long meeting = app.meetings().add(Meeting.planned("KF", LocalDate.now().plusDays(14))).id();
        long item = app.meetings().addMatters(meeting, List.of(motion)).getFirst().id();

        app.debates().record(item, Decision.APPROVED);
        assertThat(ServerClients.sync(app, server.url(LOGIN), LOGIN).complete()).isTrue();
        assertThat(motionOnServer().status()).isEqualTo(Status.DECIDED);
        assertThat(motionOnServer().decision()).isEqualTo(Decision.APPROVED);
        assertThat(decisionsOnServer()).isEqualTo(1);

        app.debates().record(item, null);
        assertThat(ServerClients.sync(app, server.url(LOGIN), LOGIN).complete()).isTrue();
        assertThat(motionOnServer().status()).isEqualTo(Status.PREPARED);
        assertThat(motionOnServer().decision()).isNull();
        assertThat(decisionsOnServer()).isZero();
    }
}
