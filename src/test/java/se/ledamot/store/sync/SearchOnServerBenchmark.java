package se.ledamot.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import se.ledamot.search.SearchQuery;
import se.ledamot.service.Ledamot;
import se.ledamot.service.ServerAdministration;
import se.ledamot.store.TestPostgres;

/**
 * A program working on a shared server makes its search index in memory from the server at each start: how long
 * that takes for one council of N matters (see {@link BenchCouncil}) on the test PostgreSQL (loopback), beside the
 * least it must do, one member reading the matters' rows with a plain SELECT; then one search and one search after a
 * change. Prints the figures; asserts none of them:
 * {@code xvfb-run -a mvn -q test -Dtest=SearchOnServerBenchmark -Dbenchmark=true [-Dmatters=10000]}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SearchOnServerBenchmark {
    @Test
    void theIndexOfAGeneratedCouncilMadeFromTheServer() throws Exception {
        int matters = Integer.getInteger("matters", 2_000);
        BenchCouncil.Made made = BenchCouncil.prepare(TestPostgres.get(), matters);
        String member = BenchCouncil.login("S", 2);
        String url = "postgresql://" + member + "@127.0.0.1:" + TestPostgres.get().port() + "/" + made.database();
        try (Ledamot app = Ledamot.openServer(ServerAdministration.server(url, member),
                TestPostgres.PASSWORD::toCharArray)) {
            long t0 = System.nanoTime();
            int rows = app.matters().list().size();
            double baseline = ms(t0);
            long t1 = System.nanoTime();
            app.search().prepare();
            double build = ms(t1);
            List<Double> searches = new java.util.ArrayList<>();
            for (String text : List.of("integrationsplanen", "skolan", "plan för integration")) {
                long t2 = System.nanoTime();
                assertThat(app.search().search(SearchQuery.of(text, 20))).isNotNull();
                searches.add(ms(t2));
            }
            System.out.printf("search on a server, %d matters (%s): every matter read whole %.0f ms (%d); the index"
                    + " made in memory %.0f ms (%.1f × that); searches %s ms; heap used %d MB%n", matters, made.how(),
                    baseline, rows, build, build / baseline, searches.stream().map(d -> String.format("%.0f", d))
                            .toList(), (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        } finally {
            TestPostgres.get().dropDatabase(made.database());
        }
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
