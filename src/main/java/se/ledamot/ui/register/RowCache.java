package se.ledamot.ui.register;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import se.ledamot.domain.MatterSummary;

/**
 * The register's rows that have been on screen lately, by matter id. A row the table asks for and that is not read
 * yet is handed out empty at once, and the page of ids around it is read in the background and filled in: the table
 * never waits for the database, and a hundred thousand matters cost only the pages scrolled past.
 */
final class RowCache {
    /** Rows read together: about three screens. */
    static final int PAGE = 120;
    /**
     * Rows read first at start, before the whole list: a tall screen's worth, worked out (deadlines in words) where
     * they are read, so the FX thread only shows them between the window and its first rows (issue 15: within
     * 0.3 s); the rest of the page is read when shown.
     */
    static final int FIRST_PAGE = 60;
    /** Rows kept: the screens around the ones scrolled to lately, the selected one among them. */
    private static final int KEEP = 4_000;

    /** Reads the summaries of some matters, off the FX thread, and hands them over on it. */
    interface Reader {
        void read(long[] ids, Consumer<List<MatterSummary>> then, Runnable failed);
    }

    private final Map<Long, MatterRow> rows = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, MatterRow> eldest) {
            return size() > KEEP;
        }
    };
    private final Set<Long> reading = new HashSet<>();
    private final Reader reader;
    private final BiConsumer<MatterRow, MatterSummary> fill;

    RowCache(Reader reader, BiConsumer<MatterRow, MatterSummary> fill) {
        this.reader = reader;
        this.fill = fill;
    }

    /** Told which places of a list of ids a page read filled in place. */
    interface Filled {
        void filled(long[] ids, int from, int to);
    }

    /** The row at this place of the list, reading its page if it is not read yet ({@code filled} told after). */
    MatterRow row(long[] ids, int index, Filled filled) {
        MatterRow row = rows.computeIfAbsent(ids[index], MatterRow::new);
        if (!row.isLoaded() && !reading.contains(row.id())) {
            readPage(ids, index, filled);
        }
        return row;
    }

    /** The row of a matter if it has been made, without reading anything. */
    MatterRow peek(long id) {
        return rows.get(id);
    }

    void put(MatterRow row) {
        rows.put(row.id(), row);
    }

    /** Rows of matters read and worked out just now, filled and kept; their ids, in order. */
    long[] fill(List<MatterRow.Shown> read) {
        long[] ids = new long[read.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = read.get(i).id();
            rows.computeIfAbsent(ids[i], MatterRow::new).show(read.get(i));
        }
        return ids;
    }

    /** Everything may have changed elsewhere: every row is read again when next shown. */
    void staleAll() {
        rows.values().forEach(MatterRow::stale);
    }

    private void readPage(long[] ids, int index, Filled filled) {
        int from = index / PAGE * PAGE;
        int to = Math.min(ids.length, from + PAGE);
        List<Long> wanted = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            MatterRow known = rows.get(ids[i]);
            if ((known == null || !known.isLoaded()) && !reading.contains(ids[i])) {
                wanted.add(ids[i]);
            }
        }
        reading.addAll(wanted);
        long[] page = wanted.stream().mapToLong(Long::longValue).toArray();
        reader.read(page, summaries -> {
            wanted.forEach(reading::remove);
            for (MatterSummary s : summaries) {
                fill.accept(rows.computeIfAbsent(s.id(), MatterRow::new), s);
            }
            filled.filled(ids, from, to);
        }, () -> wanted.forEach(reading::remove));
    }
}
