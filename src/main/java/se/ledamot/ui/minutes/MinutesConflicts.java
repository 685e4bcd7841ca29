package se.ledamot.ui.minutes;

import java.util.Set;
import java.util.stream.Collectors;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.l10n.Localization;

/**
 * How a conflict of a meeting's minutes or of the papers' settings is said: the attendance and a body's seats in
 * words, one person a line.
 */
final class MinutesConflicts {
    /** The minutes' fields that hold a time of day. */
    private static final Set<String> TIMES = Set.of("opened", "closed", "adjust_time");

    private MinutesConflicts() {
    }

    /**
     * The attendance said in words, one attendee a line, rather than as stored; a time as the form takes it and the
     * protokoll prints it (18.30).
     */
    static Conflict readable(Conflict c, Minutes base, Minutes mine, Minutes theirs) {
        if (TIMES.contains(c.field())) {
            return c.restated(c.title(), time(c.mine()), time(c.theirs()), time(c.base()), false);
        }
        if (!Minutes.ATTENDANCE.code().equals(c.field())) {
            return c;
        }
        return c.restated(c.title(), said(mine), said(theirs), said(base), false);
    }

    private static String time(String stored) {
        return stored == null ? null : stored.replace(':', '.');
    }

    /** A body's seats said in words ("Anna Ek (S) – Ledamot"), one a line, rather than by their codes. */
    static Conflict readable(Conflict c, Body body, PaperSettings base, PaperSettings mine, PaperSettings theirs) {
        if (body == null || !"seats".equals(c.field())) {
            return c;
        }
        return c.restated(c.title(), seats(mine, body), seats(theirs, body), seats(base, body), false);
    }

    private static String seats(PaperSettings s, Body body) {
        return s.of(body).seats().stream().map(seat -> seat.person().display() + " – "
                + Localization.get("minutes.ui.role." + seat.role().code())).collect(Collectors.joining("\n"));
    }

    private static String said(Minutes m) {
        return m.attendance().attendees().stream().map(MinutesConflicts::said).collect(Collectors.joining("\n"));
    }

    private static String said(Attendee a) {
        String role = Localization.get("minutes.ui.role." + (a.role() == Attendee.Role.SUBSTITUTE && a.serving()
                ? "serving" : a.role().code()));
        String line = a.person().display() + " – " + role;
        line = a.replaces() == null ? line : line + " – " + a.replaces();
        return a.note() == null ? line : line + " – " + a.note();
    }
}
