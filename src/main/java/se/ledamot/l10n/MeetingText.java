package se.ledamot.l10n;

import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.sync.Conflict;

/**
 * A meeting as a person chooses it from a list. Its label alone ("KF 2026-12-14") is not enough where two meetings of
 * a body fall on one day (the sample meeting and a real one): the time tells them apart, and where there is room the
 * place. One text for every meeting chooser and the command line's agenda, its day written out as a message writes it.
 */
public final class MeetingText {
    private MeetingText() {
    }

    /**
     * "KF 14 dec. 2026 kl. 18.00": for the narrow choosers (Debatt, Protokoll), the month short so that the chosen
     * meeting reads whole in a small window ("KF 7 december 2026 kl. …" at 1000x650).
     */
    public static String of(Meeting m) {
        return m.body() + " " + Dates.shortDate(m.date()) + time(m);
    }

    /** "KF 14 december 2026 kl. 18.00, Kommunhuset": where there is room (Partigrupp, the briefs, `agenda`). */
    public static String withPlace(Meeting m) {
        return Dates.meetingLabel(m.label()) + time(m)
                + (m.place() == null || m.place().isBlank() ? "" : ", " + m.place());
    }

    private static String time(Meeting m) {
        return m.time() == null ? "" : " " + Localization.get("meeting.at", ClockText.of(m.time()));
    }

    /** A conflict over a meeting's field, its status said as the form says it ("Planerat"), not as stored. */
    public static Conflict statusSaid(Conflict c) {
        if (!"status".equals(c.field())) {
            return c;
        }
        java.util.function.UnaryOperator<String> said = code -> Localization.get("meeting.status." + code);
        return c.restated(c.title(), said.apply(c.mine()), said.apply(c.theirs()), said.apply(c.base()), false);
    }
}
