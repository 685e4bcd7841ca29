package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.AGENDA_CHANGE;
import static se.ledamot.store.jooq.Tables.AGENDA_ITEM;
import static se.ledamot.store.jooq.Tables.BODY;
import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.MATTER_AUTHOR;
import static se.ledamot.store.jooq.Tables.MEETING;
import static se.ledamot.store.jooq.Tables.SYNC_CHANGE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import se.ledamot.domain.Matter;
import se.ledamot.search.SearchDocuments.AgendaItemDocument;
import se.ledamot.search.SearchDocuments.MatterDocument;
import se.ledamot.search.SearchDocuments.MeetingDocument;
import se.ledamot.search.SearchDocuments.PersonDocument;

/**
 * What the search index is made of, read from the database: matters with the bodies they belong to, meetings with
 * their agendas, the people who wrote matters; and what tells the index what changed since it last looked — the
 * matters' {@code updated_at} (every change moves it) and a fingerprint per meeting of its agenda.
 */
public final class SearchFeed {
    /**
     * The state of the matters: the newest change (every change, trash and restore too, moves updated_at) and how
     * many rows there are (only a real deletion lowers it); on a shared server also the last number of its change
     * sequence (0 elsewhere, where the table is empty). Reads over indexes, cheap enough for every search.
     */
    public record MatterState(OffsetDateTime newest, int rows, long localWrites, long serverChange) {
    }

    /** A meeting and its agenda, as the index takes them. */
    public record MeetingBundle(MeetingDocument meeting, List<AgendaItemDocument> items) {
    }

    /** The widest run of missing change numbers taken for writes not yet committed; wider is a sequence's jump. */
    private static final int MAX_GAP = 1_000;
    /** How many changes later a missing number is given up (its write was rolled back). */
    private static final int KEEP_GAPS_FOR = 10_000;

    private final DSLContext dsl;
    private final MatterStore matters;

    public SearchFeed(DSLContext dsl, MatterStore matters) {
        this.dsl = dsl;
        this.matters = matters;
    }

    public MatterState matterState() {
        long writes = matters.writes();
        // One question: H2 answers both from its index and its row count without reading rows.
        var r = dsl.select(DSL.max(MATTER.UPDATED_AT), DSL.count(), DSL.field(sharedChange())).from(MATTER).fetchOne();
        return new MatterState(r.value1(), r.value2(), writes, r.value3() == null ? 0 : r.value3());
    }

    /**
     * The last number a shared server gave a change of what everyone shares (0 elsewhere): matters, meetings, items,
     * bodies, what the index holds; a group's own changes (positions, drafts) are not in it. One read of an index
     * (V46_1).
     */
    public long serverChange() {
        Long seq = sharedChange().fetchOne(0, Long.class);
        return seq == null ? 0 : seq;
    }

    /** As the newest first, one row: max() under row-level security read every shared change's row. */
    private org.jooq.Select<org.jooq.Record1<Long>> sharedChange() {
        return dsl.select(SYNC_CHANGE.SEQ).from(SYNC_CHANGE).where(SYNC_CHANGE.GROUP_CODE.eq(""))
                .orderBy(SYNC_CHANGE.SEQ.desc()).limit(1);
    }

    /** How many writes to matters this program has made (the store counts them). */
    public long localWrites() {
        return matters.writes();
    }

    /**
     * The matters a shared server numbered a change of after {@code seq}: the server's sequence follows the order of
     * the commits, where updated_at has the clock of the laptop that made the change, which may be behind the others'
     * by more than any overlap (V10_1). A group's answer drafts are not indexed (the answer put in is the matter's).
     */
    public List<Long> changedOnServerAfter(long seq) {
        return dsl.select(MATTER.ID).from(SYNC_CHANGE).join(MATTER).on(MATTER.UID.eq(SYNC_CHANGE.ENTITY_KEY))
                .where(SYNC_CHANGE.SEQ.gt(seq).and(SYNC_CHANGE.ENTITY.eq("matter"))).fetch(MATTER.ID);
    }

    /** The matters changed at or after a moment (in the trash or not). */
    public List<Long> changedSince(OffsetDateTime since) {
        return dsl.select(MATTER.ID).from(MATTER).where(MATTER.UPDATED_AT.ge(since)).fetch(MATTER.ID);
    }

    /** The ids of every matter not in the trash. */
    public Set<Long> liveIds() {
        return new HashSet<>(dsl.select(MATTER.ID).from(MATTER).where(MATTER.TRASHED_AT.isNull()).fetch(MATTER.ID));
    }

    /** The ids of every matter, in order, for a rebuild in chunks. */
    public List<Long> allLiveIdsInOrder() {
        return dsl.select(MATTER.ID).from(MATTER).where(MATTER.TRASHED_AT.isNull()).orderBy(MATTER.ID)
                .fetch(MATTER.ID);
    }

    /** These matters as the index takes them; those in the trash or gone are left out. */
    public List<MatterDocument> matters(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, String> codeOfName = new HashMap<>();
        dsl.select(BODY.CODE, BODY.NAME).from(BODY).forEach(r -> codeOfName.put(r.value2().toLowerCase(), r.value1()));
        Map<Long, Set<String>> bodies = new HashMap<>();
        dsl.selectDistinct(AGENDA_ITEM.MATTER_ID, MEETING.BODY_CODE).from(AGENDA_ITEM).join(MEETING)
                .on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID)).where(MatterStore.idIn(AGENDA_ITEM.MATTER_ID, ids))
                .forEach(r -> bodies.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        Set<Long> trashed = new HashSet<>(dsl.select(MATTER.ID).from(MATTER)
                .where(MatterStore.idIn(MATTER.ID, ids).and(MATTER.TRASHED_AT.isNotNull())).fetch(MATTER.ID));
        List<MatterDocument> out = new ArrayList<>();
        for (Matter m : matters.findAll(ids)) {
            if (trashed.contains(m.id())) {
                continue;
            }
            Set<String> codes = new HashSet<>(bodies.getOrDefault(m.id(), Set.of()));
            if (m.responsibleBody() != null && codeOfName.containsKey(m.responsibleBody().toLowerCase())) {
                codes.add(codeOfName.get(m.responsibleBody().toLowerCase()));
            }
            out.add(new MatterDocument(m, codes));
        }
        return out;
    }

    /**
     * Whether any meeting or agenda could have changed, in one cheap read: the last change noted by every write of a
     * meeting or an agenda item (V18, {@link se.ledamot.store.entity.AgendaChanges}) and how many are noted (a write
     * that took its number before a later one but committed after it adds one), the items' count and highest id
     * (a row added or removed by any path: a meeting's or a matter's deletion taking its items along, the generator's
     * rows) and the meetings' count and newest change. While it reads the same, so would {@link #meetingFingerprints}.
     * H2 answers each part from an index or a row count, without reading the items. The noted change comes first
     * ({@link #changeSeq}).
     */
    public String agendaState() {
        var r = dsl.select(DSL.field(DSL.select(DSL.max(AGENDA_CHANGE.SEQ)).from(AGENDA_CHANGE)),
                DSL.field(DSL.selectCount().from(AGENDA_ITEM)),
                DSL.field(DSL.select(DSL.max(AGENDA_ITEM.ID)).from(AGENDA_ITEM)),
                DSL.field(DSL.selectCount().from(MEETING)),
                DSL.field(DSL.select(DSL.max(MEETING.UPDATED_AT)).from(MEETING)),
                DSL.field(DSL.selectCount().from(AGENDA_CHANGE))).fetchOne();
        return (r.value1() == null ? 0 : r.value1()) + "/" + r.value2() + "/" + r.value3() + "/" + r.value4() + "/"
                + (r.value5() == null ? "" : r.value5().toInstant()) + "/" + r.value6();
    }

    /** The last noted change in an {@link #agendaState}; -1 when the text is not one. */
    public static long changeSeq(String agendaState) {
        try {
            return Long.parseLong(agendaState.substring(0, agendaState.indexOf('/')));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /**
     * The meetings named by changes noted after {@code seq} or at one of {@code gaps}, and the numbers up to the last
     * one read that are still missing: numbers taken by writes not yet committed when read (or rolled back), looked
     * for again next time. They are indexed again even when their fingerprint reads the same (a text rewritten to one
     * of the same length). A change noted without a meeting (a sync's) names none.
     */
    public NotedChanges changesAfter(long seq, Set<Long> gaps) {
        Set<Long> meetings = new HashSet<>();
        java.util.TreeSet<Long> missing = new java.util.TreeSet<>(gaps);
        long[] last = {seq};
        dsl.select(AGENDA_CHANGE.SEQ, AGENDA_CHANGE.MEETING_ID).from(AGENDA_CHANGE)
                .where(AGENDA_CHANGE.SEQ.gt(seq).or(AGENDA_CHANGE.SEQ.in(gaps))).orderBy(AGENDA_CHANGE.SEQ)
                .forEach(r -> {
                    long at = r.value1();
                    missing.remove(at);
                    // A jump of more than a few numbers is the sequence's own (H2 skips ahead after a crash).
                    if (at > last[0] + 1 && at - last[0] <= MAX_GAP) {
                        for (long n = last[0] + 1; n < at; n++) {
                            missing.add(n);
                        }
                    }
                    last[0] = Math.max(last[0], at);
                    if (r.value2() != null) {
                        meetings.add(r.value2());
                    }
                });
        // A number missing long after later ones were written was rolled back: it will not come.
        missing.headSet(last[0] - KEEP_GAPS_FOR).clear();
        return new NotedChanges(meetings, Set.copyOf(missing));
    }

    /** What {@link #changesAfter} found: the meetings to index again, and the numbers still missing. */
    public record NotedChanges(Set<Long> meetings, Set<Long> gaps) {
    }

    /**
     * A fingerprint of each meeting and its agenda: it changes when the meeting is saved or an item is added,
     * removed, moved or its texts change length. Compared with the one the index keeps, it says which to redo.
     */
    public Map<Long, String> meetingFingerprints() {
        Map<Long, String> out = new HashMap<>();
        var items = DSL.select(AGENDA_ITEM.MEETING_ID.as("mid"), DSL.count().as("n"),
                DSL.sum(AGENDA_ITEM.ID.mul(AGENDA_ITEM.ITEM_NUMBER)).as("order"),
                DSL.sum(DSL.length(AGENDA_ITEM.PROPOSAL).plus(DSL.length(AGENDA_ITEM.DECISION_TEXT))
                        .plus(DSL.coalesce(DSL.length(AGENDA_ITEM.TEXT), 0))).as("chars"))
                .from(AGENDA_ITEM).groupBy(AGENDA_ITEM.MEETING_ID).asTable("items");
        dsl.select(MEETING.ID, MEETING.UPDATED_AT, items.field("n"), items.field("order"), items.field("chars"))
                .from(MEETING).leftJoin(items).on(MEETING.ID.eq(items.field("mid", Long.class)))
                .forEach(r -> out.put(r.value1(), r.value2().toInstant() + "/" + r.value3() + "/" + r.value4() + "/"
                        + r.value5()));
        return out;
    }

    /** The meetings with an agenda item of one of these matters (their items carry the matter's title). */
    public List<Long> meetingsWithMatters(Collection<Long> matterIds) {
        return dsl.selectDistinct(AGENDA_ITEM.MEETING_ID).from(AGENDA_ITEM).where(AGENDA_ITEM.MATTER_ID.in(matterIds))
                .fetch(AGENDA_ITEM.MEETING_ID);
    }

    /** These meetings with their agendas; items name their matter's title or their own text. */
    public List<MeetingBundle> meetings(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = new HashMap<>();
        dsl.select(BODY.CODE, BODY.NAME).from(BODY).forEach(r -> names.put(r.value1(), r.value2()));
        Map<Long, MeetingDocument> meetings = new HashMap<>();
        dsl.selectFrom(MEETING).where(MEETING.ID.in(ids)).forEach(r -> meetings.put(r.getId(), new MeetingDocument(
                r.getId(), r.getBodyCode(), names.getOrDefault(r.getBodyCode(), r.getBodyCode()), r.getMeetingDate(),
                r.getMeetingTime(), r.getPlace())));
        Map<Long, List<AgendaItemDocument>> items = new HashMap<>();
        dsl.select(AGENDA_ITEM.ID, AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.ITEM_NUMBER, AGENDA_ITEM.MATTER_ID,
                DSL.coalesce(MATTER.TITLE, AGENDA_ITEM.TEXT), AGENDA_ITEM.PROPOSAL, AGENDA_ITEM.DECISION_TEXT)
                .from(AGENDA_ITEM).leftJoin(MATTER).on(MATTER.ID.eq(AGENDA_ITEM.MATTER_ID))
                .where(AGENDA_ITEM.MEETING_ID.in(ids)).orderBy(AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.ITEM_NUMBER)
                .forEach(r -> {
                    MeetingDocument m = meetings.get(r.value2());
                    items.computeIfAbsent(r.value2(), k -> new ArrayList<>()).add(new AgendaItemDocument(r.value1(),
                            r.value2(), m.bodyCode(), m.date(), r.value3(), r.value4(), r.value5(), r.value6(),
                            r.value7()));
                });
        return meetings.values().stream().map(m -> new MeetingBundle(m, items.getOrDefault(m.id(), List.of())))
                .toList();
    }

    /** Everyone who wrote a matter not in the trash, with party and count; addressees too. */
    public List<PersonDocument> people() {
        Map<String, PersonDocument> out = new HashMap<>();
        dsl.select(MATTER_AUTHOR.NAME, MATTER_AUTHOR.PARTY, DSL.count()).from(MATTER_AUTHOR).join(MATTER)
                .on(MATTER.ID.eq(MATTER_AUTHOR.MATTER_ID)).where(MATTER.TRASHED_AT.isNull())
                .groupBy(MATTER_AUTHOR.NAME, MATTER_AUTHOR.PARTY)
                .forEach(r -> out.put(r.value1() + "|" + r.value2(), new PersonDocument(r.value1(), r.value2(),
                        r.value3())));
        dsl.select(MATTER.ADDRESSEE_NAME, MATTER.ADDRESSEE_PARTY, DSL.count()).from(MATTER)
                .where(MATTER.TRASHED_AT.isNull().and(MATTER.ADDRESSEE_NAME.isNotNull()))
                .groupBy(MATTER.ADDRESSEE_NAME, MATTER.ADDRESSEE_PARTY)
                .forEach(r -> out.merge(r.value1() + "|" + r.value2(), new PersonDocument(r.value1(), r.value2(),
                        r.value3()), (a, b) -> new PersonDocument(a.name(), a.party(), a.matters() + b.matters())));
        return List.copyOf(out.values());
    }
}
