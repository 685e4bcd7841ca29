package se.ledamot.service;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The meetings' fingerprints as the index keeps them in its commit, "id=print;id=print", and the agenda-change numbers
 * not yet committed when it looked, "3,7".
 */
final class Prints {
    private Prints() {
    }

    static Map<Long, String> parse(String text) {
        Map<Long, String> out = new HashMap<>();
        for (String entry : text.split(";")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                out.put(Long.parseLong(entry.substring(0, eq)), entry.substring(eq + 1));
            }
        }
        return out;
    }

    static String format(Map<Long, String> prints) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(prints).forEach((id, print) -> b.append(id).append('=').append(print).append(';'));
        return b.toString();
    }

    static java.util.Set<Long> parseGaps(String text) {
        return text.isEmpty() ? java.util.Set.of() : java.util.Arrays.stream(text.split(",")).map(Long::valueOf)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static String formatGaps(java.util.Set<Long> gaps) {
        return gaps.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }
}
