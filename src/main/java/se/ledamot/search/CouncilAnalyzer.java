package se.ledamot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * How Ledamot reads Swedish text for search. {@link #STEMS}: words lower-cased, common words dropped, compounds
 * split into their parts, every word reduced to its stem by the Snowball Swedish stemmer ({@link StemFilter}:
 * "motionen", "motioner" → "motion"), plus a folded form of words with diacritics. {@link #WORDS}: the words as written, lower-cased, with
 * their folded forms, for prefixes typed so far ("integrationsp…") and for highlighting.
 */
final class CouncilAnalyzer extends Analyzer {
    /** One token of analysed text: its term, whether it is a compound's part, where it starts in the position. */
    record Token(String term, boolean part, int position, int start, int end) {
    }

    static final CouncilAnalyzer STEMS = new CouncilAnalyzer(true);
    static final CouncilAnalyzer WORDS = new CouncilAnalyzer(false);

    private final boolean stems;

    private CouncilAnalyzer(boolean stems) {
        this.stems = stems;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream sink = new LowerCaseFilter(source);
        if (stems) {
            sink = new StopFilter(sink, SwedishAnalyzer.getDefaultStopSet());
            SwedishStemmer partStemmer = new SwedishStemmer();
            sink = new CompoundFilter(sink, Decompounder.standard(word -> StemFilter.stem(partStemmer, word)));
            sink = new StemFilter(sink);
        }
        return new TokenStreamComponents(source, new FoldFilter(sink));
    }

    /** The tokens of a text, in order, with their positions (counted from 0) and character offsets. */
    List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Token(term.toString(), CompoundFilter.PART.equals(type.type()), position,
                        offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
