package se.ledamot.service;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The register's matters in a column's order, as the database sorted them, and that order imposed on any of them:
 * a search sorted by a column keeps the hits in this order. Read once per filter and order and kept while the
 * matters do not change, so a keystroke sorts only its hits instead of reading every matter's place anew.
 */
final class ColumnOrder {
    private final long[] ids;
    /** Each id's place + 1 (0: not among them), by id when the ids are dense enough, otherwise in a map. */
    private final int[] placeById;
    private final Map<Long, Integer> placeOf;

    ColumnOrder(long[] ids) {
        this.ids = ids;
        long max = Arrays.stream(ids).max().orElse(0);
        if (max < 8L * ids.length + 1_024 && Arrays.stream(ids).allMatch(id -> id >= 0)) {
            placeById = new int[(int) max + 1];
            for (int i = 0; i < ids.length; i++) {
                placeById[(int) ids[i]] = i + 1;
            }
            placeOf = null;
        } else {
            placeById = null;
            placeOf = new HashMap<>(ids.length * 2);
            for (int i = 0; i < ids.length; i++) {
                placeOf.put(ids[i], i);
            }
        }
    }

    /** Those of these ids that are among the ordered ones, in their order. */
    long[] keep(long[] some) {
        int[] places = new int[some.length];
        int n = 0;
        for (long id : some) {
            int place = placeOf(id);
            if (place >= 0) {
                places[n++] = place;
            }
        }
        Arrays.sort(places, 0, n);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = ids[places[i]];
        }
        return out;
    }

    private int placeOf(long id) {
        if (placeById != null) {
            return id >= 0 && id < placeById.length ? placeById[(int) id] - 1 : -1;
        }
        Integer place = placeOf.get(id);
        return place == null ? -1 : place;
    }
}
