package se.ledamot.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** After each compound, its parts ({@link Decompounder}) at the same position, typed {@link #PART}. */
final class CompoundFilter extends TokenFilter {
    static final String PART = "part";

    private final WordMemo<List<String>> splits;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State state;

    CompoundFilter(TokenStream input, Decompounder decompounder) {
        super(input);
        this.splits = new WordMemo<>(decompounder::split);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(pending.removeFirst());
            increment.setPositionIncrement(0);
            type.setType(PART);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() >= Decompounder.MIN_WORD) {
            pending.addAll(splits.of(term.toString()));
            if (!pending.isEmpty()) {
                state = captureState();
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }
}
