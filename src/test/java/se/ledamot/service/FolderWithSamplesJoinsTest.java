package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.store.BodyStore;
import se.ledamot.store.MatterStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.PaperSettingsStore;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestServer;

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

    private TestServer server;

    @BeforeEach
    void aServerWithAMatterOnIt() {
        server = new TestServer().enrol(LOGIN, "S", ServerRole.MEMBER, "Anna");
        server.registered(Matter.newMatter(MatterKind.MOTION, "Motion om cykelbanor").build());
    }

    @AfterEach
    void drop() {
        server.close();
    }

    @Test
    void theFirstSyncJoinsAndTheSamplesStayOnTheLaptop() {
        try (Ledamot app = Ledamot.open(folder, Clock.systemUTC())) {
            assertThat(app.samples().loadIfNew()).hasSize(4);

            SyncService.Summary first = ServerClients.sync(app, server.url(LOGIN), LOGIN);

            assertThat(first.joined()).isTrue();
            assertThat(first.complete()).isTrue();
            assertThat(app.matters().list()).extracting(Matter::title).hasSize(5).contains("Motion om cykelbanor");
            assertThat(app.replica().orElseThrow().status().orElseThrow().waiting()).isZero();
        }
        try (OpenDatabase admin = server.admin()) {
            assertThat(new MatterStore(admin.dsl(), Clock.systemUTC()).list()).extracting(Matter::title)
                    .containsExactly("Motion om cykelbanor");
            assertThat(admin.dsl().fetchCount(DSL.table("body_seat"))).as("the sample council's seats").isZero();
            assertThat(admin.dsl().fetchCount(DSL.table("paper_settings"), DSL.field("minutes_kept").isNotNull()))
                    .as("the sample council's place kept").isZero();
        }
    }

    /** The council's seats on the server come in over the sample seats the folder started with. */
    @Test
    void theServersSeatsComeInOverTheSampleSeats() {
        try (OpenDatabase admin = server.admin()) {
            Clock clock = Clock.systemUTC();
            new PaperSettingsStore(admin.dsl(), clock).save(PaperSettings.empty().withBody(BodyPapers.defaults(
                    new BodyStore(admin.dsl()).require(Body.COUNCIL)).withSeats(List.of(Seat.member("Åsa Öst (S)")))));
        }
        try (Ledamot app = Ledamot.open(folder, Clock.systemUTC())) {
            app.samples().loadIfNew();

            SyncService.Summary first = ServerClients.sync(app, server.url(LOGIN), LOGIN);

            assertThat(first.complete()).isTrue();
            assertThat(app.papers().settings().of(app.bodies().find(Body.COUNCIL).orElseThrow()).seats())
                    .containsExactly(Seat.member("Åsa Öst (S)"));
            assertThat(app.replica().orElseThrow().status().orElseThrow().waiting()).isZero();
        }
    }

    /**
     * Walked in the window (walkgroup): the group's speaker typed on the sample meeting's item after the join was
     * never sent (the server has no such item) and the status bar said "1 ändring skickas vid nästa synkning" for
     * good, while each sync said it had nothing to send. What belongs to the samples stays on the laptop.
     */
    @Test
    void aPositionOnASampleItemStaysOnTheLaptopAndWaitsForNothing() {
        try (Ledamot app = Ledamot.open(folder, Clock.systemUTC())) {
            app.samples().loadIfNew();
            ServerClients.sync(app, server.url(LOGIN), LOGIN);
            Meeting sample = app.meetings().list().stream()
                    .filter(m -> !app.meetings().agendaOf(m.id()).entries().isEmpty()).findFirst().orElseThrow();
            long item = app.meetings().agendaOf(sample.id()).entries().getFirst().item().id();
            app.positions().save("S", Position.undecided(item, "S").withSpeaker("Anna Svensson"));

            SyncService.Summary after = ServerClients.sync(app, server.url(LOGIN), LOGIN);

            assertThat(after.pushed()).isZero();
            assertThat(app.replica().orElseThrow().status().orElseThrow().waiting()).isZero();
            assertThat(app.positions().get(item, "S").speaker()).isEqualTo("Anna Svensson");
        }
        try (OpenDatabase admin = server.admin()) {
            assertThat(admin.dsl().fetchCount(DSL.table("group_position"))).isZero();
        }
    }
}
