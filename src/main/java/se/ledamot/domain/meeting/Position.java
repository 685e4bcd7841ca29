package se.ledamot.domain.meeting;

import java.util.List;
import java.util.Objects;
import se.ledamot.domain.Limit;
import se.ledamot.domain.sync.RowField;

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
    /**
     * The fields two members of a group may change at once (issue 16.5), named by their columns as the sync names
     * them. The arguments and the notes are long texts: the conflict view offers them merged.
     */
    public static final List<RowField<Position>> FIELDS = List.of(
            new RowField<>("stance", p -> p.stance() == null ? "" : p.stance().code(),
                    (into, from) -> into.withStance(from.stance()), false),
            new RowField<>("speaker", p -> Objects.requireNonNullElse(p.speaker(), ""),
                    (into, from) -> into.withSpeaker(from.speaker()), false),
            new RowField<>("arguments", Position::arguments, (into, from) -> into.withArguments(from.arguments()),
                    true),
            new RowField<>("notes", Position::notes, (into, from) -> into.withNotes(from.notes()), true),
            new RowField<>("reviewed", p -> String.valueOf(p.reviewed()),
                    (into, from) -> into.withReviewed(from.reviewed()), false));

    public Position {
        group = groupCode(group);
        speaker = Limit.SPEAKER.check(speaker);
        arguments = arguments == null ? "" : Limit.text(arguments);
        notes = notes == null ? "" : Limit.text(notes);
    }

    /** An item the group has said nothing about yet. */
    public static Position undecided(long itemId, String group) {
        return new Position(itemId, group, null, null, "", "", false);
    }

    /**
     * A group is named by its party code; "v" and "V" are the same group. A code longer than the database's 20
     * characters is refused, never cut: a cut code would be another group's.
     */
    public static String groupCode(String group) {
        return Limit.GROUP.key(group, "position.group.missing");
    }

    /**
     * Whether a group has to decide something on an item: a matter, or a free-text item with a proposal for decision.
     * A procedural item without one (Val av justerare, Anmälningar) needs no position, though one may be recorded.
     *
     * @param hasMatter whether the item is about a matter that is there to be read
     */
    public static boolean needed(AgendaItem item, boolean hasMatter) {
        return hasMatter || !item.proposal().isBlank();
    }

    public boolean isDecided() {
        return stance != null;
    }

    /** The position with one of {@link #FIELDS} set from its text (the reverse of the field's text). */
    public Position withField(String code, String text) {
        return switch (code) {
            case "stance" -> withStance(Stance.fromCode(text).orElse(null));
            case "speaker" -> withSpeaker(text.isEmpty() ? null : text);
            case "arguments" -> withArguments(text);
            case "notes" -> withNotes(text);
            case "reviewed" -> withReviewed(Boolean.parseBoolean(text));
            default -> throw new IllegalArgumentException("no field " + code);
        };
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
