package se.ledamot.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.importer.budget.Budget;

/**
 * Where every regular expression of the parser meets text, so that each character it looks at is charged to the
 * file's budget, and the few scanners the parser needs by hand. The patterns themselves are written to run in linear
 * time: quantifiers over unbounded text are possessive or followed by something they cannot match, matches start only
 * where a word does, repetitions of groups are bounded (an unbounded one recurses once per repetition in
 * java.util.regex and overflows the stack on long input), and a pattern that would scan to the end of a line from
 * every occurrence of a word is replaced by a test of the line's end.
 */
final class Scan {
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private Scan() {
    }

    static Matcher matcher(Pattern pattern, CharSequence text) {
        return pattern.matcher(Budget.counted(text));
    }

    static boolean find(Pattern pattern, CharSequence text) {
        return matcher(pattern, text).find();
    }

    static boolean matches(Pattern pattern, CharSequence text) {
        return matcher(pattern, text).matches();
    }

    static boolean lookingAt(Pattern pattern, CharSequence text) {
        return matcher(pattern, text).lookingAt();
    }

    static int count(Pattern pattern, CharSequence text) {
        Matcher m = matcher(pattern, text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The text with the first match replaced by {@code literal} (no group references). */
    static String replaceFirst(Pattern pattern, String text, String literal) {
        return matcher(pattern, text).replaceFirst(Matcher.quoteReplacement(literal));
    }

    static String replaceAll(Pattern pattern, String text, String literal) {
        return matcher(pattern, text).replaceAll(Matcher.quoteReplacement(literal));
    }

    /** The text without any of {@code chars} at its end. */
    static String trimEnd(String text, String chars) {
        int end = text.length();
        while (end > 0 && chars.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        Budget.charge(text.length() - end + 1L);
        return text.substring(0, end);
    }

    /** The text without any of {@code chars} at its start. */
    static String trimStart(String text, String chars) {
        int start = 0;
        while (start < text.length() && chars.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        Budget.charge(start + 1L);
        return text.substring(start);
    }

    /** The words of a text written with single spaces between them (as {@link CouncilText} leaves its lines). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i > start) {
                    out.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        Budget.charge(text.length() + 1L);
        return out;
    }

    /** True for a letter of Unicode category Lu, as the patterns' {@code \p{Lu}} sees it. */
    static boolean isUpperCaseLetter(char c) {
        return Character.getType(c) == Character.UPPERCASE_LETTER;
    }
}
