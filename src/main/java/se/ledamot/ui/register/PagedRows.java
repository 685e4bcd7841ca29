package se.ledamot.ui.register;

import java.util.Arrays;
import javafx.collections.ObservableListBase;

/**
 * The register's list as the table sees it: the ids a query let through, in order, each turned into a row only
 * when the table shows it ({@link RowCache}). A new query makes a new list; a matter added or moved to the trash
 * here changes this one in place, so the table keeps its place.
 */
final class PagedRows extends ObservableListBase<MatterRow> {
    static final PagedRows EMPTY = new PagedRows(new long[0], null);

    private long[] ids;
    private final RowCache cache;

    PagedRows(long[] ids, RowCache cache) {
        this.ids = ids;
        this.cache = cache;
    }

    @Override
    public MatterRow get(int index) {
        return cache.row(ids, index, this::filled);
    }

    /**
     * Rows at these places were filled in place after the table had shown them empty: told as an update, so that the
     * table measures them anew (titles wrap over lines). Without it they kept the one-line height they had empty, the
     * titles drawn over each other after End. The list may have grown meanwhile ({@link #growTo}): the places count
     * while they still hold the ids read.
     */
    private void filled(long[] read, int from, int to) {
        if (to > ids.length || !Arrays.equals(ids, from, to, read, from, to)) {
            return;
        }
        beginChange();
        for (int i = from; i < to; i++) {
            nextUpdate(i);
        }
        endChange();
    }

    @Override
    public int size() {
        return ids.length;
    }

    /** Where a matter is in the list, or -1; without making any row. */
    int indexOfId(long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int indexOf(Object o) {
        return o instanceof MatterRow row ? indexOfId(row.id()) : -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** A matter made here, shown first whatever the order, as a new matter always was. */
    void prepend(MatterRow row) {
        long[] more = new long[ids.length + 1];
        more[0] = row.id();
        System.arraycopy(ids, 0, more, 1, ids.length);
        ids = more;
        cache.put(row);
        beginChange();
        nextAdd(0, 1);
        endChange();
    }

    /** Takes a matter out of the list; true if it was in it. */
    boolean removeId(long id) {
        int at = indexOfId(id);
        if (at < 0) {
            return false;
        }
        MatterRow row = cache.peek(id);
        long[] fewer = new long[ids.length - 1];
        System.arraycopy(ids, 0, fewer, 0, at);
        System.arraycopy(ids, at + 1, fewer, at, ids.length - at - 1);
        ids = fewer;
        beginChange();
        nextRemove(at, row == null ? new MatterRow(id) : row);
        endChange();
        return true;
    }

    /**
     * The whole list arrived after its first page was shown: when it begins with the rows shown, they stay (and the
     * table its place and selection) and the rest is added after them. False, and nothing changed, otherwise.
     */
    boolean growTo(long[] all) {
        if (all.length < ids.length || !Arrays.equals(ids, 0, ids.length, all, 0, ids.length)) {
            return false;
        }
        int from = ids.length;
        ids = all;
        if (all.length > from) {
            beginChange();
            nextAdd(from, all.length);
            endChange();
        }
        return true;
    }

    long[] ids() {
        return Arrays.copyOf(ids, ids.length);
    }
}
