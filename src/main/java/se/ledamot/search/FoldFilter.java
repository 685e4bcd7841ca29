package se.ledamot.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * After each word with diacritics, the same word without them, marked ({@link Folding#MARK}) so that it matches
 * only a search that asks to ignore diacritics: "åkesson" also gives "\u0001akesson". In Swedish å, ä and ö are
 * letters of their own ("får" is not "far"), so an ordinary search keeps them apart; a word already without
 * diacritics needs no second form, as its folded search term is itself.
 */
final class FoldFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final WordMemo<String> folds = new WordMemo<>(Folding::fold);
    private String folded;
    private State state;

    FoldFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (folded != null) {
            restoreState(state);
            term.setEmpty().append(Folding.MARK).append(folded);
            increment.setPositionIncrement(0);
            folded = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String f = folds.of(word);
        if (!f.equals(word)) {
            folded = f;
            state = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        folded = null;
        state = null;
    }
}
