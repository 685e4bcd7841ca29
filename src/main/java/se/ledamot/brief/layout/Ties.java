package se.ledamot.brief.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The spaces a line must not break at, as Swedish typesetting keeps them: a name and its party ("Anna Ek (V)": the
 * break comes before the name), a time ("kl. 18.00"), a paragraph ("§ 12", "5 kap. 11 §"), a date
 * ("den 3 november 2026"), a diarienummer ("KS 2026/615") and a number with its unit ("8 månader", "250 kr",
 * "12 %"). Found in the text itself, so every paper, heading, list and table cell keeps them wherever it wraps,
 * without each paper marking them.
 */
final class Ties {
    private static final Pattern PARTY = Pattern.compile("\\([\\p{Lu}][\\p{L}]{0,3}\\)[.,;:!?]*");
    private static final Pattern NAME = Pattern.compile("[\\p{Lu}][\\p{L}'’-]*");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}[.,;:!?)]*");
    private static final Pattern SERIES = Pattern.compile("\\p{Lu}{1,4}");
    private static final Pattern DNR = Pattern.compile("\\d{4}/\\d+.*");
    /** A paragraph's or chapter's number, a range of them, or one opening a citation: "11", "59–60", "(5". */
    private static final Pattern PARAGRAPHS = Pattern.compile("\\(?\\d+(?:[–-]\\d+)?");
    private static final Pattern AMOUNT = Pattern.compile("\\d+(?:[.,]\\d+)?");
    /** Words of a name before its surname that stay with it: "Anna-Karin Ek Lund (V)". */
    private static final int NAME_WORDS = 3;
    private static final Set<String> MONTHS = Set.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december", "january", "february", "march", "may",
            "june", "july", "august", "october");
    /** Units a number stays with: of time, money, share and count (Swedish first, then the English papers' own). */
    private static final Set<String> UNITS = Set.of("sekunder", "sekund", "sek", "minuter", "minut", "min", "timmar",
            "timme", "tim", "dagar", "dag", "dygn", "veckor", "vecka", "månader", "månad", "år", "kr", "kronor", "tkr",
            "mnkr", "mkr", "miljoner", "miljarder", "procent", "%", "st", "km", "m", "kg", "ton", "minutes", "hours",
            "days", "weeks", "months", "years", "percent");

    private Ties() {
    }

    /** For each character of the text, whether it is a space that binds the words either side of it. */
    static boolean[] in(String text) {
        boolean[] tied = new boolean[text.length()];
        List<Integer> spaces = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= text.length(); k++) {
            if (k == text.length() || text.charAt(k) == ' ') {
                words.add(text.substring(start, k));
                if (k < text.length()) {
                    spaces.add(k);
                }
                start = k + 1;
            }
        }
        for (int i = 0; i < spaces.size(); i++) {
            String before = words.get(i);
            String after = words.get(i + 1);
            String next = i + 2 < words.size() ? words.get(i + 2) : "";
            if (PARTY.matcher(after).matches() && !before.isEmpty()) {
                tied[spaces.get(i)] = true;
                for (int j = i - 1; j >= 0 && j > i - NAME_WORDS && name(words.get(j)); j--) {
                    tied[spaces.get(j)] = true;
                }
            } else if (binds(before, after, next)) {
                tied[spaces.get(i)] = true;
            }
        }
        return tied;
    }

    private static boolean binds(String wordBefore, String wordAfter, String next) {
        // Words already bound by a no-break space ("5\u00a0kap.") are read at the side that meets this space.
        String before = wordBefore.substring(wordBefore.lastIndexOf('\u00a0') + 1);
        String after = wordAfter.indexOf('\u00a0') < 0 ? wordAfter
                : wordAfter.substring(0, wordAfter.indexOf('\u00a0'));
        boolean digitAfter = !after.isEmpty() && Character.isDigit(after.charAt(0));
        return (before.equals("kl.") || before.equals("kap.")) && digitAfter
                || (before.equals("§") || before.equals("§§")) && digitAfter
                || PARAGRAPHS.matcher(before).matches() && (after.startsWith("§") || after.startsWith("kap."))
                || before.equalsIgnoreCase("den") && NUMBER.matcher(after).matches() && month(next)
                || NUMBER.matcher(before).matches() && month(after)
                || AMOUNT.matcher(before).matches() && unit(after)
                || month(before) && YEAR.matcher(after).matches()
                || SERIES.matcher(before).matches() && DNR.matcher(after).matches();
    }

    /** A word of a name: capitalised, not ending a clause ("Anna", "Anna-Karin", not "Svar." or "Sverige,"). */
    private static boolean name(String word) {
        return NAME.matcher(word).matches();
    }

    private static boolean month(String word) {
        return MONTHS.contains(bare(word));
    }

    private static boolean unit(String word) {
        return UNITS.contains(bare(word));
    }

    /** The word without what may close a clause after it ("månader.", "kr)"), in lower case. */
    private static String bare(String word) {
        return word.replaceAll("[.,;:!?)]+$", "").toLowerCase(Locale.ROOT);
    }
}
