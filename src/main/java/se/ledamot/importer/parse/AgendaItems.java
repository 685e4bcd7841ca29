package se.ledamot.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.importer.budget.Budget;

/**
 * The numbered items of a föredragningslista: "1. Upprop", "§ 3 Motion från …", "4 Val av justerare", each with the
 * lines it was wrapped over and its Dnr, in a column ("… om fler KS 2027/12" then "cykelbanor") or after the title
 * ("Dnr: KS 2027/12"). Numbers must rise, so a numbered list in an item's summary or a page number is not an item. One
 * pass over the lines.
 */
final class AgendaItems {
    /** An item's number at the start of a line and a capital letter after it. Anchored: linear. */
    private static final Pattern ITEM = Pattern.compile("(?:§\\s*+)?(?<n>\\d{1,3})(?:\\s*+§)?[.):]?\\s++(?=\\p{Lu})");
    /** A Dnr: letters, a year, a number and at most four more parts, with or without "Dnr" before it. */
    static final Pattern DNR = Pattern.compile("(?<![\\p{L}\\d/])(?:(?:[Dd]nr|DNR|[Dd]iarienummer)\\s*+[:.]?\\s*+)?"
            + "(?<n>\\p{Lu}{1,8}\\s?\\d{4}[/.:-]\\d{1,6}(?:[./-]\\d{1,6}){0,4})(?![\\p{L}\\d])");
    /** A page's furniture: "Sida 2 av 4", "2 (4)", a bare number. */
    private static final Pattern PAGE = Pattern.compile("(?:sida\\s++\\d{1,4}(?:\\s++av\\s++\\d{1,4})?"
            + "|\\d{1,4}\\s*+\\(\\d{1,4}\\)|\\d{1,4})", Scan.FLAGS);
    /** Headings of an item's text in a föredragningslista with summaries: where the item's own heading ends. */
    private static final Set<String> SECTIONS = Set.of("förslag", "beslutsunderlag", "sammanfattning", "ärendet",
            "ärendebeskrivning", "handlingar", "bilaga", "bilagor", "föredragande", "beslutet", "yrkande", "bakgrund",
            "ärende", "nr");
    /** A heading is at most this many lines; more is the item's summary. */
    private static final int MAX_WRAPPED = 4;
    private static final int MAX_HEADING = 400;

    /** One item as found: its number, its heading on one line (Dnr taken out), its Dnr, and whether it was wrapped. */
    record Raw(int number, String text, String dnr, boolean wrapped, String proposal) {
    }

    /** Lines looked through after an item's heading for its förslag till beslut. */
    private static final int MAX_ITEM_LINES = 300;

    private AgendaItems() {
    }

    /** The items from line {@code from} on; {@code furniture} are lines (a page header) that never continue one. */
    static List<Raw> of(CouncilText text, int from, Set<String> furniture) {
        List<Raw> out = new ArrayList<>();
        int last = -1;
        int i = from;
        while (i < text.size()) {
            String line = text.line(i);
            Matcher m = Scan.matcher(ITEM, line);
            int number = m.lookingAt() ? Integer.parseInt(m.group("n")) : -1;
            if (number < 0 || number <= last && !out.isEmpty() || !out.isEmpty() && number > last + 5) {
                i++;
                continue;
            }
            StringBuilder heading = new StringBuilder(line.substring(m.end()));
            String dnr = null;
            int wrapped = 0;
            int j = i + 1;
            for (; j < text.size() && wrapped < MAX_WRAPPED; j++) {
                String next = text.line(j);
                String alone = dnrAlone(next);
                if (alone != null) {
                    dnr = dnr == null ? alone : dnr;
                    continue;
                }
                if (next.isEmpty() || furniture.contains(next) || isNextItem(next, number)
                        || Scan.matches(PAGE, next) || startsSection(next)) {
                    break;
                }
                if (next.endsWith(".") || next.length() > 120 || heading.length() > MAX_HEADING) {
                    break;
                }
                heading.append(' ').append(next);
                wrapped++;
            }
            Budget.charge(heading.length());
            String joined = heading.toString();
            Matcher d = Scan.matcher(DNR, joined);
            if (d.find()) {
                dnr = dnr == null ? d.group("n") : dnr;
                joined = joined.substring(0, d.start()) + " " + joined.substring(d.end());
            }
            int end = j;
            while (end < text.size() && end < j + MAX_ITEM_LINES && !isNextItem(text.line(end), number)) {
                end++;
            }
            String proposal = ProposalSection.in(text::line, j, end);
            out.add(new Raw(number, tidy(joined), dnr == null ? null : dnr.strip(), wrapped > 0, proposal));
            last = number;
            i = j;
        }
        return out;
    }

    /** The line of the first item from {@code from} on, or the text's size when there is none. */
    static int first(CouncilText text, int from) {
        for (int i = from; i < text.size(); i++) {
            if (Scan.lookingAt(ITEM, text.line(i))) {
                return i;
            }
        }
        return text.size();
    }

    /** How many items rise from line {@code from} on, counted up to two: two are the mark of a föredragningslista. */
    static int count(CouncilText text, int from) {
        int found = 0;
        int last = -1;
        for (int i = from; i < text.size() && found < 2; i++) {
            Matcher m = Scan.matcher(ITEM, text.line(i));
            if (m.lookingAt()) {
                int n = Integer.parseInt(m.group("n"));
                if (found == 0 || n > last && n <= last + 5) {
                    found++;
                    last = n;
                }
            }
        }
        return found;
    }

    private static boolean isNextItem(String line, int number) {
        Matcher m = Scan.matcher(ITEM, line);
        if (!m.lookingAt()) {
            return false;
        }
        int n = Integer.parseInt(m.group("n"));
        return n > number && n <= number + 5;
    }

    /** The Dnr when it is all the line holds ("KS 2027/12", "Dnr: KS 2027/12"), else null. */
    private static String dnrAlone(String line) {
        Matcher d = Scan.matcher(DNR, line);
        return d.matches() ? d.group("n") : null;
    }

    private static boolean startsSection(String line) {
        int end = 0;
        while (end < line.length() && Character.isLetter(line.charAt(end))) {
            end++;
        }
        Budget.charge(end + 1L);
        return SECTIONS.contains(line.substring(0, end).toLowerCase(Locale.ROOT));
    }

    /** One space between words, no separator left at either end where the Dnr was taken out. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String w : Scan.words(text.strip())) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(w);
        }
        return Scan.trimEnd(Scan.trimStart(out.toString(), " ,;–-|"), " ,;–-|");
    }
}
