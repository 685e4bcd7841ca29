package se.ledamot.brief.doc;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import se.ledamot.l10n.Localization;

/**
 * Dates and times as the papers print them, in one place. Where people read a date it is written out, as Swedish
 * council papers do ("måndagen den 14 december 2026", "14 december 2026"); in tables, where dates are compared down a
 * column, it stays numeric (2026-12-14, the Swedish standard form). A time is "kl. 18.00". The patterns are in the
 * brief bundle, so an English paper says "Monday 14 December 2026" and "18:00".
 */
public final class Dates {
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
