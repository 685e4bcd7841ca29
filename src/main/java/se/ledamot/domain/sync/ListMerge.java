package se.ledamot.domain.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A list saved from a stale copy (a list of speakers, an agenda's order), met with what is stored now (issue 16.5).
 * The list's rule, entry by entry against the copy both started from (the base):
 * <ul>
 * <li>an entry only one side added is kept, after the entry it followed there (two people adding different
 * speakers both win; the same entry added by both is kept once);</li>
 * <li>an entry only one side removed or changed is removed or changed (a changed entry is one gone with one of
 * the same identity, {@code sameEntry}, in its place: a speaker's notes or minutes);</li>
 * <li>a conflict, nothing merged: both changed one entry differently, or one changed what the other removed, or
 * both reordered the entries they share differently (reorder against reorder).</li>
 * </ul>
 * When only one side reordered, its order stands and the other's additions, removals and changes go into it.
 *
 * @param merged   what to store; the stored list ({@code theirs}) when {@code conflict}
 * @param conflict true when the two cannot both stand
 * @param savedBy  who saved the stored list and when, as far as the store knows
 */
public record ListMerge<T>(List<T> merged, boolean conflict, SavedBy savedBy) {
    public ListMerge {
        merged = List.copyOf(merged);
        savedBy = savedBy == null ? SavedBy.UNKNOWN : savedBy;
    }

    public ListMerge(List<T> merged, boolean conflict) {
        this(merged, conflict, SavedBy.UNKNOWN);
    }

    /** The same merge with the writer of the stored list known. */
    public ListMerge<T> savedBy(SavedBy by) {
        return new ListMerge<>(merged, conflict, by);
    }

    public static <T> ListMerge<T> of(List<T> base, List<T> mine, List<T> theirs, BiPredicate<T, T> sameEntry) {
        if (mine.equals(theirs) || mine.equals(base)) {
            return new ListMerge<>(theirs, false);
        }
        if (theirs.equals(base)) {
            return new ListMerge<>(mine, false);
        }
        Side<T> m = new Side<>(base, mine, sameEntry);
        Side<T> t = new Side<>(base, theirs, sameEntry);
        for (int i = 0; i < base.size(); i++) {
            boolean mineTouched = m.fate.get(i) != Side.KEPT;
            boolean theirsTouched = t.fate.get(i) != Side.KEPT;
            if (mineTouched && theirsTouched && !same(m.fate.get(i), t.fate.get(i))) {
                return new ListMerge<>(theirs, true);
            }
        }
        List<Integer> mineOrder = m.sharedOrder(t);
        List<Integer> theirsOrder = t.sharedOrder(m);
        boolean mineMoved = !ascending(mineOrder);
        if (mineMoved && !ascending(theirsOrder) && !mineOrder.equals(theirsOrder)) {
            return new ListMerge<>(theirs, true);
        }
        return new ListMerge<>(mineMoved ? m.apply(t) : t.apply(m), false);
    }

    private static boolean same(Object a, Object b) {
        return a == b || a != null && a.equals(b);
    }

    private static boolean ascending(List<Integer> order) {
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i) < order.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    /** One side's list as the base's entries it kept, removed or changed, and the entries it added. */
    private static final class Side<T> {
        static final Object KEPT = new Object();
        static final Object REMOVED = new Object();

        final List<T> entries;
        /** For each entry of this side: the base index it stems from, -1 for an added one. */
        final int[] origin;
        /** For each base index: KEPT, REMOVED, or the entry it was changed to. */
        final List<Object> fate = new ArrayList<>();

        Side(List<T> base, List<T> entries, BiPredicate<T, T> sameEntry) {
            this.entries = entries;
            origin = new int[entries.size()];
            boolean[] used = new boolean[base.size()];
            for (int j = 0; j < entries.size(); j++) {
                origin[j] = first(base, used, entries.get(j), Object::equals);
            }
            base.forEach(b -> fate.add(REMOVED));
            for (int j = 0; j < entries.size(); j++) {
                if (origin[j] >= 0) {
                    fate.set(origin[j], KEPT);
                }
            }
            for (int j = 0; j < entries.size(); j++) {
                if (origin[j] < 0) {
                    origin[j] = first(base, used, entries.get(j), sameEntry);
                    if (origin[j] >= 0) {
                        fate.set(origin[j], entries.get(j));
                    }
                }
            }
        }

        private static <T> int first(List<T> base, boolean[] used, T entry, BiPredicate<T, T> match) {
            for (int i = 0; i < base.size(); i++) {
                if (!used[i] && match.test(base.get(i), entry)) {
                    used[i] = true;
                    return i;
                }
            }
            return -1;
        }

        /** The base indexes this side and the other both still hold, in this side's order. */
        List<Integer> sharedOrder(Side<T> other) {
            List<Integer> out = new ArrayList<>();
            for (int o : origin) {
                if (o >= 0 && other.fate.get(o) != REMOVED) {
                    out.add(o);
                }
            }
            return out;
        }

        /** This side's list with the other side's removals, changes and additions put into it. */
        @SuppressWarnings("unchecked")
        List<T> apply(Side<T> other) {
            List<T> values = new ArrayList<>();
            List<Integer> origins = new ArrayList<>();
            for (int j = 0; j < entries.size(); j++) {
                Object theirFate = origin[j] < 0 ? KEPT : other.fate.get(origin[j]);
                if (theirFate != REMOVED) {
                    values.add(theirFate == KEPT ? entries.get(j) : (T) theirFate);
                    origins.add(origin[j]);
                }
            }
            int after = -1;
            for (int j = 0; j < other.entries.size(); j++) {
                T entry = other.entries.get(j);
                if (other.origin[j] >= 0) {
                    int at = origins.indexOf(other.origin[j]);
                    after = at >= 0 ? at : after;
                    continue;
                }
                int twin = addedTwin(values, origins, entry);
                if (twin >= 0) {
                    after = twin;
                    continue;
                }
                values.add(after + 1, entry);
                origins.add(after + 1, -2);
                after++;
            }
            return values;
        }

        /** An entry this side added that equals one the other side added too: kept once. */
        private static <T> int addedTwin(List<T> values, List<Integer> origins, T entry) {
            for (int i = 0; i < values.size(); i++) {
                if (origins.get(i) == -1 && values.get(i).equals(entry)) {
                    origins.set(i, -3);
                    return i;
                }
            }
            return -1;
        }
    }
}
