package se.ledamot.l10n;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times wherever people read them, in one place: the papers, the window's messages and lines, the command
 * line's words. Where people read a date it is written out, as Swedish council papers do ("måndagen den 14 december
 * 2026", "den 14 december 2026"); in tables, where dates are compared down a column, and in fields a person types a
 * date into, it stays numeric (2026-12-14, the Swedish standard form). A time is "kl. 18.00". The year is left out
 * only where the text is read beside today and the day is in today's year; a message has no today and always says
 * it. The patterns are in the messages bundle, so English says "Monday 14 December 2026", "14 December 2026" and
 * "18:00".
 */
public final class Dates {
    private static final Pattern ISO_DAY = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    private Dates() {
    }

    /** "måndagen den 14 december 2026": a meeting's day, on a cover or in a notice. */
    public static String weekdayDate(LocalDate date) {
        return format("date.format.weekdayDate", date);
    }

    /** "14 december 2026": a date in a heading or after a label. */
    public static String date(LocalDate date) {
        return format("date.format.date", date);
    }

    /** "14 dec. 2026": a date where room is short (a narrow chooser). */
    public static String shortDate(LocalDate date) {
        return format("date.format.short", date);
    }

    /** "den 14 december 2026": a date in running text, as every message with a date argument says it. */
    public static String running(LocalDate date) {
        return format("date.format.running", date);
    }

    /** "den 14 december", or "den 14 december 2025" when the day is not in today's year; today null: the year. */
    public static String running(LocalDate date, LocalDate today) {
        return today != null && date.getYear() == today.getYear() ? format("date.format.runningThisYear", date)
                : running(date);
    }

    /** "den 14 december 2026 kl. 18.00" */
    public static String running(LocalDateTime at) {
        return Localization.get("date.format.runningAt", running(at.toLocalDate()), time(at.toLocalTime()));
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
        return format(date.getYear() == today.getYear() ? "date.format.day" : "date.format.dayAndYear", date);
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
        return DateTimeFormatter.ofPattern(Localization.get("date.format.time"), Localization.locale()).format(time);
    }

    /** "måndagen den 14 december 2026 kl. 18.00", or the day alone when the time is not known. */
    public static String meeting(LocalDate date, LocalTime time) {
        return time == null ? weekdayDate(date) : weekdayDate(date) + " " + time(time);
    }

    private static String format(String key, LocalDate date) {
        return DateTimeFormatter.ofPattern(Localization.get(key), Localization.locale()).format(date);
    }
}
