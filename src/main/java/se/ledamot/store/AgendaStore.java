package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.AGENDA_ITEM;
import static se.ledamot.store.jooq.Tables.AGENDA_MOTION;
import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.MEETING;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import se.ledamot.domain.Decision;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.NoticeAgenda;
import se.ledamot.domain.papers.StandardItem;
import se.ledamot.domain.sync.ListMerge;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.store.entity.AgendaChanges;
import se.ledamot.store.jooq.tables.records.AgendaItemRecord;

/**
 * Meetings' agendas: numbered items about a matter or of free text, with their prepared proposal, the motions moved
 * and the decision. Putting a matter on an agenda and taking it off are written to the matter's timeline.
 */
public final class AgendaStore {
    private final DSLContext dsl;
    private final Clock clock;

    public AgendaStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The items of a meeting's agenda, in order; a refusal when there is no such meeting. */
    public List<AgendaItem> agenda(long meetingId) {
        new MeetingStore(dsl, clock).require(meetingId);
        return itemsOf(meetingId);
    }

    public Optional<AgendaItem> item(long itemId) {
        return items(AGENDA_ITEM.ID.eq(itemId)).stream().findFirst();
    }

    /** The item about a matter on a meeting's agenda, if it is on it. */
    public Optional<AgendaItem> itemFor(long meetingId, long matterId) {
        return items(AGENDA_ITEM.MEETING_ID.eq(meetingId).and(AGENDA_ITEM.MATTER_ID.eq(matterId))).stream()
                .findFirst();
    }

    /** A matter on a meeting's agenda. */
    public record Scheduled(Meeting meeting, AgendaItem item) {
    }

    /** Every agenda a matter is on, with its meeting, earliest meeting first. */
    public List<Scheduled> scheduleOf(long matterId) {
        return schedules(List.of(matterId)).getOrDefault(matterId, List.of());
    }

    /** Every agenda each of these matters is on, with its meeting, earliest first, by matter id (three reads). */
    public Map<Long, List<Scheduled>> schedules(Collection<Long> matterIds) {
        if (matterIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Meeting> meetings = new MeetingStore(dsl, clock).list().stream()
                .collect(Collectors.toMap(Meeting::id, Function.identity()));
        return items(AGENDA_ITEM.MATTER_ID.in(matterIds)).stream()
                .map(i -> new Scheduled(meetings.get(i.meetingId()), i))
                .sorted(Comparator.comparing(s -> s.meeting().date()))
                .collect(Collectors.groupingBy(s -> s.item().matterId(), Collectors.toList()));
    }

    /**
     * Appends matters to the end of an agenda, in the order given. Nothing is added if one of them is unknown, in the
     * trash, or already on this agenda.
     */
    public List<AgendaItem> addMatters(long meetingId, List<Long> matterIds) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            Meeting m = new MeetingStore(d, clock).require(meetingId);
            Set<Long> seen = new HashSet<>();
            for (long matterId : matterIds) {
                if (!d.fetchExists(MATTER, MATTER.ID.eq(matterId).and(MATTER.TRASHED_AT.isNull()))) {
                    throw new StoreException("store.matter.missing", null, matterId);
                }
                if (!seen.add(matterId) || d.fetchExists(AGENDA_ITEM,
                        AGENDA_ITEM.MEETING_ID.eq(meetingId).and(AGENDA_ITEM.MATTER_ID.eq(matterId)))) {
                    throw new StoreException("agenda.matter.already", null, matterId, m);
                }
            }
            AgendaStore agendas = new AgendaStore(d, clock);
            Timeline timeline = new Timeline(d, clock);
            int next = agendas.itemsOf(meetingId).size() + 1;
            List<AgendaItem> added = new ArrayList<>();
            for (long matterId : matterIds) {
                AgendaItem item = agendas.insert(AgendaItem.forMatter(meetingId, next++, matterId));
                // The timeline names the meeting only: the item's place on the stored agenda changes as items are
                // reordered and is not the number the kallelse (and the debate brief) give it.
                timeline.record(matterId, MatterChange.AGENDA, null, m.label());
                added.add(item);
            }
            return added;
        });
    }

    /** Appends a free-text item such as "Val av justerare". */
    public AgendaItem addText(long meetingId, String text) {
        return dsl.transactionResult(tx -> {
            new MeetingStore(tx.dsl(), clock).require(meetingId);
            AgendaStore agendas = new AgendaStore(tx.dsl(), clock);
            int next = agendas.itemsOf(meetingId).size() + 1;
            return agendas.insert(AgendaItem.freeText(meetingId, next, text));
        });
    }

    /**
     * Puts one of the body's standard items on a meeting's agenda as a free-text item ({@code text}, which names it),
     * where the föredragningslista has it, so every number on the list stays ({@link NoticeAgenda#placeOf}); the item
     * that is it already when it is on (another secretary put it on meanwhile: the meeting is locked while placed).
     */
    public AgendaItem putStandard(long meetingId, BodyPapers papers, StandardItem standard, String text) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            d.select(MEETING.ID).from(MEETING).where(MEETING.ID.eq(meetingId)).forUpdate().fetch();
            new MeetingStore(d, clock).require(meetingId);
            AgendaStore agendas = new AgendaStore(d, clock);
            List<AgendaItem> items = new ArrayList<>(agendas.itemsOf(meetingId));
            // What was justerat stands (5 kap. 69 § kommunallagen): its numbered list is kept as approved.
            if (new MinutesStore(d, clock).minutes(meetingId).adjusted() != null) {
                throw new StoreException("agenda.standard.adjusted", null);
            }
            NoticeAgenda.Place place = NoticeAgenda.placeOf(papers, items, standard);
            if (place.on() != null) {
                return place.on();
            }
            AgendaItem added = agendas.insert(AgendaItem.freeText(meetingId, place.index() + 1, text));
            items.add(place.index(), added);
            agendas.renumber(items);
            return added;
        });
    }

    /** Puts a meeting's items in the given order (their ids, every item once), numbered from 1. */
    public void arrange(long meetingId, List<Long> itemIds) {
        dsl.transaction(tx -> {
            AgendaStore agendas = new AgendaStore(tx.dsl(), clock);
            List<AgendaItem> items = agendas.itemsOf(meetingId);
            if (items.size() != itemIds.size() || !items.stream().map(AgendaItem::id).toList()
                    .containsAll(itemIds)) {
                throw new IllegalArgumentException("not the items of meeting " + meetingId + ": " + itemIds);
            }
            agendas.renumber(itemIds.stream().map(id -> items.stream().filter(i -> i.id().equals(id)).findFirst()
                    .orElseThrow()).toList());
        });
    }

    /**
     * Puts a meeting's items in the order {@code mine}, arranged from the order {@code base} the screen showed, met
     * with the order stored now (optimistic locking, issue 16.5: two secretaries on one agenda). The list's rule is
     * {@link ListMerge}'s: items the other added or took off meanwhile stay added or off, and a reorder against a
     * reorder is a conflict: nothing is written and the stored order comes back. The meeting's items are locked while
     * compared and written.
     */
    public ListMerge<Long> arrange(long meetingId, List<Long> base, List<Long> mine) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            d.select(AGENDA_ITEM.ID).from(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).forUpdate().fetch();
            AgendaStore agendas = new AgendaStore(d, clock);
            List<AgendaItem> stored = agendas.itemsOf(meetingId);
            List<Long> theirs = stored.stream().map(AgendaItem::id).toList();
            ListMerge<Long> merge = ListMerge.of(base, mine, theirs, Long::equals);
            merge = merge.conflict() ? merge.savedBy(Writers.ofAgendaOrder(d, meetingId)) : merge;
            if (!merge.conflict() && !merge.merged().equals(theirs)) {
                agendas.renumber(merge.merged().stream().map(id -> stored.stream().filter(i -> i.id().equals(id))
                        .findFirst().orElseThrow()).toList());
            }
            return merge;
        });
    }

    /** Takes an item off its agenda; the others close up. The matter's timeline says it was taken off. */
    public void remove(long itemId) {
        dsl.transaction(tx -> {
            DSLContext d = tx.dsl();
            AgendaStore agendas = new AgendaStore(d, clock);
            AgendaItem item = agendas.requireItem(itemId);
            Meeting m = new MeetingStore(d, clock).require(item.meetingId());
            d.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(itemId)).execute();
            AgendaChanges.count(d, item.meetingId());
            if (item.matterId() != null) {
                new Timeline(d, clock).record(item.matterId(), MatterChange.AGENDA, m.label(), null);
            }
            agendas.renumber(agendas.itemsOf(item.meetingId()));
        });
    }

    /**
     * Stores an item's text, prepared proposal, motions moved and decision. Its place on the agenda is changed with
     * {@link #arrange}, its matter not at all. The decision's wording is refused once the meeting's minutes are
     * justerade.
     */
    public void saveItem(AgendaItem item) {
        dsl.transaction(tx -> {
            DSLContext d = tx.dsl();
            AgendaItem old = new AgendaStore(d, clock).requireItem(item.id());
            if (old.matterId() == null && item.text() == null) {
                throw new StoreException("agenda.item.empty", null);
            }
            // Kommunallagen 5 kap. 69 §: the protokoll is justerat, then its justering announced; what was justerat
            // stands, so the decision's wording is no longer changed, from any window or command.
            if (!old.decisionText().equals(item.decisionText())
                    && new MinutesStore(d, clock).minutes(old.meetingId()).adjusted() != null) {
                throw new StoreException("agenda.item.wording.adjusted", null);
            }
            d.update(AGENDA_ITEM)
                    .set(AGENDA_ITEM.TEXT, item.text())
                    .set(AGENDA_ITEM.PROPOSAL, item.proposal())
                    .set(AGENDA_ITEM.DECISION, item.decision() == null ? null : item.decision().code())
                    .set(AGENDA_ITEM.DECISION_TEXT, item.decisionText())
                    .set(AGENDA_ITEM.SAVED_AT, Writers.SAVED_NOW)
                    .where(AGENDA_ITEM.ID.eq(item.id())).execute();
            writeMotions(d, item.id(), item.motionsMoved());
            AgendaChanges.count(d, old.meetingId());
        });
    }

    /**
     * Stores the changes made in the copy {@code base} of an item, met with the item as stored now (optimistic
     * locking, issue 16.5: two secretaries on one item's texts): a field only this side changed is written, one only
     * the other changed keeps theirs, one both changed is not written but handed back in {@link RowMerge#conflicts()}.
     * The item's row is locked while compared and written.
     */
    public RowMerge<AgendaItem> saveItem(AgendaItem base, AgendaItem mine) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            d.select(AGENDA_ITEM.ID).from(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(mine.id())).forUpdate().fetch();
            AgendaStore locked = new AgendaStore(d, clock);
            AgendaItem theirs = locked.requireItem(mine.id());
            RowMerge<AgendaItem> merge = RowMerge.of(base, mine, theirs, AgendaItem.FIELDS);
            merge = merge.conflicts().isEmpty() ? merge : merge.savedBy(Writers.ofAgendaItem(d, mine.id()));
            if (!merge.merged().equals(theirs)) {
                locked.saveItem(merge.merged());
            }
            return merge;
        });
    }

    /** Ids of the matters on this meeting's agenda or on the agenda of any meeting still planned. */
    public Set<Long> plannedMatterIds(long meetingId) {
        return new HashSet<>(dsl.select(AGENDA_ITEM.MATTER_ID).from(AGENDA_ITEM).join(MEETING)
                .on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .where(AGENDA_ITEM.MATTER_ID.isNotNull())
                .and(AGENDA_ITEM.MEETING_ID.eq(meetingId).or(MEETING.STATUS.eq(MeetingStatus.PLANNED.code())))
                .fetch(AGENDA_ITEM.MATTER_ID));
    }

    /**
     * Of these matters, those on the agenda of another meeting still planned, each with the earliest such meeting's
     * id: one matter on two planned agendas could be decided twice.
     */
    public Map<Long, Long> plannedElsewhere(long meetingId, java.util.Collection<Long> matterIds) {
        Map<Long, Long> out = new HashMap<>();
        dsl.select(AGENDA_ITEM.MATTER_ID, MEETING.ID).from(AGENDA_ITEM).join(MEETING)
                .on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .where(AGENDA_ITEM.MATTER_ID.in(matterIds)).and(AGENDA_ITEM.MEETING_ID.ne(meetingId))
                .and(MEETING.STATUS.eq(MeetingStatus.PLANNED.code()))
                .orderBy(MEETING.MEETING_DATE.desc(), MEETING.ID.desc())
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** The latest prepared proposal of each matter that has one on any agenda. */
    public Map<Long, String> latestProposals() {
        Map<Long, String> out = new HashMap<>();
        dsl.select(AGENDA_ITEM.MATTER_ID, AGENDA_ITEM.PROPOSAL).from(AGENDA_ITEM).join(MEETING)
                .on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .where(AGENDA_ITEM.MATTER_ID.isNotNull()).and(AGENDA_ITEM.PROPOSAL.ne(""))
                .orderBy(MEETING.MEETING_DATE, AGENDA_ITEM.ID)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** The items of a meeting's agenda, in order, without asking whether the meeting exists. */
    List<AgendaItem> itemsOf(long meetingId) {
        return items(AGENDA_ITEM.MEETING_ID.eq(meetingId));
    }

    private AgendaItem insert(AgendaItem item) {
        long id = dsl.insertInto(AGENDA_ITEM).set(AGENDA_ITEM.MEETING_ID, item.meetingId())
                .set(AGENDA_ITEM.ITEM_NUMBER, item.number()).set(AGENDA_ITEM.MATTER_ID, item.matterId())
                .set(AGENDA_ITEM.TEXT, item.text()).set(AGENDA_ITEM.PROPOSAL, item.proposal())
                .set(AGENDA_ITEM.DECISION, item.decision() == null ? null : item.decision().code())
                .set(AGENDA_ITEM.DECISION_TEXT, item.decisionText()).set(AGENDA_ITEM.SAVED_AT, Writers.SAVED_NOW)
                .returning(AGENDA_ITEM.ID).fetchSingle().getId();
        writeMotions(dsl, id, item.motionsMoved());
        AgendaChanges.count(dsl, item.meetingId());
        return new AgendaItem(id, item.meetingId(), item.number(), item.matterId(), item.text(),
                item.proposal(), item.motionsMoved(), item.decision(), item.decisionText());
    }

    private static void writeMotions(DSLContext d, long itemId, List<String> motions) {
        d.deleteFrom(AGENDA_MOTION).where(AGENDA_MOTION.ITEM_ID.eq(itemId)).execute();
        for (int i = 0; i < motions.size(); i++) {
            d.insertInto(AGENDA_MOTION).values(itemId, i, motions.get(i)).execute();
        }
    }

    private void renumber(List<AgendaItem> inOrder) {
        if (!inOrder.isEmpty()) {
            AgendaChanges.count(dsl, inOrder.getFirst().meetingId());
        }
        for (int i = 0; i < inOrder.size(); i++) {
            dsl.update(AGENDA_ITEM).set(AGENDA_ITEM.ITEM_NUMBER, i + 1).set(AGENDA_ITEM.SAVED_AT, Writers.SAVED_NOW)
                    .where(AGENDA_ITEM.ID.eq(inOrder.get(i).id())).execute();
        }
    }

    private AgendaItem requireItem(long itemId) {
        return item(itemId).orElseThrow(() -> new StoreException("store.agenda.item.missing", null, itemId));
    }

    private List<AgendaItem> items(Condition where) {
        List<AgendaItemRecord> rows = dsl.selectFrom(AGENDA_ITEM).where(where)
                .orderBy(AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.ITEM_NUMBER, AGENDA_ITEM.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> motions = dsl.selectFrom(AGENDA_MOTION)
                .where(AGENDA_MOTION.ITEM_ID.in(rows.stream().map(AgendaItemRecord::getId).toList()))
                .orderBy(AGENDA_MOTION.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getItemId(),
                        Collectors.mapping(r -> r.getText(), Collectors.toList())));
        return rows.stream().map(r -> new AgendaItem(r.getId(), r.getMeetingId(), r.getItemNumber(),
                r.getMatterId(), r.getText(), r.getProposal(), motions.getOrDefault(r.getId(), List.of()),
                Decision.fromCode(r.getDecision()).orElse(null), r.getDecisionText())).toList();
    }
}
