package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MovableClock;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.TestPostgres;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.ListPart;
import se.ledamot.store.generate.CouncilGenerator;

/**
 * Issue 16.6: a fresh laptop's first sync of a generated council on the test PostgreSQL (loopback), beside a baseline
 * from the same run: the same member reading every row of every shared table with plain SELECTs, which is the least
 * any first sync must do. Then a later sync after ten matters changed on the server, which should cost in proportion
 * to the change. Prints the figures; asserts none of them. Run it on its own:
 * {@code xvfb-run -a mvn -q test -Dtest=FirstSyncBenchmark -Dbenchmark=true [-Dmatters=10000]}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class FirstSyncBenchmark {
    @TempDir
    Path temp;

    @Test
    void firstSyncOfAGeneratedCouncil() throws Exception {
        int matters = Integer.getInteger("matters", 2_000);
        try (SyncFixture world = new SyncFixture().enrol("bench_anna", "S", ServerRole.MEMBER)) {
            OpenDatabase admin = world.server(TestPostgres.ADMIN);
            long t0 = System.nanoTime();
            CouncilGenerator.Summary made = new CouncilGenerator(admin.dsl(), LocalDate.parse("2026-11-22"), 15)
                    .generate(matters, n -> { });
            double generated = ms(t0);

            DSLContext member = world.server("bench_anna").dsl();
            long t1 = System.nanoTime();
            long rows = selectEverything(member);
            double baseline = ms(t1);

            SyncFixture.Laptop laptop = world.laptop(temp.resolve("fresh"), "bench_anna");
            long t2 = System.nanoTime();
            SyncReport first = laptop.sync();
            double firstSync = ms(t2);

            MatterStore server = new MatterStore(admin.dsl(), new MovableClock("2026-11-23T10:00:00Z"));
            for (Matter m : server.list().subList(0, 10)) {
                server.save(m.toBuilder().title(m.title() + " (ändrad)").build());
            }
            long t3 = System.nanoTime();
            SyncReport later = laptop.sync();
            double laterSync = ms(t3);

            System.out.printf("BENCHMARK first sync: %d matters generated (%d meetings, %d items, %d positions) in "
                    + "%.0f ms; baseline plain SELECT of the %d rows a member may see %.0f ms; fresh laptop's first "
                    + "sync %d things in %.0f ms (%.1f× the baseline, %.0f things/s); a later sync after 10 matters "
                    + "changed: %d things in %.0f ms (%d cores)%n", made.matters(), made.meetings(),
                    made.agendaItems(), made.positions(), generated, rows, baseline, first.pulled(), firstSync,
                    firstSync / baseline, first.pulled() / (firstSync / 1000), later.pulled(), laterSync,
                    Runtime.getRuntime().availableProcessors());
            assertThat(first.complete()).isTrue();
            assertThat(later.pulled()).isEqualTo(10);
        }
    }

    /** Every row of every shared table, read and counted as the member sees them (row-level security applies). */
    private static long selectEverything(DSLContext d) {
        Set<Table<?>> tables = new LinkedHashSet<>();
        for (EntityType t : Catalogue.SYNCED) {
            tables.add(t.table());
            t.lists().stream().map(ListPart::table).forEach(tables::add);
        }
        long rows = 0;
        for (Table<?> t : tables) {
            rows += d.selectFrom(t).fetchSize(1000).fetchLazy().stream().count();
        }
        return rows;
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
