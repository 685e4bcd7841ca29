package se.ledamot.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import se.ledamot.search.CouncilAnalyzer.Token;
import se.ledamot.search.Hit.Mark;
import se.ledamot.search.Hit.Snippet;

/**
 * Marks the words of a text that a query matched, by the same rules as the search: a word whose stem is a query
 * word's, a compound holding a query compound's parts (or a query word as its part), a word beginning with a typed
 * prefix. Also cuts a snippet around the densest run of marks.
 */
final class Highlights {
    private static final int SNIPPET = 180;

    private final Set<String> stems = new HashSet<>();
    private final Set<String> parts = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    private final boolean fold;

    Highlights(SearchQuery q) {
        this.fold = q.ignoreDiacritics();
        Queries.Parsed parsed = Queries.parse(q.text(), q.asYouType());
        for (Queries.Word w : parsed.words()) {
            if (w.stem() != null) {
                stems.add(norm(w.stem()));
                parts.add(norm(w.stem()));
            }
            w.parts().forEach(p -> parts.add(norm(p)));
            if (w.prefix() != null) {
                prefixes.add(norm(w.prefix()));
            }
        }
        for (TreeMap<Integer, String> phrase : parsed.phrases()) {
            phrase.values().forEach(s -> stems.add(norm(s)));
        }
    }

    private String norm(String term) {
        return fold ? Folding.fold(term) : term;
    }

    /** The stretches of the text that matched, in order, not overlapping. */
    List<Mark> marks(String text) {
        if (text == null || text.isEmpty() || (stems.isEmpty() && parts.isEmpty() && prefixes.isEmpty())) {
            return List.of();
        }
        TreeMap<Integer, Integer> found = new TreeMap<>();
        for (Token t : CouncilAnalyzer.STEMS.tokens(text)) {
            if (t.term().charAt(0) == Folding.MARK) {
                continue;
            }
            String term = norm(t.term());
            if (parts.contains(term)) {
                found.merge(t.start(), t.end(), Math::max);
            }
        }
        if (!prefixes.isEmpty()) {
            for (Token t : CouncilAnalyzer.WORDS.tokens(text)) {
                String term = norm(t.term());
                if (t.term().charAt(0) != Folding.MARK && prefixes.stream().anyMatch(term::startsWith)) {
                    found.merge(t.start(), t.end(), Math::max);
                }
            }
        }
        List<Mark> out = new ArrayList<>();
        for (var e : found.entrySet()) {
            if (!out.isEmpty() && e.getKey() < out.getLast().end()) {
                Mark last = out.removeLast();
                out.add(new Mark(last.start(), Math.max(last.end(), e.getValue())));
            } else {
                out.add(new Mark(e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    /** About {@value #SNIPPET} characters around the place with most marks, cut at spaces, on one line. */
    Snippet snippet(String text) {
        List<Mark> marks = marks(text);
        if (marks.isEmpty()) {
            return Snippet.NONE;
        }
        int bestStart = 0;
        int bestCount = 0;
        for (int i = 0; i < marks.size(); i++) {
            int count = 0;
            for (int j = i; j < marks.size() && marks.get(j).end() - marks.get(i).start() <= SNIPPET; j++) {
                count++;
            }
            if (count > bestCount) {
                bestCount = count;
                bestStart = i;
            }
        }
        int from = Math.max(0, marks.get(bestStart).start() - SNIPPET / 4);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space < 0 || space > marks.get(bestStart).start() ? from : space + 1;
        }
        int to = Math.min(text.length(), from + SNIPPET);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > from ? space : to;
        }
        String piece = text.substring(from, to).replace('\n', ' ').replace('\r', ' ');
        String prefix = from > 0 ? "…" : "";
        String suffix = to < text.length() ? "…" : "";
        List<Mark> inside = new ArrayList<>();
        for (Mark m : marks) {
            if (m.start() >= from && m.end() <= to) {
                inside.add(new Mark(m.start() - from + prefix.length(), m.end() - from + prefix.length()));
            }
        }
        return new Snippet(prefix + piece + suffix, inside);
    }
}
