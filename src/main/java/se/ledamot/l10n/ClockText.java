package se.ledamot.l10n;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import se.ledamot.domain.DomainException;

/**
 * A time of day as the screens show it and the papers print it, in the reader's language: "18.00" in Swedish (kl.
 * 18.00), "18:00" in English, as the English papers and the window's messages write it (walk26: the English window
 * read "at 18.00" beside "at 12:00"). What people type is read leniently: "18.00", "18:00", "8.00" or "18", and as the
 * papers write it, "kl. 18.00" (walk31: a secretary's "kl. 18.00" in Tid was refused).
 */
public final class ClockText {
    /** One formatter a pattern: a table's column formats a time a row. */
    private static final Map<String, DateTimeFormatter> SHOWN = new ConcurrentHashMap<>();
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("H.mm", Locale.ROOT);
    /** The Swedish "kl." (klockan) before a time, with or without its full stop. */
    private static final Pattern CLOCK_WORD = Pattern.compile("^kl(ockan|\\.)?\\s*", Pattern.CASE_INSENSITIVE);

    private ClockText() {
    }

    /** "18.00" ("18:00" in English), or "" for no time. */
    public static String of(LocalTime time) {
        return time == null ? "" : SHOWN.computeIfAbsent(Localization.get("date.format.clock"),
                pattern -> DateTimeFormatter.ofPattern(pattern, Locale.ROOT)).format(time);
    }

    /**
     * The time typed, or null when nothing was typed.
     *
     * @param problemKey the message (with the typed text as its argument) when it is not a time
     */
    public static LocalTime parse(String typed, String problemKey) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = CLOCK_WORD.matcher(typed.strip()).replaceFirst("").replace(':', '.');
        try {
            return LocalTime.parse(t.contains(".") ? t : t + ".00", TYPED);
        } catch (DateTimeParseException e) {
            throw new DomainException(problemKey, typed.strip());
        }
    }
}
