package se.ledamot.domain.meeting;

import java.util.Locale;
import se.ledamot.domain.DomainException;

/**
 * A party group's position (ställningstagande) on one agenda item. It belongs to the group: stores hand it out only
 * to someone who names the group.
 *
 * @param group     the group's party code, upper case: "V"
 * @param stance    the group's stance, null while not yet decided
 * @param speaker   who speaks for the group on the item
 * @param reviewed  the group has gone through the item at its group meeting
 */
public record Position(long itemId, String group, Stance stance, String speaker, String arguments, String notes,
        boolean reviewed) {

    public Position {
        group = groupCode(group);
        speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
        arguments = arguments == null ? "" : arguments;
        notes = notes == null ? "" : notes;
    }

    /** An item the group has said nothing about yet. */
    public static Position undecided(long itemId, String group) {
        return new Position(itemId, group, null, null, "", "", false);
    }

    /** A group is named by its party code; "v" and "V" are the same group. */
    public static String groupCode(String group) {
        if (group == null || group.isBlank()) {
            throw new DomainException("position.group.missing");
        }
        return group.strip().toUpperCase(Locale.ROOT);
    }

    public boolean isDecided() {
        return stance != null;
    }

    public Position withStance(Stance s) {
        return new Position(itemId, group, s, speaker, arguments, notes, reviewed);
    }

    public Position withSpeaker(String s) {
        return new Position(itemId, group, stance, s, arguments, notes, reviewed);
    }

    public Position withArguments(String a) {
        return new Position(itemId, group, stance, speaker, a, notes, reviewed);
    }

    public Position withNotes(String n) {
        return new Position(itemId, group, stance, speaker, arguments, n, reviewed);
    }

    public Position withReviewed(boolean r) {
        return new Position(itemId, group, stance, speaker, arguments, notes, r);
    }
}
