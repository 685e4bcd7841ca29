package se.ledamot.search;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What one step of the analysis made of a word, remembered: text repeats its words, and splitting a compound, stemming
 * and folding each cost far more than a lookup (an index build over 100 000 matters spent most of its time on them).
 * One per token filter, so one per thread, as Lucene gives each thread filters of its own; emptied when full, so it
 * stays small with any text.
 */
final class WordMemo<V> {
    private static final int MOST = 4_096;

    private final Function<String, V> analysis;
    private final Map<String, V> known = new HashMap<>();

    WordMemo(Function<String, V> analysis) {
        this.analysis = analysis;
    }

    V of(String word) {
        V v = known.get(word);
        if (v == null) {
            if (known.size() >= MOST) {
                known.clear();
            }
            v = analysis.apply(word);
            known.put(word, v);
        }
        return v;
    }
}
