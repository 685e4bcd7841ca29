package se.ledamot.importer.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.ledamot.importer.budget.Budget;

/**
 * A text as a printed page gives it back, made into running text again before it is read: headers and footers repeated
 * on every page (and page numbers) left out — a header with the registration number kept once — two columns of text put one after the other, words hyphenated at a line's
 * end joined, and lines wrapped mid-sentence joined. Pages are separated by form feeds, as PDF readers and
 * {@code pdftotext} give them. Each step is one pass over the lines: linear time.
 */
final class PrintedText {
    /** Lines at a page's top and bottom looked at for a running header or footer. */
    private static final int RUNNING_LINES = 3;
    /** The end of a line's last word looked at when joining: longer than any word that matters here. */
    private static final int LONGEST_WORD = 40;
    /** A gap of this many spaces inside a line may separate two columns. */
    private static final int GUTTER = 3;
    /** "Sida 2 av 3", "2 (3)", "- 2 -", "2/3", "2". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?:sida\\s++)?\\d{1,4}+(?:\\s*+(?:av|/)\\s*+\\d{1,4}+|\\s*+\\(\\d{1,4}+\\))?|[-–]\\s*+\\d{1,4}+\\s*+[-–]",
            Scan.FLAGS);
    /** Words a Swedish sentence or heading never ends with: a line ending with one goes on in the next. */
    private static final Set<String> GOES_ON = Set.of("i", "om", "på", "till", "för", "av", "med", "vid", "från",
            "att", "en", "ett", "den", "det", "de", "som", "inom", "under", "efter", "mot", "samt", "eller", "och",
            "varje", "alla", "hos", "utan", "mellan", "genom", "över", "kring", "enligt", "än");
    /** "barn-" followed by "och ungdomsnämnden" is a word left open, not a word broken. */
    private static final Set<String> OPEN_COMPOUND = Set.of("och", "eller", "samt", "respektive", "till");

    private PrintedText() {
    }

    static String of(String text) {
        Budget.charge(text.length());
        List<List<String>> pages = pages(text);
        List<String> lines = pages.size() > 1 ? withoutRunningLines(pages) : pages.getFirst();
        return String.join("\n", joined(columns(lines)));
    }

    /** The lines of each page, without carriage returns or trailing spaces. */
    private static List<List<String>> pages(String text) {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\f') {
                page.add(Scan.trimEnd(text.substring(start, i), " \t\r"));
                start = i + 1;
                if (c == '\f') {
                    pages.add(page);
                    page = new ArrayList<>();
                }
            }
        }
        pages.add(page);
        return pages;
    }

    /**
     * Leaves out the lines at the top or bottom of a page that recur at the top or bottom of another page (digits
     * aside, so "Sida 1" and "Sida 2" are the same footer), and page numbers there.
     */
    private static List<String> withoutRunningLines(List<List<String>> pages) {
        Map<String, Integer> onPages = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> seen = new HashSet<>();
            for (int i : runningZone(page)) {
                // Stripped, as each line is looked up below: a head indented by a tab was counted under another key.
                String key = key(page.get(i).strip());
                if (seen.add(key)) {
                    onPages.merge(key, 1, Integer::sum);
                }
            }
        }
        List<String> out = new ArrayList<>();
        Set<String> keptOnce = new HashSet<>();
        for (List<String> page : pages) {
            Set<Integer> drop = new HashSet<>();
            for (int i : runningZone(page)) {
                String line = page.get(i).strip();
                String key = key(line);
                boolean running = onPages.get(key) > 1;
                if (running && isNumber(key) && keptOnce.add(key)) {
                    continue;
                }
                if (running || Scan.matches(PAGE_NUMBER, line)) {
                    drop.add(i);
                }
            }
            for (int i = 0; i < page.size(); i++) {
                if (!drop.contains(i)) {
                    out.add(page.get(i));
                }
            }
        }
        return out;
    }

    /** A header with the matter's registration number ("Dnr KS 2024/11") is kept once: it is the matter's number. */
    private static boolean isNumber(String key) {
        return key.contains("dnr") || key.contains("diarienr") || key.contains("diarienummer");
    }

    /** The first and last few non-empty lines of a page. */
    private static Set<Integer> runningZone(List<String> page) {
        Set<Integer> zone = new HashSet<>();
        for (int i = 0, n = 0; i < page.size() && n < RUNNING_LINES; i++) {
            if (!page.get(i).isBlank()) {
                zone.add(i);
                n++;
            }
        }
        for (int i = page.size() - 1, n = 0; i >= 0 && n < RUNNING_LINES; i--) {
            if (!page.get(i).isBlank()) {
                zone.add(i);
                n++;
            }
        }
        return zone;
    }

    /** A line as compared between pages: lower case, whitespace evened out, every digit the same. */
    private static String key(String line) {
        StringBuilder k = new StringBuilder(line.length());
        for (String word : Scan.words(line.toLowerCase(Locale.ROOT))) {
            if (!k.isEmpty()) {
                k.append(' ');
            }
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                k.append(Character.isDigit(c) ? '#' : c);
            }
        }
        return k.toString();
    }

    /**
     * Two columns side by side (lines with a gap of spaces at the same place, at least two of them in a paragraph)
     * become the left column's lines followed by the right column's. A paragraph is looked at once: the scan goes on
     * after it whether it had columns or not.
     */
    private static List<String> columns(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int column = rightColumn(lines.get(i));
            if (column < 0) {
                out.add(lines.get(i++));
                continue;
            }
            int j = i;
            int split = 0;
            while (j < lines.size() && !lines.get(j).isBlank()) {
                String line = lines.get(j);
                int c = rightColumn(line);
                if (c >= 0 && Math.abs(c - column) <= GUTTER) {
                    split++;
                } else if (c >= 0 || line.length() >= column - 1 && indent(line) < column - GUTTER) {
                    break;
                }
                j++;
            }
            if (split >= 2) {
                List<String> right = new ArrayList<>();
                for (int k = i; k < j; k++) {
                    String line = lines.get(k);
                    int c = rightColumn(line);
                    if (c >= 0) {
                        out.add(line.substring(0, c).strip());
                        right.add(line.substring(c).strip());
                    } else if (indent(line) >= column - GUTTER) {
                        right.add(line.strip());
                    } else {
                        out.add(line.strip());
                    }
                }
                out.addAll(right);
            } else {
                out.addAll(lines.subList(i, Math.max(j, i + 1)));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /** Where the text after the first gap of {@link #GUTTER} or more spaces inside a line starts; -1 without one. */
    private static int rightColumn(String line) {
        int spaces = 0;
        boolean text = false;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ') {
                spaces++;
            } else {
                if (text && spaces >= GUTTER) {
                    return i;
                }
                text = true;
                spaces = 0;
            }
        }
        return -1;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * Lines broken where the page ended, not where the writer ended them, joined back. The line being joined grows in
     * a builder, and only its end is looked at, so a text of a thousand broken lines is still read in linear time.
     */
    private static List<String> joined(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        StringBuilder current = null;
        int spaces = 0;
        for (String raw : lines) {
            String line = raw.strip();
            Join how = current == null || line.isEmpty() ? Join.NO : join(current, spaces, line);
            switch (how) {
                case NO -> {
                    if (current != null) {
                        out.add(current.toString());
                    }
                    current = line.isEmpty() ? null : new StringBuilder(raw);
                    spaces = 0;
                    if (line.isEmpty()) {
                        out.add(raw);
                    }
                }
                case WORD -> current.setLength(current.length() - 1);
                case SPACE -> {
                    current.append(' ');
                    spaces++;
                }
            }
            if (how != Join.NO) {
                current.append(line);
            }
            spaces += count(line, ' ');
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    /** How a line goes on from the one before: not at all, as the rest of a hyphenated word, or after a space. */
    private enum Join { NO, WORD, SPACE }

    private static Join join(StringBuilder before, int spaces, String line) {
        int end = before.length();
        while (end > 0 && before.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0) {
            return Join.NO;
        }
        // Only the last word's end is looked at: a line of one endless word must not be read again at every join.
        int wordStart = end;
        while (wordStart > 0 && end - wordStart < LONGEST_WORD && before.charAt(wordStart - 1) != ' ') {
            wordStart--;
        }
        String lastWord = before.substring(wordStart, end);
        String firstWord = firstWord(line);
        boolean lowerNext = Character.isLowerCase(line.charAt(0));
        if (end == before.length() && lastWord.endsWith("-") && lastWord.length() >= 3
                && Character.isLetter(lastWord.charAt(lastWord.length() - 2)) && lowerNext) {
            return OPEN_COMPOUND.contains(firstWord) ? Join.SPACE : Join.WORD;
        }
        if (firstWord.equals("att") || endsSentence(lastWord) || startsItem(line)) {
            return Join.NO;
        }
        if (GOES_ON.contains(lastWord.toLowerCase(Locale.ROOT)) || lowerNext && spaces >= 3) {
            return Join.SPACE;
        }
        return Join.NO;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':' || last == ';';
    }

    /** A line that is an item of a list ("- …", "• …", "2. …") starts anew; it does not go on with the line before. */
    private static boolean startsItem(String line) {
        char first = line.charAt(0);
        if (first == '•' || first == '*' || first == '-' || first == '–' || first == '—') {
            return true;
        }
        int digits = 0;
        while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        return digits > 0 && digits < line.length() && ".):".indexOf(line.charAt(digits)) >= 0;
    }

    private static String firstWord(String line) {
        int space = line.indexOf(' ');
        return (space < 0 ? line : line.substring(0, space)).toLowerCase(Locale.ROOT);
    }
}
