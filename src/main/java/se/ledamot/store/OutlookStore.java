package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.MATTER_AUTHOR;

import java.time.LocalDate;
import java.util.Arrays;
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

    /**
     * The open matters not in the trash that may have a deadline on or before a day, without body and answer; and
     * every interpellation and question still awaiting its answer (whose deadlines follow the meetings, and which
     * the dashboard may list as the user's own to answer).
     */
    public List<Matter> mayBeDueBy(LocalDate day) {
        return matters.openOutlines(mayBeDue(day));
    }

    /** The condition of {@link #mayBeDueBy}, rule by rule. */
    static Condition mayBeDue(LocalDate day) {
        // The one-year rule (KL 5 kap. 35 § for motions; citizen proposals 8 kap.): the last day is a year after
        // submission, moved later off a closed day, so it is never before the anniversary. A day's margin covers a
        // submission on 29 February, whose anniversary is 28 February.
        Condition oneYear = MATTER.KIND.in(codes(Arrays.stream(MatterKind.values())
                .filter(MatterKind::hasProposals).toList())).and(MATTER.SUBMITTED.le(day.minusYears(1).plusDays(1)));
        // A reply date stated in the matter (a referral's last day).
        Condition stated = MATTER.REPLY_BY.le(day);
        // Interpellations and questions awaiting an answer (KL 5 kap. 59–63 §§ and the arbetsordning): due at a
        // meeting and a written answer before it; few at any time, so all of them.
        Condition awaiting = MATTER.KIND.in(codes(Arrays.stream(MatterKind.values())
                .filter(MatterKind::hasAddressee).toList()))
                .and(MATTER.STATUS.in(Status.SUBMITTED.code(), Status.ANSWER_READY.code()));
        return oneYear.or(stated).or(awaiting);
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

    private static List<String> codes(List<MatterKind> kinds) {
        return kinds.stream().map(MatterKind::code).toList();
    }
}
