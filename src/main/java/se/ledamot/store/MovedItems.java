package se.ledamot.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.ledamot.importer.draft.MeetingPlan.Place;
import se.ledamot.importer.draft.MeetingPlan.Planned;

/**
 * Which kept items a new version of a föredragningslista moved: those outside the longest run that keeps its old
 * order. An item added before others shifts their numbers but moves none of them; one item taken from the end to the
 * top is the one moved, not all those it jumped.
 */
final class MovedItems {
    private MovedItems() {
    }

    static List<Planned> marked(List<Planned> items) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).place() != Place.ADDED) {
                kept.add(i);
            }
        }
        Set<Integer> inOrder = longestRising(items, kept);
        List<Planned> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Planned p = items.get(i);
            boolean moved = p.place() != Place.ADDED && !inOrder.contains(i);
            out.add(moved ? new Planned(p.line(), p.matter(), p.match(), Place.MOVED, p.oldNumber()) : p);
        }
        return out;
    }

    /** The indexes of the longest subsequence of kept items whose old numbers rise (quadratic; agendas are short). */
    private static Set<Integer> longestRising(List<Planned> items, List<Integer> kept) {
        int n = kept.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (items.get(kept.get(j)).oldNumber() < items.get(kept.get(i)).oldNumber()
                        && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        Set<Integer> out = new HashSet<>();
        for (int i = best; i >= 0; i = previous[i]) {
            out.add(kept.get(i));
        }
        return out;
    }
}
