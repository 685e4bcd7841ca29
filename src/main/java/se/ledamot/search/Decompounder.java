package se.ledamot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Splits a Swedish compound into the words it is made of, from a list of parts ({@code compound-parts.txt}): every
 * part but the last may drop its final vowel ("skol-gård") and be followed by a linking s ("integration-s-plan");
 * the last may be inflected ("-planen"). A word splits only when the parts cover all of it; the split with the
 * fewest parts wins. Lucene's own dictionary filter emits every dictionary word found anywhere in a word, which
 * for Swedish gives noise ("ratio" in "integration"); this one gives a whole reading or none.
 */
final class Decompounder {
    static final int MIN_WORD = 6;
    private static final int MIN_PART = 3;

    private final Set<String> parts;
    private final Set<String> stems;
    private final UnaryOperator<String> stemmer;

    Decompounder(Set<String> parts, UnaryOperator<String> stemmer) {
        this.parts = Set.copyOf(parts);
        this.stemmer = stemmer;
        Set<String> s = new HashSet<>();
        parts.forEach(p -> s.add(stemmer.apply(p)));
        this.stems = Set.copyOf(s);
    }

    /** The bundled list of parts. */
    static Decompounder standard(UnaryOperator<String> stemmer) {
        Set<String> words = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Decompounder.class.getResourceAsStream("compound-parts.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Decompounder(words, stemmer);
    }

    /**
     * The parts of a lower-case word in order: each but the last in its dictionary form, the last as written (so it
     * is stemmed like any word); empty when the word is not such a compound.
     */
    List<String> split(String word) {
        if (word.length() < MIN_WORD) {
            return List.of();
        }
        int n = word.length();
        // best[i]: fewest parts covering word[0, i) ending at a part boundary; form[i] the part that ends there.
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        String[] form = new String[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int start = 0; start < n; start++) {
            if (best[start] == Integer.MAX_VALUE) {
                continue;
            }
            for (int end = start + MIN_PART; end < n; end++) {
                String base = baseForm(word.substring(start, end));
                if (base == null) {
                    continue;
                }
                relax(best, from, form, start, end, base);
                if (word.charAt(end) == 's' && end + 1 < n) {
                    relax(best, from, form, start, end + 1, base);
                }
            }
        }
        List<String> out = new ArrayList<>();
        int bestEnd = -1;
        for (int start = 1; start <= n - MIN_PART; start++) {
            if (best[start] != Integer.MAX_VALUE && isLast(word.substring(start))
                    && (bestEnd < 0 || best[start] < best[bestEnd])) {
                bestEnd = start;
            }
        }
        if (bestEnd < 0) {
            return List.of();
        }
        out.add(word.substring(bestEnd));
        for (int at = bestEnd; at > 0; at = from[at]) {
            out.addFirst(form[at]);
        }
        return List.copyOf(out);
    }

    private static void relax(int[] best, int[] from, String[] form, int start, int end, String base) {
        if (best[start] + 1 < best[end]) {
            best[end] = best[start] + 1;
            from[end] = start;
            form[end] = base;
        }
    }

    /** The dictionary form of a non-final part: as written, or with the final vowel it drops in compounds. */
    private String baseForm(String part) {
        if (parts.contains(part)) {
            return part;
        }
        if (parts.contains(part + "a")) {
            return part + "a";
        }
        return parts.contains(part + "e") ? part + "e" : null;
    }

    private boolean isLast(String part) {
        return part.length() >= MIN_PART && (parts.contains(part) || stems.contains(stemmer.apply(part)));
    }
}
