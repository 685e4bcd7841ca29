package se.ledamot.brief.doc;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.l10n.Localization;

/**
 * Dates and times as the papers print them, in one place. Where people read a date it is written out, as Swedish
 * council papers do ("måndagen den 14 december 2026", "14 december 2026"); in tables, where dates are compared down a
 * column, it stays numeric (2026-12-14, the Swedish standard form). A time is "kl. 18.00". The patterns are in the
 * brief bundle, so an English paper says "Monday 14 December 2026" and "18:00".
 */
public final class Dates {
    private static final Pattern ISO_DAY = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    private Dates() {
    }

    /** "måndagen den 14 december 2026": a meeting's day, on a cover or in a notice. */
    public static String weekdayDate(LocalDate date) {
        return format("brief.format.weekdayDate", date);
    }

    /** "14 december 2026": a date in running text or a heading. */
    public static String date(LocalDate date) {
        return format("brief.format.date", date);
    }

    /**
     * A meeting as a timeline names it ("KF 2026-12-14", its label when the entry was written) as people read it:
     * "KF 14 december 2026". Anything that is not a day stays as it is.
     */
    public static String meetingLabel(String stored) {
        if (stored == null) {
            return null;
        }
        return ISO_DAY.matcher(stored).replaceAll(r -> {
            try {
                return Matcher.quoteReplacement(date(LocalDate.parse(r.group())));
            } catch (DateTimeParseException e) {
                return Matcher.quoteReplacement(r.group());
            }
        });
    }

    /**
     * "måndag 14 december": a near day on a screen, read beside today (a deadline, the next meeting); the year is
     * written when it is not today's ("måndag 25 januari 2027").
     */
    public static String day(LocalDate date, LocalDate today) {
        return format(date.getYear() == today.getYear() ? "brief.format.day" : "brief.format.dayAndYear", date);
    }

    /** "måndag 30 november kl. 08.00": a near day with its hour. */
    public static String day(LocalDate date, LocalTime time, LocalDate today) {
        return day(date, today) + " " + time(time);
    }

    /** "2026-12-14": a date in a table. */
    public static String numeric(LocalDate date) {
        return date.toString();
    }

    /** "kl. 18.00" */
    public static String time(LocalTime time) {
        return DateTimeFormatter.ofPattern(Localization.get("brief.format.time"), Localization.locale()).format(time);
    }

    /** "måndagen den 14 december 2026 kl. 18.00", or the day alone when the time is not known. */
    public static String meeting(LocalDate date, LocalTime time) {
        return time == null ? weekdayDate(date) : weekdayDate(date) + " " + time(time);
    }

    private static String format(String key, LocalDate date) {
        return DateTimeFormatter.ofPattern(Localization.get(key), Localization.locale()).format(date);
    }
}
