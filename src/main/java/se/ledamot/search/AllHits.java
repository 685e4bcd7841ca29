package se.ledamot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Every hit of a query as ids, best first or in the index's order. The register wants all of them (a hundred
 * thousand when one letter is typed): Lucene's top-hits collector asked for that many keeps a heap the size of the
 * index and costs more than the search itself. Here each hit's id is read from its doc value as it is collected,
 * and the ranking is one sort of primitive keys: score down, then the document's place in the index up, which is
 * the order the top-hits collector gives.
 */
final class AllHits implements CollectorManager<AllHits.Hits, long[]> {
    private final boolean ranked;
    private final int limit;

    /** {@code limit} counts only when ranked: the best that many. */
    AllHits(boolean ranked, int limit) {
        this.ranked = ranked;
        this.limit = limit;
    }

    @Override
    public Hits newCollector() {
        return new Hits(ranked);
    }

    @Override
    public long[] reduce(Collection<Hits> collectors) {
        List<Leaf> leaves = new ArrayList<>();
        collectors.forEach(c -> leaves.addAll(c.leaves));
        // Leaf by leaf in the index's order: a hit's place in these arrays is its place in the index.
        leaves.sort(Comparator.comparingInt(l -> l.docBase));
        int total = leaves.stream().mapToInt(l -> l.count).sum();
        long[] ids = new long[total];
        float[] scores = ranked ? new float[total] : null;
        int at = 0;
        for (Leaf l : leaves) {
            System.arraycopy(l.ids, 0, ids, at, l.count);
            if (ranked) {
                System.arraycopy(l.scores, 0, scores, at, l.count);
            }
            at += l.count;
        }
        return ranked ? best(ids, scores) : ids;
    }

    private long[] best(long[] ids, float[] scores) {
        long[] keys = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            // Scores are never negative, so their bits order as they do; the higher score gets the lower key.
            keys[i] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(scores[i])) << 32) | i;
        }
        Arrays.sort(keys);
        long[] out = new long[Math.min(limit, keys.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids[(int) keys[i]];
        }
        return out;
    }

    /** The hits of one leaf of the index, in its order. */
    private static final class Leaf {
        final int docBase;
        long[] ids = new long[256];
        float[] scores;
        int count;

        Leaf(int docBase, boolean ranked) {
            this.docBase = docBase;
            this.scores = ranked ? new float[256] : null;
        }

        void add(long id, float score) {
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
                if (scores != null) {
                    scores = Arrays.copyOf(scores, count * 2);
                }
            }
            ids[count] = id;
            if (scores != null) {
                scores[count] = score;
            }
            count++;
        }
    }

    /** Collects the hits of the leaves it is given. */
    static final class Hits implements Collector {
        private final boolean ranked;
        private final List<Leaf> leaves = new ArrayList<>();

        Hits(boolean ranked) {
            this.ranked = ranked;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Leaf leaf = new Leaf(context.docBase, ranked);
            leaves.add(leaf);
            NumericDocValues values = context.reader().getNumericDocValues(IndexFields.ID);
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable s) {
                    scorer = s;
                }

                @Override
                public void collect(int doc) throws IOException {
                    long id = values != null && values.advanceExact(doc) ? values.longValue() : -1;
                    leaf.add(id, ranked ? scorer.score() : 0);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ranked ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
