package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.MATTER_AUTHOR;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.PendingCounts;
import se.ledamot.domain.Status;

/**
 * What deadlines and the dashboard read at any size of register: the pending matters counted by aggregate queries,
 * and the few open matters that can have a deadline on or before a day. The deadlines themselves are decided by the
 * domain's rules ({@code MeetingCalendar.deadlines()}) on those few; the SQL here only leaves out matters that no
 * rule can make due by then, so it must stay a superset of what each rule lets through.
 */
public final class OutlookStore {
    private final DSLContext dsl;
    private final MatterStore matters;

    public OutlookStore(DSLContext dsl, MatterStore matters) {
        this.dsl = dsl;
        this.matters = matters;
    }

    /** The open matters not in the trash that may be past a deadline on a day ({@link OverdueCandidates}). */
    public List<Matter> overdueCandidates(LocalDate day) {
        return matters.listOverdueCandidates(day);
    }

    /**
     * The open matters not in the trash that may have a deadline on or before a day, without body and answer: those
     * that may be past one the day after ({@link OverdueCandidates}), and every interpellation and question still
     * awaiting its answer, dated or not (the dashboard may list it as the user's own to answer).
     */
    public List<Matter> mayBeDueBy(LocalDate day) {
        return matters.openOutlines(mayBeDue(day));
    }

    /** The condition of {@link #mayBeDueBy}. */
    static Condition mayBeDue(LocalDate day) {
        Condition awaiting = MATTER.KIND.in(OverdueCandidates.codes(MatterKind::hasAddressee))
                .and(MATTER.STATUS.in(Status.SUBMITTED.code(), Status.ANSWER_READY.code()));
        return OverdueCandidates.on(day.plusDays(1)).or(awaiting);
    }

    /** The pending matters counted by kind and status, by party, and motions and proposals by submission day. */
    public PendingCounts pending() {
        Condition pending = MATTER.TRASHED_AT.isNull().and(RegisterStore.open())
                .and(MATTER.STATUS.ne(Status.DRAFT.code()));
        Map<MatterKind, Map<Status, Integer>> byKind = new EnumMap<>(MatterKind.class);
        Map<MatterKind, Map<LocalDate, Integer>> bySubmitted = new EnumMap<>(MatterKind.class);
        dsl.select(MATTER.KIND, MATTER.STATUS, MATTER.SUBMITTED, DSL.count()).from(MATTER).where(pending)
                .groupBy(MATTER.KIND, MATTER.STATUS, MATTER.SUBMITTED).forEach(r -> {
                    MatterKind kind = MatterKind.fromCode(r.value1()).orElse(MatterKind.OTHER);
                    byKind.computeIfAbsent(kind, k -> new EnumMap<>(Status.class))
                            .merge(Status.fromCode(r.value2()).orElseThrow(), r.value4(), Integer::sum);
                    if (kind.hasProposals() && r.value3() != null) {
                        bySubmitted.computeIfAbsent(kind, k -> new TreeMap<>()).merge(r.value3(), r.value4(),
                                Integer::sum);
                    }
                });
        Map<String, Integer> byParty = new HashMap<>();
        dsl.select(MATTER_AUTHOR.PARTY, DSL.countDistinct(MATTER_AUTHOR.MATTER_ID)).from(MATTER_AUTHOR).join(MATTER)
                .on(MATTER.ID.eq(MATTER_AUTHOR.MATTER_ID)).where(pending.and(MATTER_AUTHOR.PARTY.isNotNull()))
                .groupBy(MATTER_AUTHOR.PARTY).forEach(r -> byParty.put(r.value1(), r.value2()));
        int withoutParty = dsl.fetchCount(MATTER, pending.and(DSL.notExists(DSL.selectOne().from(MATTER_AUTHOR)
                .where(MATTER_AUTHOR.MATTER_ID.eq(MATTER.ID).and(MATTER_AUTHOR.PARTY.isNotNull())))));
        return new PendingCounts(byKind, byParty, withoutParty, bySubmitted);
    }
}
