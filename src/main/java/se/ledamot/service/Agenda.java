package se.ledamot.service;

import java.util.List;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingCalendar;

/**
 * A meeting's agenda as every screen and command shows it, read in one go.
 *
 * @param calendar  the meetings and rules it was judged against (submission deadlines, lateness)
 * @param deadlines the deadline rules its matters' deadlines come from
 * @param entries   the items in order
 * @param pending   the pending matters not on this agenda: what could still be put on it
 */
public record Agenda(Meeting meeting, MeetingCalendar calendar, Deadlines deadlines, List<AgendaEntry> entries,
        List<Matter> pending) {

    public Agenda {
        entries = List.copyOf(entries);
        pending = List.copyOf(pending);
    }
}
