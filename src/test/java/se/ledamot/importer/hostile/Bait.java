package se.ledamot.importer.hostile;

import java.util.List;

/**
 * Texts made to make a backtracking regular expression take time that grows faster than the text: a unit repeated
 * many times between a prefix and a suffix, for each field the parser looks for. A parser that reads in linear time
 * treats them like any other text.
 *
 * @param field the extractor the bait is aimed at
 */
public record Bait(String field, String name, String prefix, String unit, String suffix) {

    /** The bait grown to about {@code chars} characters. */
    public String text(int chars) {
        StringBuilder s = new StringBuilder(chars + prefix.length() + suffix.length()).append(prefix);
        while (s.length() < chars - suffix.length()) {
            s.append(unit);
        }
        return s.append(suffix).toString();
    }

    public static final List<Bait> ALL = List.of(
            new Bait("text", "blank-lines", "Motion om x\n", "\n", "ordförande!"),
            new Bait("text", "spaces-then-bar", "Motion om x\n", " ", "x |"),
            new Bait("text", "vertical-tabs", "Motion om x\n", "\u000B \u000B", "x"),
            new Bait("text", "commenter-lines", "Motion om x\n", "Anna Ek sa..\n", "sa."),
            new Bait("text", "post-date-weekdays", "Motion om x\n", "torsdag ", "x"),
            new Bait("text", "hyphenated-line-ends", "Motion om x\n", "ab-\n", "cd"),
            new Bait("text", "wrapped-lines", "Motion om x\n", "och i\n", "x"),
            new Bait("text", "lowercase-wraps", "Motion om x\n", "a b c d\n", "x"),
            new Bait("text", "column-gaps", "Motion om x\n", "aa   bb\n", ""),
            new Bait("text", "column-staircase", "Motion om x\n", "a   b   c\n ", ""),
            new Bait("text", "running-headers", "Motion om x\n", "Kommunen 1\nSida 1 av 9\n\f", "x"),
            new Bait("text", "pages-of-one-line", "", "a\f", "x"),
            new Bait("kind", "heading-topic-words", "Motion ", "om ", "x"),
            new Bait("kind", "answer-heading", "Svar på interpellation ", "från ", "x"),
            new Bait("kind", "speech-cue-lines", "", "\n \n", "herr ordförande!"),
            new Bait("kind", "kind-words", "", "interpellation medborgarförslag motionär ", ""),
            new Bait("title", "colons", "Motion om x", ":", "y"),
            new Bait("title", "kind-topic", "Motion ", "a", " om x"),
            new Bait("title", "long-line", "", "Aaaa bbbb ", ""),
            new Bait("date", "hyphen-place", "", "A-", " 2015-02-16"),
            new Bait("date", "hyphen-word", "", "Aa-", " den 3 mars 2015"),
            new Bait("date", "den-den", "Ort ", "den ", "3 mars 2015"),
            new Bait("date", "weekdays", "", "måndag, ", "3 mars 2015"),
            new Bait("date", "labelled", "Datum: ", "den ", "x"),
            new Bait("signatures", "capitals", "", "AAAAAAAAAA", ""),
            new Bait("signatures", "initials", "", "A.A.A.", ""),
            new Bait("signatures", "open-party", "", "Anna Ek (", ""),
            new Bait("signatures", "name-commas", "", "Anna Ek, ", "x"),
            new Bait("signatures", "parties", "", "(V) ", ""),
            new Bait("signatures", "apostrophes", "", "O'A’-", " (V)"),
            new Bait("signatures", "submitted-by", "", "Anna Berg Ek Lund ", "har lämnat in en"),
            new Bait("signatures", "answer-from-till", "Svar på interpellation från A ", "till ", "x"),
            new Bait("signatures", "answer-till-om", "Svar på interpellation från A till ", "a om till ", "x"),
            new Bait("addressee", "till", "Interpellation ", "till ", "x"),
            new Bait("addressee", "till-om", "Fråga ", "till A om ", "x"),
            new Bait("addressee", "roles", "Fråga till ", "ordförande ", "Anna"),
            new Bait("addressee", "role-prefix", "Fråga till ", "a ", "ordförande Anna Ek (M)"),
            new Bait("addressee", "addressed", "", "interpellation till ", "x"),
            new Bait("clauses", "commas", "Vi yrkar att x", ",", "y"),
            new Bait("clauses", "split", "Vi yrkar att x", " och att ,", "y"),
            new Bait("clauses", "att-lines", "Vi yrkar\n", "att a\n", ""),
            new Bait("clauses", "decide", "", "beslutar att ", "x"),
            new Bait("clauses", "triggers", "", "yrkar\n\n\n", "att a"),
            new Bait("clauses", "trailing-och", "Vi yrkar\natt x", " och ;", "."),
            new Bait("questions", "numbered", "", "1 A", ""),
            new Bait("questions", "numbered-words", "", "1. Hur ", ""),
            new Bait("questions", "numbered-far-mark", "", "1 A ", "?"),
            new Bait("questions", "sentences-far-mark", "Enkel fråga till A\n", "Aaaa: ", "?"),
            new Bait("questions", "intro", "", "fråga ", ":"),
            new Bait("questions", "want-to-know", "", "vill veta ", ""),
            new Bait("questions", "colon-sentences", "Enkel fråga till A\n", "A: ", "?"),
            new Bait("answer", "answer-cue", "Interpellation\n", "följande svar ", ":"),
            new Bait("answer", "answer-lines", "Svar på interpellation\n", "svar\n", ""),
            new Bait("replyDate", "by-date", "Remiss\n", "senast den 3 ", "x"),
            new Bait("replyDate", "last-day", "Remiss om x. Sista dag för ", "a ", "är"),
            new Bait("replyDate", "reply-words", "Remiss\n", "remiss svar ", "."),
            new Bait("number", "dnr", "", "Dnr ", "KS"),
            new Bait("number", "dnr-parts", "Dnr KS 2015/1", "/1", "x"),
            new Bait("meeting", "notice-lines", "", "Ändrad kallelse\n", "1. A\n2. B"),
            new Bait("meeting", "items-not-rising", "Kallelse\n", "1. A\n", "2. B"),
            new Bait("meeting", "items-rising", "Kallelse\n", "1. A\n2. B\n3. C\n", ""),
            new Bait("meeting", "wrapped-lines", "Kallelse\n1. Upprop\n2. Motion från ", "Anna Ek (V) och\n", "x"),
            new Bait("meeting", "item-people", "Kallelse\n1. Upprop\n2. Interpellation från ", "Anna Ek (V) till ",
                    " om x"),
            new Bait("meeting", "item-topics", "Kallelse\n1. Upprop\n2. Motion ", "om ", "x"),
            new Bait("meeting", "dnr-column", "Kallelse\n1. Upprop\n2. Motion om x ", "KS 2027/1 ", "\n3. B"),
            new Bait("meeting", "dnr-lines", "Kallelse\n1. Upprop\n2. Motion om x\n", "Dnr KS 2027/1\n", "3. B"),
            new Bait("meeting", "time-words", "Kallelse\nTid: ", "kl. ", "\n1. A\n2. B"),
            new Bait("meeting", "place-label", "Kallelse\nPlats: ", "a, ", "\n1. A\n2. B"),
            new Bait("meeting", "body-words", "Kallelse\n", "Barn- och ", "nämnden\n1. A\n2. B"),
            new Bait("meeting", "section-lines", "Kallelse\n1. A\n", "Förslag\n", "2. B"));
}
