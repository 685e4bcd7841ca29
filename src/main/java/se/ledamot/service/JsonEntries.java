package se.ledamot.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A kept {@code --json} answer that is an array of matters' entries, as the command line writes it ("[ {", "}, {",
 * "} ]", every line inside indented), with some matters' entries taken out and their new ones put where the
 * answer's order places them: what a full reading would print, without reading every matter (issue 15).
 */
public final class JsonEntries {
    private static final JsonFactory JSON = new JsonFactory();

    /** The order of a command's entries, and what of an entry says it. */
    public enum Order {
        /** {@code list}: newest submission first, matters without a day before all, then the newest id. */
        REGISTER("  ", null),
        /** {@code overdue}: longest overdue first, then by title, then as the register (the matter's fields). */
        OVERDUE("    ", "  \"days_overdue\" : ");

        /** How a matter's own fields are indented in an entry; the field of the days overdue (none: no such). */
        private final String matterIndent;
        private final String days;
        private final byte[] idField;

        Order(String matterIndent, String days) {
            this.matterIndent = matterIndent;
            this.days = days;
            this.idField = ("\n" + matterIndent + "\"id\" : ").getBytes(StandardCharsets.US_ASCII);
        }

        /** The entry's matter's id: its first number after the indented "id" (read at every entry: quick). */
        long idOf(ByteBuffer b, int start, int end) {
            byte[] name = idField;
            for (int i = start; i + name.length < end; i++) {
                if (matches(b, i, name)) {
                    long id = 0;
                    for (int j = i + name.length; j < end && b.get(j) >= '0' && b.get(j) <= '9'; j++) {
                        id = id * 10 + (b.get(j) - '0');
                    }
                    return id;
                }
            }
            throw new IllegalArgumentException("no id in an entry");
        }

        /** What orders the entry, its matter's id read already ({@link #idOf}). */
        Key keyOf(ByteBuffer b, int start, int end, long id) {
            String submitted = value(b, start, end, "\n" + matterIndent + "\"submitted\" : ");
            if (days == null) {
                return new Key(id, submitted, 0, null);
            }
            return new Key(id, submitted, Long.parseLong(value(b, start, end, "\n" + days)),
                    string(value(b, start, end, "\n" + matterIndent + "\"title\" : ")));
        }

        Comparator<Key> order() {
            return days == null ? Key.REGISTER : Key.OVERDUE;
        }
    }

    /** What orders an entry: its matter's id and day of submission ("null" or quoted), its days overdue, title. */
    record Key(long id, String submitted, long daysOverdue, String title) {
        static final Comparator<Key> REGISTER = (a, b) -> {
            boolean x = a.submitted.equals("null");
            boolean y = b.submitted.equals("null");
            if (x != y) {
                return x ? -1 : 1;
            }
            int byDay = b.submitted.compareTo(a.submitted); // "YYYY-MM-DD" quoted: as the days
            return byDay != 0 ? byDay : Long.compare(b.id, a.id);
        };
        static final Comparator<Key> OVERDUE = Comparator.comparingLong(Key::daysOverdue).reversed()
                .thenComparing(Key::title).thenComparing(REGISTER);
    }

    private JsonEntries() {
    }

    /**
     * Where each entry of an array is, from its "{" to its "}", as start and end (exclusive): each ends where a
     * line begins with "}" (every line inside one is indented). Read a megabyte at a time (68 MB at 100 000 matters).
     */
    static List<int[]> entries(ByteBuffer b) {
        List<int[]> out = new ArrayList<>();
        int limit = b.limit();
        if (limit < 4 || b.get(0) != '[' || b.get(2) != '{') {
            return out; // "[ ]"
        }
        byte[] chunk = new byte[Math.min(limit, 1 << 20)];
        int start = 2;
        for (int from = start; from < limit - 2; from += chunk.length) {
            int n = Math.min(chunk.length, limit - from);
            b.get(from, chunk, 0, n);
            for (int k = 0; k < n; k++) {
                int i = from + k;
                if (chunk[k] != '\n' || i < start || i + 2 >= limit || b.get(i + 1) != '}') {
                    continue;
                }
                out.add(new int[] {start, i + 2});
                if (b.get(i + 2) != ',') {
                    return out;
                }
                start = i + 4; // past "}, "
            }
        }
        return out;
    }

    /**
     * Writes {@code base} with the entries of {@code matters} taken out and those of {@code changed} (an array of
     * their new entries, in any order) put in their places. The entries between are copied a run at a time, with
     * the separators between them as they are.
     */
    static void splice(ByteBuffer base, ByteBuffer changed, Set<Long> matters, Order order, WritableByteChannel to)
            throws IOException {
        Comparator<Key> by = order.order();
        List<Added> added = new ArrayList<>();
        for (int[] e : entries(changed)) {
            added.add(new Added(e[0], e[1], order.keyOf(changed, e[0], e[1], order.idOf(changed, e[0], e[1]))));
        }
        added.sort(Comparator.comparing(Added::key, by));
        Output out = new Output(to);
        int next = 0;
        for (int[] e : entries(base)) {
            long id = order.idOf(base, e[0], e[1]);
            if (matters.contains(id)) {
                out.endRun(base);
                continue;
            }
            if (next < added.size()) {
                Key key = order.keyOf(base, e[0], e[1], id);
                for (; next < added.size() && by.compare(added.get(next).key(), key) < 0; next++) {
                    out.endRun(base);
                    out.entry(changed, added.get(next).start(), added.get(next).end());
                }
            }
            out.run(e);
        }
        out.endRun(base);
        for (; next < added.size(); next++) {
            out.entry(changed, added.get(next).start(), added.get(next).end());
        }
        out.close();
    }

    /** A new entry: where it lies in the changed matters' array, and what orders it. */
    private record Added(int start, int end, Key key) {
    }

    /** The array written: entries one at a time, or runs of the kept answer's entries as they lie in it. */
    private static final class Output {
        private final WritableByteChannel to;
        private boolean first = true;
        private int runStart = -1;
        private int runEnd;

        Output(WritableByteChannel to) {
            this.to = to;
        }

        void run(int[] e) {
            if (runStart < 0) {
                runStart = e[0];
            }
            runEnd = e[1];
        }

        void endRun(ByteBuffer base) throws IOException {
            if (runStart >= 0) {
                entry(base, runStart, runEnd);
                runStart = -1;
            }
        }

        void entry(ByteBuffer in, int start, int end) throws IOException {
            write(ByteBuffer.wrap((first ? "[ " : ", ").getBytes(StandardCharsets.US_ASCII)));
            first = false;
            write(in.duplicate().limit(end).position(start));
        }

        void close() throws IOException {
            write(ByteBuffer.wrap((first ? "[ ]\n" : " ]\n").getBytes(StandardCharsets.US_ASCII)));
        }

        private void write(ByteBuffer b) throws IOException {
            while (b.hasRemaining()) {
                to.write(b);
            }
        }
    }

    /** The text after a field's name up to the end of its line, without the comma. */
    private static String value(ByteBuffer b, int start, int end, String field) {
        byte[] name = field.getBytes(StandardCharsets.US_ASCII);
        for (int i = start; i + name.length <= end; i++) {
            if (matches(b, i, name)) {
                int from = i + name.length;
                int to = from;
                while (to < end && b.get(to) != '\n') {
                    to++;
                }
                if (b.get(to - 1) == ',') {
                    to--;
                }
                byte[] text = new byte[to - from];
                b.duplicate().position(from).get(text);
                return new String(text, StandardCharsets.UTF_8);
            }
        }
        throw new IllegalArgumentException("no " + field.strip() + " in an entry");
    }

    private static boolean matches(ByteBuffer b, int at, byte[] name) {
        for (int j = 0; j < name.length; j++) {
            if (b.get(at + j) != name[j]) {
                return false;
            }
        }
        return true;
    }

    /** A JSON string as written, read. */
    private static String string(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            return p.getValueAsString();
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
