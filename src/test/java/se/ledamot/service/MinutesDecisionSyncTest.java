package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
import se.ledamot.store.TestServer;
import se.ledamot.store.jooq.Tables;

/**
 * A decision recorded in Protokoll on a laptop's copy reaches the server like any change of a matter: the motion
 * decided there too, and, cleared before the justering, back to Beredd with no decision on the server either.
 */
class MinutesDecisionSyncTest {
    private static final String LOGIN = "svc_dflow";

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

    private Matter onServer() {
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

    @Test
    void theDecisionAndItsClearingAreSyncedWithTheMatter() {
        long motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om en integrationsplan")
                .submitted(LocalDate.now().minusMonths(3)).authors(List.of(Person.parse("Karin Holm (V)")))
                .status(Status.PREPARED).build()).id();
        long meeting = app.meetings().add(Meeting.planned("KF", LocalDate.now().plusDays(14))).id();
        long item = app.meetings().addMatters(meeting, List.of(motion)).getFirst().id();

        app.debates().record(item, Decision.APPROVED);
        assertThat(ServerClients.sync(app, server.url(LOGIN), LOGIN).complete()).isTrue();
        assertThat(onServer().status()).isEqualTo(Status.DECIDED);
        assertThat(onServer().decision()).isEqualTo(Decision.APPROVED);
        assertThat(decisionsOnServer()).isEqualTo(1);

        app.debates().record(item, null);
        assertThat(ServerClients.sync(app, server.url(LOGIN), LOGIN).complete()).isTrue();
        assertThat(onServer().status()).isEqualTo(Status.PREPARED);
        assertThat(onServer().decision()).isNull();
        assertThat(decisionsOnServer()).isZero();
    }
}
