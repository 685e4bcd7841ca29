package se.ledamot.ui.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.l10n.Localization;

/**
 * Optimistic locking for the group's positions (issue 16.5: two members of a group on one shared server). Each save
 * is compared with the copy of the position its typing started from (the base), so a field another member saved
 * meanwhile is never overwritten silently. Holds the bases and the fields that wait for the user's choice; the
 * choice is made in the conflict view the sync and the matter editor use. FX thread only.
 */
final class PositionConflicts {
    /** One group's position on one item. */
    record Key(String group, long itemId) {
        String text() {
            return group + "/" + itemId;
        }
    }

    /** A field both changed: the save's base and the stored position it met, until the user chooses. */
    private record Waiting(Position base, Position mine, Position theirs, String title, MatterKind kind) {
    }

    private final Map<Key, Position> bases = new HashMap<>();
    private final Map<Key, Map<String, Waiting>> waiting = new LinkedHashMap<>();

    /** The position as read from the store: the copy typing starts from, unless a choice is waiting on it. */
    void read(Key key, Position stored) {
        if (!waiting.containsKey(key)) {
            bases.put(key, stored);
        }
    }

    /**
     * The copy a save of this position starts from ({@code shown} when none was read). It moves on to {@code mine} at
     * once, so a second save sent before the first comes back does not meet this side's own change.
     */
    Position startSave(Key key, Position shown, Position mine) {
        Position base = bases.getOrDefault(key, shown);
        bases.put(key, keepWaiting(key, mine));
        return base;
    }

    /**
     * A save came back: the copy moves on to what is stored, except that a field in conflict keeps the value both
     * sides started from until the user chooses. Returns the position to show: what is stored, with this side's value
     * where a choice waits, so nothing typed disappears from the screen.
     */
    Position saved(Key key, Position base, Position mine, RowMerge<Position> merge, String title, MatterKind kind) {
        Map<String, Waiting> fields = waiting.computeIfAbsent(key, k -> new LinkedHashMap<>());
        for (RowField<Position> f : merge.conflicts()) {
            fields.put(f.code(), new Waiting(base, mine, merge.theirs(), title, kind));
        }
        if (fields.isEmpty()) {
            waiting.remove(key);
        }
        bases.put(key, keepWaiting(key, merge.nextBase(base)));
        Position shown = merge.merged();
        for (RowField<Position> f : merge.conflicts()) {
            shown = f.take().apply(shown, mine);
        }
        return shown;
    }

    private Position keepWaiting(Key key, Position next) {
        Position kept = next;
        for (Map.Entry<String, Waiting> e : waiting.getOrDefault(key, Map.of()).entrySet()) {
            kept = field(e.getKey()).take().apply(kept, e.getValue().base());
        }
        return kept;
    }

    /** A position as read, with this side's value in each field whose choice waits. */
    Position withWaiting(Key key, Position stored) {
        Position shown = stored;
        for (Map.Entry<String, Waiting> e : waiting.getOrDefault(key, Map.of()).entrySet()) {
            shown = field(e.getKey()).take().apply(shown, e.getValue().mine());
        }
        return shown;
    }

    boolean any() {
        return !waiting.isEmpty();
    }

    /** The waiting fields as the conflict view shows them, with this side's value as shown now. */
    List<Conflict> shown(Map<Key, Position> current) {
        List<Conflict> out = new ArrayList<>();
        waiting.forEach((key, fields) -> fields.forEach((code, w) -> {
            RowField<Position> f = field(code);
            Position mine = current.getOrDefault(key, w.base());
            out.add(readable(new RowMerge<>(w.theirs(), List.of(f), w.theirs())
                    .shown("position", key.text(), w.title(), w.base(), mine).getFirst(), w.kind()));
        }));
        return out;
    }

    /**
     * The user chose for one field: the position to store (the chosen value in {@code mine}), and the copy moves
     * to the stored value in that field so the save sends the choice.
     */
    Position choose(Conflict c, Resolution choice, String text, Position mine) {
        Key key = key(c.key());
        Waiting w = waiting.getOrDefault(key, Map.of()).get(c.field());
        if (w == null) {
            return mine;
        }
        waiting.get(key).remove(c.field());
        if (waiting.get(key).isEmpty()) {
            waiting.remove(key);
        }
        RowField<Position> f = field(c.field());
        bases.put(key, f.take().apply(bases.getOrDefault(key, w.base()), w.theirs()));
        return switch (choice) {
            case THEIRS -> f.take().apply(mine, w.theirs());
            case MINE -> mine;
            case MERGED -> "notes".equals(f.code()) ? mine.withNotes(text) : mine.withArguments(text);
        };
    }

    /** This side's position as last saved, for a conflict whose row is not shown any more. */
    Position lastMine(Conflict c) {
        Waiting w = waiting.getOrDefault(key(c.key()), Map.of()).get(c.field());
        return w == null ? null : w.mine();
    }

    static Key key(String text) {
        int slash = text.lastIndexOf('/');
        return new Key(text.substring(0, slash), Long.parseLong(text.substring(slash + 1)));
    }

    private static RowField<Position> field(String code) {
        return Position.FIELDS.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    /** A stance and "reviewed" as the group view says them, not as stored codes. */
    private static Conflict readable(Conflict c, MatterKind kind) {
        return switch (c.field()) {
            case "stance" -> new Conflict(c.entity(), c.key(), c.field(), c.kind(), c.title(), stance(c.mine(), kind),
                    stance(c.theirs(), kind), stance(c.base(), kind), false);
            case "reviewed" -> new Conflict(c.entity(), c.key(), c.field(), c.kind(), c.title(), yes(c.mine()),
                    yes(c.theirs()), yes(c.base()), false);
            default -> c;
        };
    }

    private static String stance(String code, MatterKind kind) {
        return Localization.stance(Stance.fromCode(code).orElse(null), kind);
    }

    private static String yes(String bool) {
        return Localization.get(Boolean.parseBoolean(bool) ? "meeting.ui.group.reviewed.yes"
                : "meeting.ui.group.reviewed.no");
    }
}
