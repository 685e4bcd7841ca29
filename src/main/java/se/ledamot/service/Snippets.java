package se.ledamot.service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.search.Hit;
import se.ledamot.search.HitType;
import se.ledamot.search.SearchIndex;
import se.ledamot.search.SearchQuery;
import se.ledamot.store.SearchFeed;

/**
 * Snippets for the hits shown: the texts are read from the database for these few hits only (the index keeps no
 * copy of them), and the part around what matched is cut out — from an answer for an answer, else from the body,
 * the att-satser or the questions, whichever matched first.
 */
final class Snippets {
    private Snippets() {
    }

    static List<Hit> add(SearchQuery query, List<Hit> hits, SearchFeed feed) {
        List<Long> ids = hits.stream().filter(h -> h.type() == HitType.MATTER || h.type() == HitType.ANSWER)
                .map(Hit::id).distinct().toList();
        if (ids.isEmpty() || !query.hasText()) {
            return hits;
        }
        Map<Long, Matter> matters = feed.matters(ids).stream().map(d -> d.matter())
                .collect(Collectors.toMap(Matter::id, Function.identity()));
        return hits.stream().map(h -> {
            Matter m = matters.get(h.id());
            if (m == null || (h.type() != HitType.MATTER && h.type() != HitType.ANSWER)) {
                return h;
            }
            Hit.Snippet s = of(query, m, h.type() == HitType.ANSWER);
            return s.marks().isEmpty() ? h : h.withSnippet(s);
        }).toList();
    }

    /** The snippet of a matter (of its answer alone for an answer's hit), or {@link Hit.Snippet#NONE}. */
    static Hit.Snippet of(SearchQuery query, Matter m, boolean answerOnly) {
        List<String> texts = answerOnly ? List.of(m.answer())
                : List.of(m.body(), attSatser(m), MatterField.QUESTIONS.textOf(m), m.answer());
        for (String text : texts) {
            Hit.Snippet s = SearchIndex.snippet(query, text);
            if (!s.marks().isEmpty()) {
                return s;
            }
        }
        return Hit.Snippet.NONE;
    }

    /** The att-satser as the motion writes them, one a line: "att …" (they are stored without their "att"). */
    private static String attSatser(Matter m) {
        return m.proposals().stream().map(p -> p.regionMatches(true, 0, "att ", 0, 4) ? p : "att " + p)
                .collect(Collectors.joining("\n"));
    }
}
