package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.MATTER_AUTHOR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import se.ledamot.domain.Lifecycle;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.PendingCounts;
import se.ledamot.domain.Status;

/**
 * What deadlines and the dashboard read at any size of register: the pending matters counted, and the few open
 * matters that can have a deadline on or before a day. The deadlines themselves are decided by the
 * domain's rules ({@code MeetingCalendar.deadlines()}) on those few; the SQL here only leaves out matters that no
 * rule can make due by then, so it must stay a superset of what each rule lets through.
 */
public final class OutlookStore {
    /** What the pending counts read of each pending matter, all in index V28 ({@link OpenMatters}). */
    static final String PENDING_COLUMNS = "id, kind, status, submitted";

    private final DSLContext dsl;

    public OutlookStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The open matters not in the trash that may be past a deadline on a day ({@link OverdueCandidates}). */
    public List<Matter> overdueCandidates(LocalDate day) {
        return OpenMatters.outlines(dsl, Lifecycle::isOpen, OverdueCandidates.on(day));
    }

    /**
     * The open matters not in the trash that may have a deadline on or before a day, each only its matter row (no
     * body, answer, authors, att-satser, questions or tags: the rules and the dashboard's list read none of them):
     * those that may be past one the day after ({@link OverdueCandidates}), and every interpellation and question
     * still awaiting its answer, dated or not (the dashboard may list it as the user's own to answer).
     */
    public List<Matter> mayBeDueBy(LocalDate day) {
        return OpenMatters.bare(dsl, mayBeDue(day));
    }

    /** The condition of {@link #mayBeDueBy}. */
    static String mayBeDue(LocalDate day) {
        return OverdueCandidates.on(day.plusDays(1)) + " OR kind IN " + OverdueCandidates.codes(MatterKind::hasAddressee)
                + " AND status IN ('" + Status.SUBMITTED.code() + "', '" + Status.ANSWER_READY.code() + "')";
    }

    /**
     * The pending matters counted by kind and status, by party, and motions and proposals by submission day: the
     * pending matters' kind, status and day read through the index ({@link OpenMatters}) and counted here, their
     * authors' parties read by the matters' ids.
     */
    public PendingCounts pending() {
        Map<MatterKind, Map<Status, Integer>> byKind = new EnumMap<>(MatterKind.class);
        Map<MatterKind, Map<LocalDate, Integer>> bySubmitted = new EnumMap<>(MatterKind.class);
        List<Long> ids = new ArrayList<>();
        for (Pending p : PlainReads.list(dsl, OpenMatters.query(PENDING_COLUMNS, Lifecycle::isPending, null),
                r -> new Pending(r.getLong(1), MatterKind.fromCode(r.getString(2)).orElse(MatterKind.OTHER),
                        Status.fromCode(r.getString(3)).orElseThrow(), r.getObject(4, LocalDate.class)))) {
            ids.add(p.id());
            byKind.computeIfAbsent(p.kind(), k -> new EnumMap<>(Status.class)).merge(p.status(), 1, Integer::sum);
            if (p.kind().hasProposals() && p.submitted() != null) {
                bySubmitted.computeIfAbsent(p.kind(), k -> new TreeMap<>()).merge(p.submitted(), 1, Integer::sum);
            }
        }
        Map<String, Set<Long>> byParty = new HashMap<>();
        dsl.select(MATTER_AUTHOR.MATTER_ID, MATTER_AUTHOR.PARTY).from(MATTER_AUTHOR)
                .where(MatterStore.idIn(MATTER_AUTHOR.MATTER_ID, ids))
                .and(MATTER_AUTHOR.PARTY.isNotNull())
                .forEach(r -> byParty.computeIfAbsent(r.value2(), p -> new HashSet<>()).add(r.value1()));
        Set<Long> withParty = new HashSet<>();
        byParty.values().forEach(withParty::addAll);
        Map<String, Integer> counts = new HashMap<>();
        byParty.forEach((party, matters) -> counts.put(party, matters.size()));
        return new PendingCounts(byKind, counts, ids.size() - withParty.size(), bySubmitted);
    }

    private record Pending(long id, MatterKind kind, Status status, LocalDate submitted) {
    }
}
