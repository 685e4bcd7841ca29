package se.ledamot.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * Swedish public holidays (Lag 1989:253 om allmänna helgdagar) and working days. Easter-based holidays follow the
 * Gregorian computus; midsummer and All Saints' Day fall on a Saturday in a fixed week. Midsummer Eve, Christmas
 * Eve and New Year's Eve are not public holidays by law, but offices are closed, so — as in Lag 1930:173 om
 * beräkning av lagstadgad tid — they are not working days either.
 */
public final class SwedishCalendar {
    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(Month.JANUARY, 1),    // nyårsdagen
            MonthDay.of(Month.JANUARY, 6),    // trettondedag jul
            MonthDay.of(Month.MAY, 1),        // första maj
            MonthDay.of(Month.JUNE, 6),       // nationaldagen
            MonthDay.of(Month.DECEMBER, 25),  // juldagen
            MonthDay.of(Month.DECEMBER, 26)); // annandag jul
    private static final Set<MonthDay> CLOSED_EVES = Set.of(
            MonthDay.of(Month.DECEMBER, 24),  // julafton
            MonthDay.of(Month.DECEMBER, 31)); // nyårsafton

    private SwedishCalendar() {
    }

    /** Easter Sunday of a year (anonymous Gregorian algorithm). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Midsummer Day: the Saturday from 20 to 26 June. */
    public static LocalDate midsummerDay(int year) {
        return LocalDate.of(year, Month.JUNE, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    /** All Saints' Day: the Saturday from 31 October to 6 November. */
    public static LocalDate allSaintsDay(int year) {
        return LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    /** A public holiday by law (Sundays aside). */
    public static boolean isPublicHoliday(LocalDate date) {
        if (FIXED.contains(MonthDay.from(date))) {
            return true;
        }
        int year = date.getYear();
        LocalDate easter = easterSunday(year);
        return date.equals(easter.minusDays(2))      // långfredagen
                || date.equals(easter)                // påskdagen
                || date.equals(easter.plusDays(1))    // annandag påsk
                || date.equals(easter.plusDays(39))   // Kristi himmelsfärdsdag
                || date.equals(easter.plusDays(49))   // pingstdagen
                || date.equals(midsummerDay(year))
                || date.equals(allSaintsDay(year));
    }

    /** Monday to Friday, not a public holiday and not one of the eves offices keep closed. */
    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date)
                && !CLOSED_EVES.contains(MonthDay.from(date)) && !date.equals(midsummerDay(date.getYear()).minusDays(1));
    }

    /** The date itself if it is a working day, else the next one: how Lag 1930:173 moves a statutory deadline. */
    public static LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The date itself if it is a working day, else the nearest working day before it. */
    public static LocalDate workingDayOnOrBefore(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }
}
