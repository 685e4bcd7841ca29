package se.ledamot.domain.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level comparison of two texts: the longest common subsequence of their tokens (words and the spaces
 * between them), after the common start and end are set aside so that an edit in a long answer stays cheap.
 */
public final class WordDiff {
    /**
     * Above this many token pairs (about two answers of 1,500 words each, 18 MB of table) the middle is shown as one
     * deletion and one insertion rather than compared.
     */
    static final long MAX_CELLS = 9_000_000L;
    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    public enum Kind { SAME, INSERTED, DELETED }

    public record Segment(Kind kind, String text) {
    }

    private WordDiff() {
    }

    /** The differences from the older to the newer of two versions, whichever order they are given in. */
    public static List<Segment> between(AnswerVersion a, AnswerVersion b) {
        AnswerVersion older = a.number() <= b.number() ? a : b;
        AnswerVersion newer = older == a ? b : a;
        return compare(older.text(), newer.text());
    }

    public static List<Segment> compare(String older, String newer) {
        List<String> a = tokens(older);
        List<String> b = tokens(newer);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        Builder out = new Builder();
        out.add(Kind.SAME, a.subList(0, start));
        middle(a.subList(start, endA), b.subList(start, endB), out);
        out.add(Kind.SAME, a.subList(endA, a.size()));
        return out.segments();
    }

    /** Whether the two texts differ in anything but the spacing between words. */
    public static boolean differsInWords(String older, String newer) {
        return compare(older, newer).stream()
                .anyMatch(s -> s.kind() != Kind.SAME && !s.text().isBlank());
    }

    private static void middle(List<String> a, List<String> b, Builder out) {
        // Lengths are stored as char (0..65535), which the cell limit keeps well within.
        if ((long) a.size() * b.size() > MAX_CELLS || a.size() >= Character.MAX_VALUE
                || b.size() >= Character.MAX_VALUE) {
            out.add(Kind.DELETED, a);
            out.add(Kind.INSERTED, b);
            return;
        }
        // Tokens as numbers, so the inner loop compares ints rather than strings.
        Map<String, Integer> ids = new HashMap<>();
        int[] x = a.stream().mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).toArray();
        int[] y = b.stream().mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).toArray();
        char[][] lcs = new char[x.length + 1][y.length + 1];
        for (int i = x.length - 1; i >= 0; i--) {
            char[] row = lcs[i];
            char[] below = lcs[i + 1];
            for (int j = y.length - 1; j >= 0; j--) {
                row[j] = x[i] == y[j] ? (char) (below[j + 1] + 1) : (char) Math.max(below[j], row[j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                out.add(Kind.SAME, a.get(i++));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(Kind.DELETED, a.get(i++));
            } else {
                out.add(Kind.INSERTED, b.get(j++));
            }
        }
        out.add(Kind.DELETED, a.subList(i, a.size()));
        out.add(Kind.INSERTED, b.subList(j, b.size()));
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Joins neighbouring tokens of one kind into one segment. */
    private static final class Builder {
        private final List<Segment> segments = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private Kind runKind;

        void add(Kind kind, List<String> tokens) {
            for (String t : tokens) {
                add(kind, t);
            }
        }

        void add(Kind kind, String token) {
            if (token.isEmpty()) {
                return;
            }
            if (kind != runKind) {
                close();
                runKind = kind;
            }
            run.append(token);
        }

        List<Segment> segments() {
            close();
            return segments;
        }

        private void close() {
            if (runKind != null && !run.isEmpty()) {
                segments.add(new Segment(runKind, run.toString()));
            }
            run.setLength(0);
        }
    }
}
