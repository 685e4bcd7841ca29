package se.ledamot.importer.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Swedish council texts write them: 2015-02-16, den 3 mars 2024, torsdag 27 maj 2010, 3/3 2024. */
final class SwedishDates {
    static final String MONTH = "(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?";
    private static final String WEEKDAY = "(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?";
    /** One date in any of the written forms; groups y/m/d, or d2/mon/y2, or d3/m3/y3. */
    static final String DATE = "(?:(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})"
            + "|(?:" + WEEKDAY + ",?\\s++)?(?:den\\s++)?(?<d2>\\d{1,2})(?::e|:a)?\\s++(?<mon>" + MONTH + ")\\s++(?<y2>\\d{4})"
            + "|(?<d3>\\d{1,2})[/.](?<m3>\\d{1,2})[ .](?<y3>\\d{4}))";
    static final Pattern ANY_DATE = Pattern.compile("(?<![\\d-])" + DATE + "(?![\\d-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("maj", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private SwedishDates() {
    }

    /** The month number of a Swedish month name or abbreviation. */
    static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = MONTHS.get(key.length() < 3 ? key : key.substring(0, 3));
        if (m == null) {
            throw new IllegalArgumentException(name);
        }
        return m;
    }

    /**
     * The date a match of {@link #DATE} stands for, if it is a real day. A year out of range (1066) is still a date
     * here: fitting the draft leaves it out and tells the user which date it was.
     */
    static Optional<LocalDate> of(Matcher m) {
        try {
            if (m.group("y") != null) {
                return Optional.of(LocalDate.of(num(m.group("y")), num(m.group("m")), num(m.group("d"))));
            }
            if (m.group("y2") != null) {
                return Optional.of(LocalDate.of(num(m.group("y2")), month(m.group("mon")), num(m.group("d2"))));
            }
            return Optional.of(LocalDate.of(num(m.group("y3")), num(m.group("m3")), num(m.group("d3"))));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
