package se.ledamot.ui.sync;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;

/**
 * Optimistic locking for a form saved whole (issue 16.5: two secretaries on one server, or two windows on one folder):
 * the meeting's minutes, the papers' settings, an item's minutes, the council's rules, an agenda item's texts. A
 * save that met another's change of a field this form changed too waits here until the user has chosen in the
 * conflict view, field by field. Shared by the areas of the window, beside the conflict view. FX thread only.
 */
public final class FormConflicts<T> {
    /** How a conflict is said: the stored text made readable, given the copy, this side's and the stored row. */
    public interface Readable<T> {
        Conflict said(Conflict c, T base, T mine, T theirs);
    }

    /** A save that met a conflict: which row, the copy it was made from, what this side sent and what it met. */
    private record Waiting<T>(String key, T base, T mine, RowMerge<T> merge) {
    }

    private final String entity;
    private final Readable<T> readable;
    private final Set<String> chosen = new HashSet<>();
    private Waiting<T> waiting;
    /** Shows the conflicts of a save to the user (the screen's conflict view). */
    public Consumer<List<Conflict>> onConflicts = list -> { };

    public FormConflicts(String entity, Readable<T> readable) {
        this.entity = entity;
        this.readable = readable;
    }

    /**
     * A save came back with conflicts: they wait for the user's choice, shown in the conflict view. Returns what the
     * form shows: what is stored, with this side's values where a choice waits (nothing typed disappears).
     */
    public T met(String key, T base, T mine, RowMerge<T> merge, String title) {
        waiting = new Waiting<>(key, base, mine, merge);
        chosen.clear();
        onConflicts.accept(merge.shown(entity, key, title, base, mine).stream()
                .map(c -> readable.said(c, base, mine, merge.theirs())).toList());
        return keepAsked(key, merge.merged());
    }

    /** What is stored, with this side's values in the fields whose choice waits on this row. */
    public T keepAsked(String key, T stored) {
        return waits(key) ? fields(stored, waiting.mine()) : stored;
    }

    /**
     * The copy to go on from, read anew while a choice waits on this row: the stored row with the fields asked as
     * this side found them, so the next save asks again instead of writing over the other's value.
     */
    public T copyOf(String key, T stored) {
        return waits(key) ? fields(stored, waiting.base()) : stored;
    }

    private T fields(T into, T from) {
        T out = into;
        for (RowField<T> f : waiting.merge().conflicts()) {
            out = f.take().apply(out, from);
        }
        return out;
    }

    /** Whether a choice waits on this row. */
    public boolean waits(String key) {
        return waiting != null && waiting.key().equals(key);
    }

    /**
     * The user chose for one field: {@code shown} (the form's values) with the stored value when the choice is
     * theirs. Null when the conflict is not this form's.
     */
    public T choose(Conflict c, Resolution choice, T shown) {
        if (waiting == null || !c.entity().equals(entity) || !c.key().equals(waiting.key())) {
            return null;
        }
        chosen.add(c.field());
        RowField<T> f = waiting.merge().conflicts().stream().filter(x -> x.code().equals(c.field())).findFirst()
                .orElseThrow();
        return choice == Resolution.THEIRS ? f.take().apply(shown, waiting.merge().theirs()) : shown;
    }

    /**
     * Once every field is chosen: the copy the next save starts from, holding the stored values of the fields in
     * conflict, so the values chosen are what is sent. Null while a field waits.
     */
    public T settled(T copy) {
        if (waiting == null || chosen.size() < waiting.merge().conflicts().size()) {
            return null;
        }
        T next = copy;
        for (RowField<T> f : waiting.merge().conflicts()) {
            next = f.take().apply(next, waiting.merge().theirs());
        }
        waiting = null;
        return next;
    }
}
