package se.ledamot.store.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.sync.ListMerge;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.Engine;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.ServerRole;

/**
 * Issue 16.5 for an agenda's order, two secretaries with the same agenda on screen: on one real PostgreSQL server and
 * on one H2 data folder (two windows). A move keeps the item the other added meanwhile, and a reorder against the
 * other's reorder is a conflict: the stored order stands.
 */
@ParameterizedClass
@MethodSource("se.ledamot.store.TestDatabases#engines")
class StaleAgendaOrderTest {
    @Parameter
    Engine engine;

    private TwoLogins logins;
    private AgendaStore first;
    private AgendaStore second;
    private long meeting;
    private List<Long> shown;

    @BeforeEach
    void twoSecretariesWithOneAgenda(@TempDir Path folder) {
        logins = TwoLogins.on(engine, folder, "staleagenda_karin", "staleagenda_lars", null,
                ServerRole.COUNCIL_SECRETARY);
        meeting = new MeetingStore(logins.first.dsl(), Clock.systemUTC())
                .add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        first = new AgendaStore(logins.first.dsl(), Clock.systemUTC());
        second = new AgendaStore(logins.second.dsl(), Clock.systemUTC());
        for (String text : List.of("Upprop", "Val av justerare", "Anmälningar")) {
            first.addText(meeting, text);
        }
        shown = order();
    }

    @AfterEach
    void close() {
        logins.close();
    }

    private List<Long> order() {
        return second.agenda(meeting).stream().map(AgendaItem::id).toList();
    }

    private static List<Long> of(List<Long> ids, int... places) {
        return java.util.Arrays.stream(places).mapToObj(ids::get).toList();
    }

    @Test
    void aMoveKeepsTheItemTheOtherAddedMeanwhile() {
        long added = second.addText(meeting, "Information").id();
        ListMerge<Long> stale = first.arrange(meeting, shown, of(shown, 2, 0, 1));

        assertThat(stale.conflict()).isFalse();
        // The new item stays after the item it followed when it was added (the list rule, ListMerge).
        assertThat(order()).containsExactly(shown.get(2), added, shown.get(0), shown.get(1));
        assertThat(second.agenda(meeting)).extracting(AgendaItem::number).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aReorderAgainstTheOthersReorderIsAConflictAndTheStoredOrderStands() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assertThat(second.arrange(meeting, shown, of(shown, 1, 0, 2)).conflict()).isFalse();
        Instant after = Instant.now();
        ListMerge<Long> stale = first.arrange(meeting, shown, of(shown, 2, 1, 0));

        assertThat(stale.conflict()).isTrue();
        assertThat(stale.merged()).containsExactlyElementsOf(of(shown, 1, 0, 2));
        // Who saved the other side (issue 16.5): by login (enrolled without a name), or another window.
        if (engine == Engine.POSTGRESQL) {
            assertThat(stale.savedBy().name()).isEqualTo("staleagenda_lars");
        } else {
            assertThat(stale.savedBy().otherWindow()).isTrue();
        }
        // And when: on one data folder from the items' own rows (V43), on a server from its change sequence.
        assertThat(stale.savedBy().at()).isBetween(before, after);
        assertThat(order()).containsExactlyElementsOf(of(shown, 1, 0, 2));
        // Choosing her own order over the stored one goes through.
        assertThat(first.arrange(meeting, stale.merged(), of(shown, 2, 1, 0)).conflict()).isFalse();
        assertThat(order()).containsExactlyElementsOf(of(shown, 2, 1, 0));
    }
}
