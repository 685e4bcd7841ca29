package se.ledamot.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.document.IntPoint;
import se.ledamot.search.CouncilAnalyzer.Token;

/**
 * A {@link SearchQuery} as Lucene queries. Every word must match: its stem in the title (weighted) or anywhere,
 * or — for a compound — all of its parts near each other ("integrationsplanen" finds "plan för integration" and
 * back), or, as a
 * prefix, the beginning of a word as written. Quoted text is a phrase of stems. The filters only restrict.
 */
final class Queries {
    private static final Pattern ITEMS = Pattern.compile("\"([^\"]*)\"?|([^\\s\"]+)");
    private static final float TITLE_BOOST = 3f;
    /** How far apart a compound's parts may stand, either order: "plan för bättre integration" (stop words count). */
    private static final int PARTS_SLOP = 4;

    /** One word of the query: its stem and parts at one position, and the prefix as typed if it is one. */
    record Word(String stem, List<String> parts, String prefix) {
    }

    /** The parsed text: words and phrases (each a list of stems by position, null for a dropped word). */
    record Parsed(List<Word> words, List<TreeMap<Integer, String>> phrases) {
        boolean isEmpty() {
            return words.isEmpty() && phrases.isEmpty();
        }
    }

    private Queries() {
    }

    static Parsed parse(String text, boolean asYouType) {
        List<Word> words = new ArrayList<>();
        List<TreeMap<Integer, String>> phrases = new ArrayList<>();
        Matcher m = ITEMS.matcher(text);
        boolean typingLast = asYouType && !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));
        while (m.find()) {
            if (m.group(1) != null) {
                TreeMap<Integer, String> phrase = new TreeMap<>();
                for (Token t : CouncilAnalyzer.STEMS.tokens(m.group(1))) {
                    if (!t.part() && t.term().charAt(0) != Folding.MARK) {
                        phrase.put(t.position(), t.term());
                    }
                }
                if (!phrase.isEmpty()) {
                    phrases.add(phrase);
                }
                continue;
            }
            String raw = m.group(2);
            boolean star = raw.endsWith("*");
            boolean prefix = star || (typingLast && m.end() == text.length());
            words.addAll(words(star ? raw.substring(0, raw.length() - 1) : raw, prefix));
        }
        return new Parsed(words, phrases);
    }

    /** A typed word as one or more query words (a word such as "2019/12" holds two). */
    private static List<Word> words(String raw, boolean prefix) {
        TreeMap<Integer, String> stems = new TreeMap<>();
        TreeMap<Integer, List<String>> parts = new TreeMap<>();
        for (Token t : CouncilAnalyzer.STEMS.tokens(raw)) {
            if (t.term().charAt(0) == Folding.MARK) {
                continue;
            }
            if (t.part()) {
                parts.computeIfAbsent(t.position(), p -> new ArrayList<>()).add(t.term());
            } else {
                stems.put(t.position(), t.term());
            }
        }
        List<String> surface = CouncilAnalyzer.WORDS.tokens(raw).stream().map(Token::term)
                .filter(t -> t.charAt(0) != Folding.MARK).toList();
        List<Word> out = new ArrayList<>();
        for (var e : stems.entrySet()) {
            boolean last = e.getKey().equals(stems.lastKey());
            out.add(new Word(e.getValue(), parts.getOrDefault(e.getKey(), List.of()),
                    prefix && last && !surface.isEmpty() ? surface.getLast() : null));
        }
        if (out.isEmpty() && prefix && !surface.isEmpty()) {
            out.add(new Word(null, List.of(), surface.getLast()));
        }
        return out;
    }

    static Query build(SearchQuery q) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Parsed parsed = parse(q.text(), q.asYouType());
        boolean fold = q.ignoreDiacritics();
        for (Word w : parsed.words()) {
            all.add(word(w, fold), Occur.MUST);
        }
        for (TreeMap<Integer, String> phrase : parsed.phrases()) {
            MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
            int first = phrase.firstKey();
            phrase.forEach((position, stem) -> b.add(terms(IndexFields.ALL, stem, fold), position - first));
            all.add(b.build(), Occur.MUST);
        }
        if (parsed.isEmpty()) {
            all.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        filter(all, IndexFields.TYPE, q.types().stream().map(HitType::code).toList());
        filter(all, IndexFields.KIND, q.kinds().stream().map(k -> k.code()).toList());
        filter(all, IndexFields.STATUS, q.statuses().stream().map(s -> s.code()).toList());
        filter(all, IndexFields.PARTY, q.parties().stream().map(p -> p.toUpperCase(Locale.ROOT)).toList());
        filter(all, IndexFields.BODY, q.bodies().stream().map(b -> b.toUpperCase(Locale.ROOT)).toList());
        if (q.fromYear() != null || q.toYear() != null) {
            all.add(IntPoint.newRangeQuery(IndexFields.YEAR, q.fromYear() == null ? Integer.MIN_VALUE : q.fromYear(),
                    q.toYear() == null ? Integer.MAX_VALUE : q.toYear()), Occur.FILTER);
        }
        return all.build();
    }

    private static Query word(Word w, boolean fold) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (w.stem() != null) {
            any.add(new BoostQuery(anyOf(IndexFields.TITLE, w.stem(), fold), TITLE_BOOST), Occur.SHOULD);
            any.add(anyOf(IndexFields.ALL, w.stem(), fold), Occur.SHOULD);
        }
        if (w.parts().size() > 1) {
            // The parts near each other, in any order: "plan för integration", or inside another compound.
            MultiPhraseQuery.Builder parts = new MultiPhraseQuery.Builder().setSlop(PARTS_SLOP);
            w.parts().forEach(p -> parts.add(terms(IndexFields.ALL, p, fold)));
            any.add(parts.build(), Occur.SHOULD);
        }
        if (w.prefix() != null) {
            for (String form : forms(w.prefix(), fold)) {
                any.add(new PrefixQuery(new Term(IndexFields.WORDS, form)), Occur.SHOULD);
            }
        }
        return any.build();
    }

    private static Query anyOf(String field, String term, boolean fold) {
        Term[] terms = terms(field, term, fold);
        if (terms.length == 1) {
            return new TermQuery(terms[0]);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Term t : terms) {
            b.add(new TermQuery(t), Occur.SHOULD);
        }
        return b.build();
    }

    private static Term[] terms(String field, String term, boolean fold) {
        return forms(term, fold).stream().map(f -> new Term(field, f)).toArray(Term[]::new);
    }

    /** The index terms a query term stands for: itself, or ignoring diacritics its folded and marked forms. */
    static Set<String> forms(String term, boolean fold) {
        if (!fold) {
            return Set.of(term);
        }
        String f = Folding.fold(term);
        return new LinkedHashSet<>(List.of(f, Folding.MARK + f));
    }

    private static void filter(BooleanQuery.Builder all, String field, Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
        all.add(any.build(), Occur.FILTER);
    }
}
