package se.ledamot.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.PendingCounts;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Overdue;
import se.ledamot.service.DeadlineService;
import se.ledamot.service.Ledamot;
import se.ledamot.store.Database;
import se.ledamot.store.MatterStore;
import se.ledamot.store.TestDatabases;

/**
 * Issue 15: the dashboard and {@code overdue} count in the database and read only the matters that may be due,
 * and come out exactly as when every open matter was read and the rules were run on each. Checked on the
 * generator's municipality on days around its years, and at the one-year rule's edge (29 February).
 */
class DashboardFromAggregatesTest {
    private static final LocalDate GENERATED = LocalDate.parse("2026-11-25");
    private static final Clock CLOCK = Clock.fixed(GENERATED.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    static Path folder;

    private static Ledamot app;
    private static Database db;

    @BeforeAll
    static void generate() {
        app = Ledamot.open(folder, CLOCK);
        app.generate().generate(1_500, 15, n -> { }, n -> { });
        // The one-year rule's edge: a year from 29 February 2024 ends on 28 February 2025.
        app.matters().add(Matter.newMatter(MatterKind.MOTION, "Skottdagsmotionen")
                .submitted(LocalDate.parse("2024-02-29")).status(Status.REFERRED)
                .authors(List.of(new Person("Ledamot V", "V"))).build());
        db = TestDatabases.local(folder);
    }

    @AfterAll
    static void close() {
        db.close();
        app.close();
    }

    /** What every open matter, read whole into memory, gives: the way before issue 15. */
    private static List<Matter> everyOpenMatter() {
        return new MatterStore(db.dsl(), CLOCK).list().stream().filter(m -> m.lifecycle().isOpen(m.status()))
                .map(m -> m.toBuilder().body("").answer("").build()).toList();
    }

    /**
     * The figures as the dashboard shows them: its list by matter id (the outlook reads each matter's row only, no
     * authors or other lists, which neither the rules nor the list use), reason and text, and the counts.
     */
    private static List<Object> shown(DashboardFigures f) {
        return List.of(f.attention().stream().map(a -> List.of(a.matter().id(), a.matter().kind(), a.matter().title(),
                a.reason(), a.detail())).toList(), f.pendingByKindAndStatus(), f.motionAges(), f.pendingByParty());
    }

    @Test
    void theCountsOfTheDatabaseAreTheCountsOfEveryPendingMatter() {
        PendingCounts counted = app.deadlines().outlook(GENERATED).pending();
        assertThat(counted).isEqualTo(PendingCounts.of(everyOpenMatter()));
        assertThat(counted.byKindAndStatus()).isNotEmpty();
        assertThat(counted.byParty()).hasSizeGreaterThan(3);
        assertThat(counted.proposalsBySubmitted()).containsKey(MatterKind.MOTION);
    }

    @Test
    void overdueReadsOnlyWhatMayBeDueAndListsTheSameAsEveryOpenMatter() {
        List<Matter> all = everyOpenMatter();
        for (String day : List.of("2026-11-25", "2025-02-28", "2025-02-27", "2021-06-15", "2030-01-01")) {
            LocalDate d = LocalDate.parse(day);
            List<Overdue.Entry> overdue = app.deadlines().overdue(d);
            assertThat(overdue).as(day).isEqualTo(Overdue.of(all, app.deadlines().rules(), d));
        }
        assertThat(app.deadlines().overdue(GENERATED)).hasSizeGreaterThan(10);
        assertThat(app.deadlines().overdue(LocalDate.parse("2025-03-01"))).extracting(e -> e.matter().title())
                .contains("Skottdagsmotionen");
    }

    @Test
    void theDashboardIsTheSameAsFromEveryOpenMatterForAnyoneAnyDay() {
        List<Matter> all = everyOpenMatter();
        Matter asked = all.stream().filter(m -> m.kind().hasAddressee() && m.status() == Status.SUBMITTED
                && m.addressee() != null && m.addressee().name() != null).findFirst().orElseThrow();
        for (String day : List.of("2026-11-25", "2025-02-21", "2022-09-01")) {
            LocalDate d = LocalDate.parse(day);
            DeadlineService.Outlook o = app.deadlines().outlook(d);
            assertThat(o.matters().size()).isLessThan(all.size());
            for (String me : new String[] {"", asked.addressee().name()}) {
                DashboardFigures counted = DashboardFigures.of(o.matters(), o.pending(), d, o.nextCouncilMeeting(),
                        o.rules(), me, "S");
                DashboardFigures whole = DashboardFigures.of(all, d, o.nextCouncilMeeting(), o.rules(), me, "S");
                assertThat(shown(counted)).as(day + " " + me).isEqualTo(shown(whole));
                assertThat(counted.attention()).isNotEmpty();
            }
        }
        DeadlineService.Outlook o = app.deadlines().outlook(GENERATED);
        assertThat(DashboardFigures.of(o.matters(), o.pending(), GENERATED, Optional.empty(), o.rules(), "", "")
                .motionAgeBuckets()).anyMatch(b -> b.count() > 0);
    }
}
