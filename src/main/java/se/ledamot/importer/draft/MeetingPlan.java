package se.ledamot.importer.draft;

import java.util.List;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;

/**
 * What importing a meeting document will do, worked out against what is stored before anything is written, so the
 * preview can show it and importing the same document again can see that nothing changes.
 *
 * @param bodyCode   the code of the body the meeting is of
 * @param newBody    the body is not known yet and will be added with that code and the document's name for it
 * @param meeting    the stored meeting of that body on that day, or the one to be added (no id)
 * @param newMeeting no meeting of the body on that day is stored yet
 * @param meetingChanged the stored meeting's time or place differs from the document's and will be updated
 * @param items      the document's items in order, each with what becomes of it
 * @param leftOver   items already on the stored agenda that the document does not list; they stay, after the others
 * @param agenda     the stored agenda as it was worked out against: the copies storing compares each item with, so
 *                   what another saved since is seen (issue 16.5)
 */
public record MeetingPlan(String bodyCode, boolean newBody, Meeting meeting, boolean newMeeting,
        boolean meetingChanged, List<Planned> items, List<AgendaItem> leftOver, List<AgendaItem> agenda) {
    /** How an item's matter is found. */
    public enum Match { FREE_TEXT, BY_NUMBER, BY_TITLE, NEW }

    /** Where an item goes on the stored agenda. */
    public enum Place { SAME, ADDED, MOVED }

    /**
     * @param line      the item as the document gives it
     * @param matter    the stored matter it is about (matched), or null (free text, or a matter still to be stored)
     * @param match     how the matter was found
     * @param place     whether it is new on the agenda, moved, or where it was
     * @param oldNumber its number on the stored agenda before, 0 when it was not on it
     */
    public record Planned(AgendaLine line, Matter matter, Match match, Place place, int oldNumber) {
    }

    public MeetingPlan {
        items = List.copyOf(items);
        leftOver = List.copyOf(leftOver);
        agenda = List.copyOf(agenda);
    }

    /** Nothing would change: the same meeting, items and order are stored already. */
    public boolean unchanged() {
        return !newBody && !newMeeting && !meetingChanged
                && items.stream().allMatch(p -> p.place() == Place.SAME && p.match() != Match.NEW);
    }

    /** The item with this id as the plan saw it, if it was on the stored agenda. */
    public java.util.Optional<AgendaItem> seen(long itemId) {
        return agenda.stream().filter(a -> a.id() == itemId).findFirst();
    }

    public long count(Place place) {
        return items.stream().filter(p -> p.place() == place).count();
    }

    public long count(Match match) {
        return items.stream().filter(p -> p.match() == match).count();
    }
}
