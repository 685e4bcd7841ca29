package se.ledamot.ui.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.MatterMerge;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.domain.sync.SavedBy;
import se.ledamot.domain.sync.TextMerge;

/**
 * Optimistic locking for the editor of one matter (issue 16.5: two windows on one shared server). Each save is
 * compared with the copy of the matter the typing started from (the base), so a field someone else saved meanwhile is
 * never overwritten silently: a field only this editor changed is stored, one only the other changed is kept, and one
 * both changed is left for the user to choose in the conflict view. Holds which fields wait for a choice and which
 * the user has chosen over, until a save takes the choice.
 */
final class EditorConflicts {
    /** A save that met another window's change of a field this editor changed too; the rest of it is stored. */
    static final class Conflicted extends Exception {
        private final transient MatterMerge merge;
        private final transient Matter mine;
        private final long edit;

        Conflicted(MatterMerge merge, Matter mine, long edit) {
            super("conflict", null, false, false);
            this.merge = merge;
            this.mine = mine;
            this.edit = edit;
        }

        /** Which edit the save carried: when it is still the last one, the user has not typed since. */
        long edit() {
            return edit;
        }

        MatterMerge merge() {
            return merge;
        }

        Matter mine() {
            return mine;
        }
    }

    /**
     * The copy typing is compared with: as loaded, then as each save left it, except that a field in conflict keeps
     * the value both sides started from until the user chooses. Written by the saves (one at a time, on a worker) and
     * by {@link #reset} when none runs.
     */
    private final AtomicReference<Matter> base = new AtomicReference<>();
    /** Conflicted fields chosen over, with the stored matter they were chosen against, until a save takes them. */
    private final Map<MatterField, Matter> seen = new EnumMap<>(MatterField.class);
    /** The stored matter each field still in conflict was met with. */
    private final Map<MatterField, Matter> waiting = new EnumMap<>(MatterField.class);
    /** Who saved the stored value each waiting field was met with, and when, as far as it is known. */
    private final Map<MatterField, SavedBy> writers = new EnumMap<>(MatterField.class);
    /** The fields the user has been shown (and may have put aside with "Välj senare"). */
    private final java.util.Set<MatterField> shown = java.util.EnumSet.noneOf(MatterField.class);

    /** Another matter is shown (or none): its copy as loaded, nothing in conflict. */
    void reset(Matter loaded) {
        base.set(loaded);
        seen.clear();
        waiting.clear();
        writers.clear();
        shown.clear();
    }

    /** The choices made so far, to travel with the next save (on the FX thread). */
    Map<MatterField, Matter> seen() {
        return Map.copyOf(seen);
    }

    /**
     * On a worker thread: stores {@code mine} against the copy through {@code store} (with the choices
     * {@code chosen} made since), and
     * moves the copy on; returns the matter as stored. Throws {@link Conflicted} when a field is left for the user;
     * the rest is stored.
     */
    Matter save(BiFunction<Matter, Matter, MatterMerge> store, Map<MatterField, Matter> chosen, Matter mine, long edit)
            throws Conflicted {
        Matter.Builder copy = base.get().toBuilder();
        chosen.forEach((f, theirs) -> f.take(copy, theirs));
        Matter from = copy.build();
        MatterMerge merge = store.apply(from, mine);
        Matter.Builder next = merge.merged().toBuilder();
        merge.conflicts().forEach(f -> f.take(next, from));
        base.set(next.build());
        if (!merge.conflicts().isEmpty()) {
            throw new Conflicted(merge, mine, edit);
        }
        return merge.merged();
    }

    /** A save carrying these choices ended well: they are taken. */
    void taken(Map<MatterField, Matter> chosen) {
        chosen.forEach(seen::remove);
    }

    /**
     * A save met conflicts: records them. A save begun before the user chose meets the conflict chosen over again:
     * that one is not asked again.
     */
    void met(MatterMerge merge) {
        merge.conflicts().stream().filter(f -> !seen.containsKey(f) || f.differs(seen.get(f), merge.theirs()))
                .forEach(f -> {
                    waiting.put(f, merge.theirs());
                    writers.put(f, merge.savedBy());
                });
    }

    /** Whether a field waits that the user has not been shown yet. */
    boolean unshown() {
        return !shown.containsAll(waiting.keySet());
    }

    /** The waiting conflicts are shown now. */
    void showing() {
        shown.addAll(waiting.keySet());
    }

    /** How many fields wait for a choice. */
    int count() {
        return waiting.size();
    }

    /** The user chose for this field: the stored matter it was chosen against, or null when it waits no more. */
    Matter choose(MatterField field) {
        Matter theirs = waiting.remove(field);
        writers.remove(field);
        if (theirs != null) {
            seen.put(field, theirs);
        }
        return theirs;
    }

    /** The user put the conflicts aside: they are shown again when asked for (leaving the matter). */
    void defer() {
        shown.clear();
    }

    /**
     * The fields another window saved meanwhile (not in conflict) that the form still shows as handed over, so its
     * value can come into the form; none when the form holds something the domain refuses ({@code now} null).
     */
    static List<MatterField> theirsNotTypedOver(Matter merged, Matter handed, Matter now) {
        return theirsNotTypedOver(new MatterMerge(merged, List.of(), merged), handed, now);
    }

    /** As above, for a save that met conflicts: their fields in conflict wait for the user's choice. */
    static List<MatterField> theirsNotTypedOver(MatterMerge merge, Matter handed, Matter now) {
        return now == null ? List.of() : java.util.Arrays.stream(MatterField.values())
                .filter(f -> f.differs(merge.merged(), handed) && !merge.conflicts().contains(f)
                        && !f.differs(now, handed)).toList();
    }

    /**
     * The stored matter with the chosen value in the field: the server's or the merged text. In a long text, what
     * was typed after the conflict was shown ({@code now}) is kept on top of the choice.
     */
    static Matter chosen(MatterField f, Conflict conflict, Resolution choice, String text, Matter theirs,
            Matter now) {
        if (!f.longText()) {
            return theirs;
        }
        String chosen = choice == Resolution.THEIRS ? f.textOf(theirs) : text;
        String typed = now == null ? conflict.mine() : f.textOf(now);
        String kept = typed.equals(conflict.mine()) ? chosen : TextMerge.merge(conflict.mine(), typed, chosen).text();
        return f == MatterField.ANSWER ? theirs.toBuilder().answer(kept).build()
                : theirs.toBuilder().body(kept).build();
    }

    /** The waiting conflicts as the conflict view shows them, with this editor's value as typed now. */
    List<Conflict> shown(Matter mine) {
        List<Conflict> out = new ArrayList<>();
        waiting.forEach((f, theirs) -> out.addAll(new MatterMerge(theirs, List.of(f), theirs, writers.get(f))
                .shown(base.get(), mine)));
        return out;
    }
}
