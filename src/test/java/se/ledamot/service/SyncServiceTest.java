package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.TestPostgres;
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

    @RegisterExtension
    final JoinedLaptop laptop = new JoinedLaptop(() -> folder, LOGIN);

    private int onServer() {
        return laptop.mattersOnServer().size();
    }

    @Test
    void aCancelAfterTheFirstBatchKeepsItAndTheNextSyncSendsTheRest() {
        for (int i = 1; i <= 250; i++) {
            laptop.app().matters().add(Matter.newMatter(MatterKind.MOTION, "Motion nr " + i).build());
        }
        assertThat(laptop.app().replica().orElseThrow().status().orElseThrow().waiting()).isEqualTo(250);
        List<String> seen = new ArrayList<>();

        SyncService.Summary cancelled = laptop.sync(new SyncService.Progress() {
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
        assertThat(laptop.app().replica().orElseThrow().status().orElseThrow().waiting()).isEqualTo(50);

        SyncService.Summary rest = laptop.sync();
        assertThat(rest.complete()).isTrue();
        assertThat(rest.pushed()).isEqualTo(50);
        assertThat(onServer()).isEqualTo(250);
        assertThat(laptop.app().replica().orElseThrow().status().orElseThrow().waiting()).isZero();
    }

    @Test
    void aFolderKeepsOneServer() {
        var other = ServerAdministration.server("postgresql://" + LOGIN + "@127.0.0.1:" + laptop.server().pg.port()
                + "/andra", LOGIN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> laptop.app().replica().orElseThrow().sync(other,
                        TestPostgres.PASSWORD::toCharArray, SyncService.Progress.NONE))
                .isInstanceOf(se.ledamot.domain.DomainException.class)
                .satisfies(e -> assertThat(se.ledamot.l10n.Localization.message((se.ledamot.domain.DomainException) e))
                        .contains("kan bara synkas med en server"));
    }

    private Matter motionOnServer() {
        return laptop.mattersOnServer().stream()
                .filter(m -> m.title().equals("Motion om en integrationsplan")).findFirst().orElseThrow();
    }

    private int decisionsOnServer() {
        try (OpenDatabase d = laptop.server().admin()) {
            return d.dsl().fetchCount(Tables.DEBATE_DECISION);
        }
    }

    /**
     * A decision recorded in Protokoll on the laptop's copy reaches the server like any change of a matter, and so
     * does its clearing before the justering: the motion back to Beredd, no decision row left on the server.
     */
    @Test
    void aDecisionFromTheMinutesAndItsClearingAreSyncedWithTheMatter() {
        long motion = laptop.app().matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om en integrationsplan")
                .submitted(LocalDate.now().minusMonths(3)).authors(List.of(Person.parse("Karin Holm (V)")))
                .status(Status.PREPARED).build()).id();
        long meeting = laptop.app().meetings().add(Meeting.planned("KF", LocalDate.now().plusDays(14))).id();
        long item = laptop.app().meetings().addMatters(meeting, List.of(motion)).getFirst().id();

        laptop.app().debates().record(item, Decision.APPROVED);
        assertThat(laptop.sync().complete()).isTrue();
        assertThat(motionOnServer().status()).isEqualTo(Status.DECIDED);
        assertThat(motionOnServer().decision()).isEqualTo(Decision.APPROVED);
        assertThat(decisionsOnServer()).isEqualTo(1);

        laptop.app().debates().record(item, null);
        assertThat(laptop.sync().complete()).isTrue();
        assertThat(motionOnServer().status()).isEqualTo(Status.PREPARED);
        assertThat(motionOnServer().decision()).isNull();
        assertThat(decisionsOnServer()).isZero();
    }
}
