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

    /**
     * About {@value #SNIPPET} characters around the place with most marks, cut at spaces, on one line: lines that
     * end a sentence go on after a space, others (att-satser, questions, headings) after " · ", so each reads as
     * an item of its own.
     */
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
            int space = from;
            while (space < marks.get(bestStart).start() && !Character.isWhitespace(text.charAt(space))) {
                space++;
            }
            from = space < marks.get(bestStart).start() ? space + 1 : from;
        }
        int to = Math.min(text.length(), from + SNIPPET);
        if (to < text.length()) {
            int space = to;
            while (space > from && !Character.isWhitespace(text.charAt(space))) {
                space--;
            }
            to = space > from ? space : to;
        }
        String prefix = from > 0 ? "…" : "";
        String suffix = to < text.length() ? "…" : "";
        OneLine line = OneLine.of(text, from, to, prefix.length());
        List<Mark> inside = new ArrayList<>();
        for (Mark m : marks) {
            if (m.start() >= from && m.end() <= to) {
                inside.add(new Mark(line.at(m.start()), line.at(m.end())));
            }
        }
        String piece = line.text();
        return new Snippet(prefix + piece + suffix, inside);
    }

    /** A stretch of a text on one line, and where each of its characters went. */
    private record OneLine(String text, int[] moved, int from) {
        private static final String BREAK = " · ";

        static OneLine of(String text, int from, int to, int shift) {
            StringBuilder out = new StringBuilder();
            int[] moved = new int[to - from + 1];
            int i = from;
            while (i < to) {
                moved[i - from] = shift + out.length();
                char c = text.charAt(i);
                if (!Character.isWhitespace(c)) {
                    out.append(c);
                    i++;
                    continue;
                }
                int end = i;
                boolean lineBreak = false;
                while (end < to && Character.isWhitespace(text.charAt(end))) {
                    lineBreak |= text.charAt(end) == '\n' || text.charAt(end) == '\r';
                    end++;
                }
                boolean edge = out.isEmpty() || end == to;
                String gap = edge ? "" : lineBreak && !endsSentence(out) ? BREAK : " ";
                for (int j = i; j < end; j++) {
                    moved[j - from] = shift + out.length();
                }
                out.append(gap);
                i = end;
            }
            moved[to - from] = shift + out.length();
            return new OneLine(out.toString(), moved, from);
        }

        private static boolean endsSentence(StringBuilder s) {
            return ".!?:;…·".indexOf(s.charAt(s.length() - 1)) >= 0;
        }

        /** Where a place of the original text is in this line (a mark's start or end). */
        int at(int original) {
            return moved[original - from];
        }
    }
}
