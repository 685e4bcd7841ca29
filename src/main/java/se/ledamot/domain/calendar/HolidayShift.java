package se.ledamot.domain.calendar;

import java.time.LocalDate;

/**
 * Which way a deadline moves when it falls on a day the offices are closed (a Saturday, a Sunday, a public holiday,
 * Midsummer Eve, Christmas Eve or New Year's Eve). The direction is part of each rule.
 */
public enum HolidayShift {
    /**
     * Lag (1930:173) om beräkning av lagstadgad tid: a statutory deadline on a closed day moves to the next weekday.
     * The rule for every deadline set by law, and for a local rule that says nothing else.
     */
    NEXT_WORKING_DAY,
    /** "Närmast föregående vardag", as some arbetsordningar say for their own submission deadlines. */
    PREVIOUS_WORKING_DAY,
    /** The day as counted, closed or not: "dagen före sammanträdesdagen" is the day before, a Sunday too. */
    NONE;

    /** The day a deadline counted to this day falls on under the rule. */
    public LocalDate apply(LocalDate day) {
        return switch (this) {
            case NEXT_WORKING_DAY -> SwedishCalendar.workingDayOnOrAfter(day);
            case PREVIOUS_WORKING_DAY -> SwedishCalendar.workingDayOnOrBefore(day);
            case NONE -> day;
        };
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
