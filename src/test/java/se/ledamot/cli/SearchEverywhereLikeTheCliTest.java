package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ledamot.search.Hit;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.find.FindViewModel;

/**
 * The window's search of everything (Ctrl+K) finds what {@code search TEXT --json} prints, in the same order once
 * grouped by type: the same service answers the same question. While a word is being typed the card reads it as the
 * beginning of a word, as the command line reads {@code word*}; a space ends the word, and then the card asks
 * exactly what the command line asks for the same text.
 */
class SearchEverywhereLikeTheCliTest extends CommandLineTest {
    @Test
    void theWindowsSearchShowsTheCommandLinesHitsGroupedByType() throws Exception {
        assertThat(run("generate", "--matters", "300", "--seed", "15")).as(err).isZero();
        // What is typed in the card, and what the command line is asked for the same hits.
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("integrationsplanen ", "integrationsplanen");
        queries.put("integrationsp", "integrationsp*");
        queries.put("skolan ", "skolan");
        queries.put("sko", "sko*");
        queries.put("kommunfullmäktige ", "kommunfullmäktige");
        queries.put("budget*", "budget*");
        queries.put("\"plan för integration\"", "\"plan för integration\"");
        queries.put("Socialdemokraterna ", "Socialdemokraterna");
        queries.put("Svens", "Svens*");
        Map<String, List<String>> cli = new LinkedHashMap<>();
        for (String q : queries.values()) {
            assertThat(run("search", q, "--json")).as(err).isZero();
            List<String> hits = new ArrayList<>();
            for (JsonNode h : json.readTree(out)) {
                if (!h.get("snippet").isNull()) {
                    // The same search prints the same bytes: the snippet's keys in one order.
                    List<String> keys = new ArrayList<>();
                    h.get("snippet").fieldNames().forEachRemaining(keys::add);
                    assertThat(keys).isEqualTo(List.of("text", "marks"));
                }
                hits.add(h.get("type").asText() + " " + h.get("id").asText() + " " + h.get("label").asText()
                        + " " + h.get("label_marks"));
            }
            cli.put(q, hits);
        }
        int types = 0;
        try (TestContext window = new TestContext(data)) {
            FindViewModel find = new FindViewModel(window.context);
            for (var q : queries.entrySet()) {
                find.textProperty().set(q.getKey());
                List<String> shown = find.hits().stream().map(SearchEverywhereLikeTheCliTest::line).toList();
                assertThat(shown).as(q.getKey()).isEqualTo(groupedByType(cli.get(q.getValue())));
                types = Math.max(types, (int) find.rows().stream().filter(r -> r.isHeading()).count());
            }
        }
        assertThat(cli.values()).allSatisfy(hits -> assertThat(hits).isNotEmpty());
        assertThat(types).as("some query finds several types of things").isGreaterThanOrEqualTo(3);
    }

    private static String line(Hit h) {
        return h.type().code() + " " + (h.id() == 0 ? "null" : h.id()) + " " + h.label() + " "
                + h.labelMarks().stream().map(m -> "[" + m.start() + "," + m.end() + "]").toList().toString()
                        .replace(" ", "");
    }

    /** The command line's ranked hits, each type's together, the types in the order of their best hit. */
    private static List<String> groupedByType(List<String> hits) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        hits.forEach(h -> groups.computeIfAbsent(h.substring(0, h.indexOf(' ')), t -> new ArrayList<>()).add(h));
        return groups.values().stream().flatMap(List::stream).toList();
    }
}
