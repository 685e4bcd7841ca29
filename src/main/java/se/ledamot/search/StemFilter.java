package se.ledamot.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Each word's stem by the Snowball Swedish stemmer, applied until it settles. One pass removes one ending: the
 * definite "skolskjutsen" keeps an s that the indefinite "skolskjuts" loses ("skolskjuts" against "skolskjut");
 * the second pass brings both to "skolskjut".
 */
final class StemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final SwedishStemmer stemmer = new SwedishStemmer();
    private final WordMemo<String> stems = new WordMemo<>(word -> stem(stemmer, word));

    StemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String stem = stems.of(term.toString());
        term.setEmpty().append(stem);
        return true;
    }

    static String stem(SwedishStemmer stemmer, String word) {
        String current = word;
        for (int pass = 0; pass < 2; pass++) {
            stemmer.setCurrent(current);
            stemmer.stem();
            String next = stemmer.getCurrent();
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }
}
