package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.search.Hit;
import se.ledamot.search.HitType;
import se.ledamot.search.SearchQuery;

/** The index follows the database: changes from here or elsewhere, a crash before the index was written, damage. */
class SearchServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @BeforeEach
    void generate() {
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            app.generate().generate(300, 3, n -> { }, n -> { });
        }
    }

    private static List<Long> matters(Ledamot app, String text) {
        return app.search().search(SearchQuery.of(text, 50).withTypes(Set.of(HitType.MATTER))).stream()
                .map(Hit::id).toList();
    }

    private static Matter motion(String title) {
        return Matter.newMatter(MatterKind.MOTION, title).body("Om en ny vindkraftspark vid sjön.").build();
    }

    @Test
    void aChangeHereIsFoundAtTheNextSearch() {
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            assertThat(matters(app, "vindkraftsparken")).isNotEmpty().doesNotContainNull();
            Matter added = app.matters().add(motion("Motion om Lillsjöns vindkraftspark"));
            assertThat(matters(app, "Lillsjöns")).containsExactly(added.id());
            app.matters().save(added.toBuilder().title("Motion om Storsjöns vindkraftspark").build());
            assertThat(matters(app, "Lillsjöns")).isEmpty();
            assertThat(matters(app, "Storsjöns")).containsExactly(added.id());
            app.trash().trash(added.id());
            assertThat(matters(app, "Storsjöns")).isEmpty();
        }
    }

    @Test
    void afterACrashBeforeTheIndexWasWrittenTheNextStartCatchesUp() {
        long added;
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            app.search().prepare();
            added = app.matters().add(motion("Motion om Lillsjöns vindkraftspark")).id();
            // Closing here drops whatever the index had not committed, as a crash would.
        }
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            assertThat(matters(app, "Lillsjöns")).containsExactly(added);
        }
    }

    @Test
    void changesMadeWhileTheIndexWasClosedAreFoundIncludingDeletions() {
        long gone;
        long added;
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            gone = matters(app, "integrationsplanen").getFirst();
            app.trash().trash(gone);
            added = app.matters().add(motion("Motion om Lillsjöns vindkraftspark")).id();
        }
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            assertThat(matters(app, "Lillsjöns")).containsExactly(added);
            assertThat(matters(app, "integrationsplanen")).doesNotContain(gone);
        }
    }

    /**
     * An item's proposal rewritten by a program that never opened the index, to a text of the same length on an
     * agenda of as many items: the agendas' fingerprint (item count, order, text lengths) reads the same, the count of
     * agenda changes (V18) does not, and the next search finds the new words. Before V18 the index kept the old text.
     */
    @Test
    void anAgendaItemRewrittenBehindTheIndexsBackToTheSameLengthIsFound() {
        AgendaItem item;
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            app.search().prepare();
            item = app.meetings().list().stream().flatMap(m -> app.meetings().agenda(m.id()).stream())
                    .filter(i -> i.proposal().length() >= 40).findFirst().orElseThrow();
        }
        String word = "Lillsjöbadet";
        String rewritten = word + " " + "x".repeat(item.proposal().length() - word.length() - 1);
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            app.meetings().saveItem(item.withProposal(rewritten));
        }
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            assertThat(app.search().search(SearchQuery.of(word, 10).withTypes(Set.of(HitType.AGENDA_ITEM))).stream()
                    .map(Hit::id).toList()).containsExactly(item.id());
        }
    }

    /**
     * An agenda item of a matter is found by the matter's title: renamed, the item is found by the new title (in
     * this program at once, and in the next), no longer by the old. Before, the item kept the title it was indexed
     * with until its meeting changed.
     */
    @Test
    void anAgendaItemIsFoundByItsMattersNewTitle() {
        AgendaItem item;
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            app.search().prepare();
            item = app.meetings().list().stream().flatMap(m -> app.meetings().agenda(m.id()).stream())
                    .filter(i -> i.matterId() != null).findFirst().orElseThrow();
            Matter matter = app.matters().find(item.matterId()).orElseThrow();
            assertThat(items(app, "Lillsjöbadets")).isEmpty();
            app.matters().save(matter.toBuilder().title("Motion om Lillsjöbadets bryggor").build());
            assertThat(items(app, "Lillsjöbadets")).containsExactly(item.id());
        }
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            assertThat(items(app, "Lillsjöbadets")).containsExactly(item.id());
        }
    }

    private static List<Long> items(Ledamot app, String text) {
        return app.search().search(SearchQuery.of(text, 10).withTypes(Set.of(HitType.AGENDA_ITEM))).stream()
                .map(Hit::id).toList();
    }

    /**
     * Two writes commit out of the order of their agenda-change numbers: the index looks between them and sees the
     * later number; the earlier one (an item rewritten to the same length, on another meeting) commits after. The
     * next look must still index that meeting: the number it skipped was noted as not yet seen.
     */
    @Test
    void anAgendaChangeCommittedAfterALaterOneIsStillFound() throws Exception {
        AgendaItem item;
        AgendaItem other;
        String word = "Lillsjöbadet";
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            app.search().prepare();
            List<AgendaItem> items = app.meetings().list().stream()
                    .flatMap(m -> app.meetings().agenda(m.id()).stream()).filter(i -> i.proposal().length() >= 40)
                    .toList();
            item = items.getFirst();
            other = items.stream().filter(i -> i.meetingId() != item.meetingId()).findFirst().orElseThrow();
            String rewritten = word + " " + "x".repeat(item.proposal().length() - word.length() - 1);
            String url = "jdbc:h2:file:" + folder.resolve(se.ledamot.store.Database.FILE_NAME) + ";IFEXISTS=TRUE";
            try (java.sql.Connection slow = java.sql.DriverManager.getConnection(url, "sa", "")) {
                slow.setAutoCommit(false);
                try (var s = slow.prepareStatement("insert into agenda_change (meeting_id) values (?)")) {
                    s.setLong(1, item.meetingId());
                    s.executeUpdate();
                }
                try (var s = slow.prepareStatement("update agenda_item set proposal = ? where id = ?")) {
                    s.setString(1, rewritten);
                    s.setLong(2, item.id());
                    s.executeUpdate();
                }
                app.meetings().saveItem(other.withProposal(other.proposal() + " Ändrad."));
                assertThat(app.search().search(SearchQuery.of(word, 10).withTypes(Set.of(HitType.AGENDA_ITEM))))
                        .isEmpty();
                slow.commit();
            }
        }
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            assertThat(app.search().search(SearchQuery.of(word, 10).withTypes(Set.of(HitType.AGENDA_ITEM))).stream()
                    .map(Hit::id).toList()).containsExactly(item.id());
        }
    }

    /**
     * The database file must open again after the sessions above, every time. In H2 2.3.232 the compaction that runs
     * when the file closes, cut off by its time limit, could leave chunks freed but still listed (h2database#4247);
     * the next session wrote over them and the file no longer opened ("Double mark", H2 90030). It depended on
     * timing: about one round in four failed here on 2.3.232, so the test makes several rounds, each on fresh data.
     */
    @Test
    void theFileOpensAgainAfterEverySessionOfSearchesAndChanges() {
        for (int round = 0; round < 8; round++) {
            Path data = folder.resolve("round-" + round);
            try (Ledamot app = Ledamot.open(data, CLOCK)) {
                app.generate().generate(300, 3, n -> { }, n -> { });
            }
            long added;
            try (Ledamot app = Ledamot.open(data, CLOCK)) {
                app.trash().trash(matters(app, "integrationsplanen").getFirst());
                added = app.matters().add(motion("Motion om Lillsjöns vindkraftspark")).id();
            }
            try (Ledamot app = Ledamot.open(data, CLOCK)) {
                assertThat(matters(app, "Lillsjöns")).as("round %d", round).containsExactly(added);
            }
        }
    }

    @Test
    void aDamagedIndexIsRebuiltFromTheDatabase() throws Exception {
        try (var files = Files.list(folder.resolve(SearchService.FOLDER))) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            assertThat(matters(app, "integrationsplanen")).isNotEmpty();
            assertThat(app.search().search(SearchQuery.of("Kommunfullmäktige", 5).withTypes(Set.of(HitType.MEETING))))
                    .isNotEmpty();
        }
    }

    @Test
    void aSyncCanRefreshTheMattersItPulled() {
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            app.search().prepare();
            Matter added = app.matters().add(motion("Motion om Lillsjöns vindkraftspark"));
            app.search().refresh(List.of(added.id()));
            assertThat(matters(app, "Lillsjöns")).containsExactly(added.id());
        }
    }

    @Test
    void theRegisterSearchesRanksAndSortsAtOnce() {
        try (Ledamot app = Ledamot.open(folder, CLOCK)) {
            RegisterService register = app.register();
            long[] all = register.ids(RegisterService.Query.ALL, false);
            assertThat(all).hasSize(register.count());
            RegisterService.Query typed = RegisterService.Query.ALL.withText("integrationsp");
            long[] ranked = register.ids(typed.sortedBy(RegisterService.Sort.RELEVANCE, false), true);
            long[] byTitle = register.ids(typed.sortedBy(RegisterService.Sort.TITLE, true), true);
            assertThat(ranked).isNotEmpty().containsExactlyInAnyOrder(byTitle);
            List<String> titles = register.rows(byTitle).stream().map(s -> s.title()).toList();
            assertThat(titles).isSortedAccordingTo(String::compareTo);
        }
    }
}
