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
 * A program working on a shared server makes its search index from the server at its first start and keeps it: how
 * long that takes for one council of N matters (see {@link BenchCouncil}) on the test PostgreSQL (loopback), and how
 * long the next start takes to find it up to date, beside one member reading every matter whole; then three
 * searches. Prints the figures; asserts none of them:
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
        ServerAdministration.Server server = ServerAdministration.server(url, member);
        try {
            for (String start : List.of("first start, the index made", "next start, the index kept")) {
                try (Ledamot app = Ledamot.openServer(server, TestPostgres.PASSWORD::toCharArray)) {
                    long t0 = System.nanoTime();
                    int rows = app.matters().list().size();
                    double baseline = ms(t0);
                    long t1 = System.nanoTime();
                    app.search().prepare();
                    double build = ms(t1);
                    List<String> searches = new java.util.ArrayList<>();
                    for (String text : List.of("integrationsplanen", "skolan", "plan för integration")) {
                        long t2 = System.nanoTime();
                        assertThat(app.search().search(SearchQuery.of(text, 20))).isNotNull();
                        searches.add(String.format("%.0f", ms(t2)));
                    }
                    List<String> keystrokes = new java.util.ArrayList<>();
                    for (String typed : List.of("i", "in", "int", "inte", "integ", "integr")) {
                        long t3 = System.nanoTime();
                        app.search().matterIds(SearchQuery.of(typed, 200).typing(true));
                        keystrokes.add(String.format("%.0f", ms(t3)));
                    }
                    System.out.printf("search on a server, %d matters (%s), %s: every matter read whole %.0f ms (%d);"
                            + " the index ready %.0f ms (%.2f × that); searches %s ms; the register's keystrokes %s ms%n",
                            matters, made.how(), start, baseline, rows, build, build / baseline, searches, keystrokes);
                }
            }
        } finally {
            TestPostgres.get().dropDatabase(made.database());
        }
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
