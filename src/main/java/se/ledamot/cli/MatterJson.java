package se.ledamot.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.Person;
import se.ledamot.domain.UndatedDeadline;
import se.ledamot.domain.meeting.AnswerSchedule;
import se.ledamot.l10n.DeadlineText;

/** The JSON form of a matter that scripts rely on; its names are fixed by the foundation issue. */
public final class MatterJson {
    private MatterJson() {
    }

    /** The matter without body and answer (plain loops, no streams: this runs 100 000 times in a long list). */
    public static Map<String, Object> of(Matter m, Deadlines deadlines) {
        return of(m, deadlines.nearest(m).orElse(null), deadlines);
    }

    /** As {@link #of(Matter, Deadlines)} with the matter's nearest deadline known already (null: none). */
    static Map<String, Object> of(Matter m, Deadline deadline, Deadlines deadlines) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", m.id());
        json.put("number", m.number());
        json.put("kind", m.kind().code());
        json.put("title", m.title());
        json.put("submitted", iso(m.submitted()));
        json.put("place", m.place());
        List<Map<String, Object>> authors = new ArrayList<>(m.authors().size());
        for (Person p : m.authors()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", p.name());
            a.put("party", p.party());
            authors.add(a);
        }
        json.put("authors", authors);
        json.put("addressee", addressee(m.addressee()));
        json.put("responsible_body", m.responsibleBody());
        json.put("proposals", m.proposals());
        json.put("questions", m.questions());
        json.put("status", m.status().code());
        json.put("decision", m.decision() == null ? null : m.decision().code());
        json.put("deadline", deadline == null ? null : deadline.date().toString());
        json.put("deadline_type", deadline == null ? null : deadline.type().code());
        json.put("deadline_rule", deadline == null ? null : DeadlineText.explainForMachine(deadline));
        json.put("deadline_unplanned", deadline == null ? deadlines.undated(m).map(MatterJson::unplanned).orElse(null)
                : null);
        List<String> tags = new ArrayList<>(m.tags());
        tags.sort(null);
        json.put("tags", tags);
        return json;
    }

    /** The whole matter, with its text and answer: what `show` prints. */
    public static Map<String, Object> full(Matter m, Deadlines deadlines) {
        Map<String, Object> json = of(m, deadlines);
        json.put("body", m.body());
        json.put("answer", m.answer());
        return json;
    }

    /**
     * A clock without a date yet (an answer at a meeting not planned): its type as {@code deadline_type} names it,
     * the council meeting where it is asked (null while it is not asked yet), and the rule in words.
     */
    private static Map<String, Object> unplanned(UndatedDeadline u) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", u.type().code());
        json.put("asked", u.basis() instanceof AnswerSchedule s ? s.askedAt().date().toString() : null);
        json.put("rule", DeadlineText.explainForMachine(u));
        return json;
    }

    static Map<String, Object> addressee(Addressee a) {
        if (a == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", a.name());
        json.put("party", a.party());
        json.put("role", a.role());
        return json;
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The value as indented JSON, as an indenting ObjectMapper writes it (see {@link PlainJson}). */
    public static String write(Object value) {
        return PlainJson.text(value);
    }

    /**
     * The value as {@link #write} gives it and a line break, printed without the whole text held as one string
     * ({@link PlainJson#forTerminal}).
     */
    static void print(PrintWriter out, Object value) {
        try (JsonGenerator g = PlainJson.forTerminal(out)) {
            PlainJson.write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    /**
     * The matters as one JSON array, as {@link #write} would print their list, written one matter at a time: a long
     * register is never held as one string.
     */
    static void writeList(PrintWriter out, List<Matter> matters, Deadlines deadlines) {
        try (ListWriter list = new ListWriter(out, deadlines)) {
            matters.forEach(list);
        }
    }

    /**
     * A JSON array of matters written as they come (from a database cursor); closing ends the array. The matters are
     * formatted in pieces on other threads, each piece into bytes, while this one writes the pieces done, in order:
     * at 100 000 matters the writing was a third of {@code list --json}'s time on one core of two (issue 15). A
     * piece is the array Jackson writes of its matters, "[ " and " ]" cut off: pieces joined by ", " are the
     * array it writes of them all.
     */
    static final class ListWriter implements Consumer<Matter>, AutoCloseable {
        /**
         * Matters per piece: ~0.35 MB of JSON, at most one piece per thread waiting to be written (pieces of 2 000,
         * two waiting, raised the peak by 105 MB).
         */
        static final int PIECE = 500;
        private static final int THREADS = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);
        private final PrintWriter out;
        private final Deadlines deadlines;
        private final int piece;
        private final ExecutorService formatters;
        private final ArrayDeque<Future<Piece>> pending = new ArrayDeque<>();
        private List<Matter> next;
        private boolean first = true;

        ListWriter(PrintWriter out, Deadlines deadlines) {
            this(out, deadlines, PIECE);
        }

        /** With pieces of this many matters (tests: pieces of one or two). */
        ListWriter(PrintWriter out, Deadlines deadlines, int piece) {
            this.out = TerminalText.behind(out);
            this.deadlines = deadlines;
            this.piece = piece;
            this.next = new ArrayList<>(piece);
            formatters = Executors.newFixedThreadPool(THREADS, r -> {
                Thread t = new Thread(r, "list-json");
                t.setDaemon(true);
                return t;
            });
            this.out.write('[');
        }

        @Override
        public void accept(Matter m) {
            next.add(m);
            if (next.size() == piece) {
                submit();
                while (pending.size() > THREADS) {
                    writeOldest();
                }
            }
        }

        private void submit() {
            List<Matter> matters = next;
            pending.add(formatters.submit(() -> format(matters)));
            next = new ArrayList<>(piece);
        }

        /** The piece's matters as Jackson writes their array. */
        private Piece format(List<Matter> matters) throws IOException {
            Piece bytes = new Piece(matters.size() * 720);
            try (JsonGenerator g = PlainJson.generator(bytes)) {
                g.setCharacterEscapes(TerminalText.JSON_SIGNS);
                g.writeStartArray();
                for (Matter m : matters) {
                    PlainJson.write(g, of(m, deadlines));
                }
                g.writeEndArray();
            }
            return bytes;
        }

        /** A piece's array as written, its "[ " and " ]" left out where it is read (not copied without them). */
        private static final class Piece extends ByteArrayOutputStream {
            Piece(int size) {
                super(size);
            }

            void writeItemsTo(OutputStream out) throws IOException {
                out.write(buf, 2, count - 4);
            }

            String items() {
                return new String(buf, 2, count - 4, StandardCharsets.UTF_8);
            }
        }

        private void writeOldest() {
            Piece json;
            try {
                json = pending.remove().get();
            } catch (InterruptedException e) {
                // Not set again: nothing of ours interrupts, and H2 closes its file when a thread with the flag set
                // writes (ArchitectureTest).
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? new UncheckedIOException(io)
                        : e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
            String before = first ? " " : ", ";
            first = false;
            if (out instanceof ByteOutput terminal) {
                try {
                    OutputStream bytes = terminal.bytes();
                    bytes.write(before.getBytes(StandardCharsets.US_ASCII));
                    json.writeItemsTo(bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.write(before);
                out.write(json.items());
            }
        }

        @Override
        public void close() {
            try {
                if (!next.isEmpty()) {
                    submit();
                }
                while (!pending.isEmpty()) {
                    writeOldest();
                }
                out.write(" ]");
                out.println();
            } finally {
                formatters.shutdown(); // a piece not written after a failure is formatted for nothing, not stopped
            }
        }
    }
}
