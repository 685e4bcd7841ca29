package se.ledamot.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.importer.budget.Budget;

/**
 * The prepared proposal for decision (förslag till beslut) under an item or in its paper: the text under a heading
 * "Förslag till beslut", "Kommunstyrelsens förslag", "Arbetsutskottets förslag till beslut", "Beredningens förslag"
 * (text after a colon on the same line included), up to the next section heading ("Sammanfattning", "Ärendet",
 * "Beslutsunderlag", …), a blank line followed by a short heading, or the next item. At most {@link #MAX_LINES} lines.
 */
public final class ProposalSection {
    /** A heading line: the proposal's heading, and perhaps its first words after a colon. */
    private static final Pattern HEADING = Pattern.compile("(?:förslag\\s++till\\s++beslut|\\p{L}{2,40}s\\s++förslag"
            + "(?:\\s++till\\s++beslut)?+|förslag)\\s*+(?::\\s*+(?<rest>.{0,2000}+))?", Scan.FLAGS);
    /** Words that start the next section of an item's paper. */
    private static final List<String> NEXT = List.of("sammanfattning", "ärendet", "ärendebeskrivning", "beslutsunderlag",
            "bakgrund", "beskrivning", "bilag", "handlingar", "yrkande", "beslutet skickas", "expedieras", "underskrift",
            "föredragande", "reservation", "protokollsanteckning", "ekonomiska konsekvenser", "bedömning",
            "förvaltningens bedömning", "juridisk", "dnr");
    static final int MAX_LINES = 40;

    private ProposalSection() {
    }

    /** The proposal in the lines from {@code from} to {@code to}; empty when they hold none. */
    static String in(IntFunction<String> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String line = lines.apply(i).strip();
            Budget.charge(line.length() + 1L);
            if (line.length() > 2100) {
                continue;
            }
            Matcher m = Scan.matcher(HEADING, line);
            if (m.matches()) {
                return body(lines, m.group("rest"), i + 1, to);
            }
        }
        return "";
    }

    /** A whole text's proposal, lines split at line ends (and page breaks). */
    public static String in(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\f') {
                lines.add(text.substring(start, i));
                start = i + 1;
            }
        }
        Budget.charge(text.length());
        return in(lines::get, 0, lines.size());
    }

    private static String body(IntFunction<String> lines, String first, int from, int to) {
        StringBuilder out = new StringBuilder(first == null ? "" : first.strip());
        boolean blank = false;
        for (int i = from; i < to && i < from + MAX_LINES; i++) {
            String line = lines.apply(i).strip();
            Budget.charge(line.length() + 1L);
            if (line.isEmpty()) {
                blank = !out.isEmpty();
                continue;
            }
            if (startsNext(line) || blank && isHeading(line)) {
                break;
            }
            if (!out.isEmpty()) {
                out.append(blank ? "\n" : " ");
            }
            out.append(line);
            blank = false;
        }
        return out.toString().strip();
    }

    private static boolean startsNext(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return NEXT.stream().anyMatch(lower::startsWith) && line.length() < 60;
    }

    /** A short line without a full stop that starts with a capital: a heading, after a blank line. */
    private static boolean isHeading(String line) {
        return line.length() < 50 && !line.endsWith(".") && Character.isUpperCase(line.charAt(0))
                && !line.toLowerCase(Locale.ROOT).startsWith("att ");
    }
}
