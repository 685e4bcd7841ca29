package se.ledamot.domain.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A save of a row other than a matter (a group's position, an answer draft) made from a stale copy, met with what is
 * stored now: the same field-by-field rule as {@link MatterMerge} (issue 16.5). A field only this side changed since
 * its copy (the base) is written, a field only someone else changed keeps theirs, and a field both changed
 * differently is not written but left for the user to choose in the conflict view.
 *
 * @param merged    what to store: theirs with the fields only this side changed
 * @param conflicts the fields both sides changed differently, in the order the kind lists them
 * @param theirs    what was stored when the save came
 * @param savedBy   who saved {@code theirs} and when, as far as the store knows
 */
public record RowMerge<T>(T merged, List<RowField<T>> conflicts, T theirs, SavedBy savedBy) {
    public RowMerge {
        conflicts = List.copyOf(conflicts);
        savedBy = savedBy == null ? SavedBy.UNKNOWN : savedBy;
    }

    public RowMerge(T merged, List<RowField<T>> conflicts, T theirs) {
        this(merged, conflicts, theirs, SavedBy.UNKNOWN);
    }

    /** The same merge with the writer of what was stored known. */
    public RowMerge<T> savedBy(SavedBy by) {
        return new RowMerge<>(merged, conflicts, theirs, by);
    }

    public static <T> RowMerge<T> of(T base, T mine, T theirs, List<RowField<T>> fields) {
        T merged = theirs;
        List<RowField<T>> conflicts = new ArrayList<>();
        for (RowField<T> f : fields) {
            switch (ThreeWay.of(f.text().apply(base), f.text().apply(mine), f.text().apply(theirs), Objects::equals)) {
                case SEND_MINE -> merged = f.take().apply(merged, mine);
                case CONFLICT -> conflicts.add(f);
                case SAME, TAKE_THEIRS -> { }
            }
        }
        return new RowMerge<>(merged, conflicts, theirs);
    }

    /** The copy to go on typing from: what was stored, with a field in conflict still as both sides started. */
    public T nextBase(T base) {
        T next = merged;
        for (RowField<T> f : conflicts) {
            next = f.take().apply(next, base);
        }
        return next;
    }

    /**
     * The conflicts as the conflict view shows them: the stored value as theirs, this side's as mine.
     *
     * @param entity the kind, as the sync names it ("position", "answer")
     * @param key    which row, as the sync keys it
     * @param title  what the user knows the row by
     */
    public List<Conflict> shown(String entity, String key, String title, T base, T mine) {
        return conflicts.stream().map(f -> new Conflict(entity, key, f.code(), ConflictKind.SAVED_MEANWHILE, title,
                f.text().apply(mine), f.text().apply(theirs), f.text().apply(base), f.longText(), "", savedBy))
                .toList();
    }
}
