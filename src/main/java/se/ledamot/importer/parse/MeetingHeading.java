package se.ledamot.importer.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.domain.Limit;
import se.ledamot.importer.budget.Budget;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.importer.draft.MeetingDraft.Field;

/**
 * The title block of a kallelse or föredragningslista, the lines before its first item: the notice word ("Kallelse",
 * "Föredragningslista", "Ändrad kallelse"), the council ("Stenungsunds kommun"), the body, the meeting written out
 * ("måndagen den 15 februari 2027 kl. 18.30") and the place ("Plats: Sessionssalen, Kommunhuset", or what follows the
 * time on its line). Every field says how sure it is.
 */
final class MeetingHeading {
    /** The notice is named near the top; a matter that mentions a kallelse further down is no kallelse. */
    static final int TOP_LINES = 40;
    private static final int MAX_NOTICE_LINE = 100;
    private static final Set<String> NOTICE_WORDS = Set.of("kallelse", "föredragningslista", "dagordning",
            "kungörelse");
    private static final Set<String> AMENDED_WORDS = Set.of("ändrad", "reviderad", "kompletterad", "kompletterande",
            "ny");
    private static final List<String> BODY_ENDINGS = List.of("fullmäktige", "styrelsen", "nämnden", "nämnd",
            "utskottet", "utskott", "beredningen");
    private static final Pattern TIME = Pattern.compile("(?<![\\p{L}\\d])(?:kl(?:ockan)?\\.?\\s*+|tid\\s*+:?\\s*+)"
            + "(?<h>\\d{1,2})(?:[.:](?<m>\\d{2}))?(?!\\d)", Scan.FLAGS);
    private static final Pattern PLACE_LABEL = Pattern.compile("(?:plats|lokal|sammanträdesplats|mötesplats)"
            + "\\s*+:?\\s++", Scan.FLAGS);
    private static final Pattern PLACE_AFTER = Pattern.compile("\\s*+(?:,|–|-|i)\\s++(?=\\p{Lu})", Scan.FLAGS);
    private static final int MAX_PLACE = 120;

    String council;
    String body;
    LocalDate date;
    LocalTime time;
    String place;
    boolean amended;
    final Map<Field, Confidence> confidence = new EnumMap<>(Field.class);

    /** The line that names the notice, or -1 when none does near the top: then the text is no meeting document. */
    static int noticeLine(CouncilText text) {
        for (int i = 0; i < Math.min(text.size(), TOP_LINES); i++) {
            String line = text.line(i);
            // A heading, not a sentence that starts with the word ("Kallelse ska skickas i tid.").
            if (line.length() <= MAX_NOTICE_LINE && !line.endsWith(".") && noticeWord(line) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The notice word the line starts with, after at most one word such as "Ändrad"; null when none. */
    private static String noticeWord(String line) {
        List<String> words = Scan.words(line.toLowerCase(Locale.ROOT));
        if (words.isEmpty()) {
            return null;
        }
        String first = Scan.trimEnd(words.getFirst(), ":,.");
        if (NOTICE_WORDS.contains(first)) {
            return first;
        }
        if (AMENDED_WORDS.contains(first) && words.size() > 1) {
            String second = Scan.trimEnd(words.get(1), ":,.");
            return NOTICE_WORDS.contains(second) ? "ändrad" : null;
        }
        return null;
    }

    /** Reads the title block, lines {@code 0..end}. */
    static MeetingHeading of(CouncilText text, int end) {
        MeetingHeading h = new MeetingHeading();
        for (int i = 0; i < end; i++) {
            String line = text.line(i);
            if ("ändrad".equals(noticeWord(line))) {
                h.amended = true;
            }
            if (h.council == null && isCouncil(line)) {
                h.council = line;
            }
            if (h.body == null) {
                h.body = body(line);
            }
            if (h.date == null) {
                h.dateLine(line);
            }
            if (h.place == null) {
                Matcher p = Scan.matcher(PLACE_LABEL, line);
                if (p.lookingAt() && line.length() - p.end() <= MAX_PLACE) {
                    h.place(line.substring(p.end()), Confidence.SURE);
                }
            }
        }
        for (int i = 0; i < end && h.time == null; i++) {
            h.time(text.line(i), null);
        }
        if (h.body != null) {
            h.confidence.put(Field.BODY, Confidence.SURE);
        }
        return h;
    }

    /** "måndagen den 15 februari 2027 kl. 18.30, Sessionssalen": the date, and the time and place after it. */
    private void dateLine(String line) {
        Matcher d = Scan.matcher(SwedishDates.ANY_DATE, line);
        if (!d.find()) {
            return;
        }
        var day = SwedishDates.of(d);
        if (day.isEmpty() || !Limit.isDateInRange(day.get())) {
            return;
        }
        date = day.get();
        confidence.put(Field.DATE, Confidence.SURE);
        time(line, line.substring(d.end()));
    }

    /** The time on the line; when {@code afterDate} is given, a place after the time is read too (unsure). */
    private void time(String line, String afterDate) {
        Matcher t = Scan.matcher(TIME, afterDate != null ? afterDate : line);
        if (!t.find()) {
            return;
        }
        int hour = Integer.parseInt(t.group("h"));
        int minute = t.group("m") == null ? 0 : Integer.parseInt(t.group("m"));
        if (hour > 23 || minute > 59) {
            return;
        }
        time = LocalTime.of(hour, minute);
        confidence.put(Field.TIME, Confidence.SURE);
        if (afterDate != null && place == null) {
            String rest = afterDate.substring(t.end());
            Matcher p = Scan.matcher(PLACE_AFTER, rest);
            if (p.lookingAt() && rest.length() - p.end() <= MAX_PLACE) {
                place(rest.substring(p.end()), Confidence.UNSURE);
            }
        }
    }

    private void place(String text, Confidence c) {
        String p = Scan.trimEnd(text.strip(), ".,;");
        if (!p.isEmpty()) {
            place = p;
            confidence.put(Field.PLACE, c);
        }
    }

    /** "Stenungsunds kommun", "Kommunfullmäktige i Ale kommun" is not one (a body comes first). */
    private static boolean isCouncil(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return line.length() <= 60 && (l.endsWith(" kommun") || l.startsWith("region ")) && body(line) == null;
    }

    /**
     * The body a line names, capitalised: "Kommunfullmäktige", "Kommunstyrelsens arbetsutskott", "Barn- och
     * utbildningsnämnden"; null when none.
     */
    static String body(String line) {
        if (line.length() > MAX_NOTICE_LINE) {
            return null;
        }
        List<String> words = Scan.words(line);
        for (int i = 0; i < words.size(); i++) {
            String w = Scan.trimEnd(words.get(i), ".,:;");
            String lower = w.toLowerCase(Locale.ROOT);
            if (BODY_ENDINGS.stream().noneMatch(lower::endsWith) || lower.length() < 6) {
                continue;
            }
            int start = i;
            if (i >= 2 && words.get(i - 1).equalsIgnoreCase("och") && words.get(i - 2).endsWith("-")) {
                start = i - 2;
            } else if (i >= 1 && words.get(i - 1).toLowerCase(Locale.ROOT).endsWith("ens")) {
                start = i - 1;
            }
            String name = String.join(" ", words.subList(start, i)) + (start < i ? " " : "") + w;
            Budget.charge(name.length());
            return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        }
        return null;
    }
}
