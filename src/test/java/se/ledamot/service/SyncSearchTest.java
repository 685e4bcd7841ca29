package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.search.Hit;
import se.ledamot.search.HitType;
import se.ledamot.search.SearchQuery;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MovableClock;
import se.ledamot.store.OpenDatabase;

/**
 * A title changed on the server reaches the laptop in its send, merged with the body changed here, and the search
 * finds its words at once, also when the sync is stopped before its fetch. The index's own look reads again only the
 * matters stamped a little before the newest it saw, and the merged matter keeps the stamp of the change here (the
 * later of the two), an hour older than another matter changed here since: before, such a sync left the search
 * finding only the old title.
 */
class SyncSearchTest {
    private static final String LOGIN = "svcsearch_karin";
    private final MovableClock clock = new MovableClock("2026-11-30T08:00:00Z");

    @TempDir
    Path folder;

    @RegisterExtension
    final JoinedLaptop laptop = new JoinedLaptop(() -> folder, LOGIN, clock);

    @Test
    void aTitleMergedInDuringTheSendIsFoundAlsoWhenTheSyncStopsBeforeItsFetch() {
        Ledamot app = laptop.app();
        app.search().prepare();
        Matter pool = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen").build());
        assertThat(laptop.sync().complete()).isTrue();
        try (OpenDatabase d = laptop.server().signIn(LOGIN)) {
            MatterStore there = new MatterStore(d.dsl(), new MovableClock("2026-11-30T08:00:00Z"));
            Matter m = there.list().stream().filter(x -> x.title().equals("Motion om simhallen")).findFirst()
                    .orElseThrow();
            there.save(m.toBuilder().title("Motion om Lillsjöns badplats").build());
        }
        app.matters().save(app.matters().find(pool.id()).orElseThrow().toBuilder().body("Ett nytt stycke.").build());
        clock.advance(Duration.ofHours(1));
        app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om gatubelysning").build());
        assertThat(found(app, "simhallen")).containsExactly(pool.id());

        SyncService.Summary stopped = laptop.sync(new SyncService.Progress() {
            private boolean fetching;

            @Override
            public void step(SyncService.Phase phase, long done, long total) {
                fetching |= phase == SyncService.Phase.FETCH;
            }

            @Override
            public boolean cancelled() {
                return fetching;
            }
        });

        assertThat(stopped.complete()).isFalse();
        assertThat(found(app, "Lillsjöns")).containsExactly(pool.id());
        assertThat(stopped.pushed()).isEqualTo(2);
        assertThat(stopped.pulled()).as("the title, merged in during the send").isEqualTo(1);
    }

    private static List<Long> found(Ledamot app, String word) {
        return app.search().search(SearchQuery.of(word, 10).withTypes(Set.of(HitType.MATTER))).stream()
                .map(Hit::id).toList();
    }
}
