package se.ledamot.store;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import se.ledamot.domain.Lifecycle;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;

/**
 * The parts of the register a screen or a paper works on, each read through an index: Svar's open interpellations and
 * questions, the matters a meeting's agenda may take, a kallelse's anmälningar. Each was every matter read whole and
 * filtered in Java (issue 15: at 100 000 matters Svar took 14 s to fill and Sammanträden 5.6 s for each meeting
 * chosen, every body text of twenty years read each time).
 */
public final class MatterSubsets {
    /** Ids read at a time by {@link #eachOutline}: an IN list H2 looks up one by one, never a whole table's. */
    private static final int CHUNK = 1_000;

    private final DSLContext dsl;
    private final MatterStore matters;

    public MatterSubsets(DSLContext dsl, MatterStore matters) {
        this.dsl = dsl;
        this.matters = matters;
    }

    /**
     * The matters waiting for a decision (pending in their lifecycle: handed in and not yet closed), not in the trash,
     * newest submission first, as outlines: without body and answer, which an agenda's choice never shows.
     * Never save one of these.
     */
    public List<Matter> pendingOutlines() {
        return OpenMatters.outlines(dsl, Lifecycle::isPending, null);
    }

    /** The matters still open (drafts too), not in the trash, newest first, as outlines. Never save one of these. */
    public List<Matter> openOutlines() {
        return OpenMatters.outlines(dsl, Lifecycle::isOpen, null);
    }

    /**
     * The outlines of these matters in this order (a search's hits), handed over one at a time, a thousand read at a
     * time; one in the trash is left out.
     */
    public void eachOutline(long[] ids, Consumer<Matter> each) {
        for (int from = 0; from < ids.length; from += CHUNK) {
            long[] part = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + CHUNK));
            String in = Arrays.stream(part).mapToObj(Long::toString).collect(Collectors.joining(",", "(", ")"));
            Map<Long, Matter> read = new MatterCursor(dsl).of("SELECT " + MatterCursor.COLUMNS
                    + " FROM matter WHERE id IN " + in + " ORDER BY id", part).stream()
                    .collect(Collectors.toMap(Matter::id, Function.identity()));
            for (long id : part) {
                Matter m = read.get(id);
                if (m != null) {
                    each.accept(m);
                }
            }
        }
    }

    /** The interpellations and questions still open, whole (their answer is written from them), newest first. */
    public List<Matter> openToAnswer() {
        return matters.findAll(OpenMatters.ids(dsl, Lifecycle::isOpen,
                "kind IN " + OverdueCandidates.codes(MatterKind::hasAddressee)));
    }

    /**
     * The interpellations and questions no longer open (answered, withdrawn, lapsed) whose draft in Svar was never
     * put into the matter ("För in svaret" not pressed): the draft differs from the answer entered. A decision in
     * Debatt closes the matter whatever Svar holds; what was written there must stay reachable.
     */
    public List<Matter> closedWithDraftNotEntered() {
        Map<Long, String> drafts = PlainReads.list(dsl, "SELECT d.matter_id, d.text FROM answer_draft d JOIN matter m"
                + " ON m.id = d.matter_id WHERE m.trashed_at IS NULL AND m.kind IN "
                + OverdueCandidates.codes(MatterKind::hasAddressee), r -> Map.entry(r.getLong(1), r.getString(2)))
                .stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return matters.findAll(drafts.keySet()).stream()
                .filter(m -> !m.lifecycle().isOpen(m.status()))
                .filter(m -> !drafts.get(m.id()).strip().equals(m.answer() == null ? "" : m.answer().strip()))
                .toList();
    }

    /**
     * The matters of some kinds not in the trash handed in after one day up to and including another, whole, newest
     * first: through the register's index on (trashed_at, submitted, id), a few days' range of it.
     */
    public List<Matter> submittedBetween(Predicate<MatterKind> kind, LocalDate after, LocalDate upTo) {
        return matters.findAll(PlainReads.list(dsl, "SELECT id FROM matter WHERE trashed_at IS NULL AND submitted > "
                + OverdueCandidates.date(after) + " AND submitted <= " + OverdueCandidates.date(upTo)
                + " AND kind IN " + OverdueCandidates.codes(kind), r -> r.getLong(1)));
    }
}
