package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.ITEM_BALLOT;
import static se.ledamot.store.jooq.Tables.ITEM_MOTION;
import static se.ledamot.store.jooq.Tables.ITEM_NOTE;
import static se.ledamot.store.jooq.Tables.ITEM_RECORD;
import static se.ledamot.store.jooq.Tables.ITEM_RESERVATION;
import static se.ledamot.store.jooq.Tables.MEETING;
import static se.ledamot.store.jooq.Tables.MINUTES;
import static se.ledamot.store.jooq.Tables.MINUTES_ATTENDEE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Person;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Ballot;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.ItemMinutesMerge;
import se.ledamot.domain.minutes.MinutesNote;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.domain.minutes.Vote;
import se.ledamot.domain.papers.ApprovedNumbering;
import se.ledamot.domain.papers.ItemPapers;
import se.ledamot.domain.sync.ListMerge;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.store.jooq.tables.records.ItemRecordRecord;
import se.ledamot.store.jooq.tables.records.MinutesRecord;

/**
 * The minutes of meetings and of their agenda items, and the secretary's texts for each item's papers. What is
 * saved replaces what was there, in one transaction; people are kept by name and party ("Name (PARTY)" a line where a
 * list of them is one value).
 */
public final class MinutesStore {
    private final DSLContext dsl;
    private final Clock clock;

    public MinutesStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The minutes of a meeting; blank ones when nothing is recorded yet. */
    public Minutes minutes(long meetingId) {
        MinutesRecord r = dsl.selectFrom(MINUTES).where(MINUTES.MEETING_ID.eq(meetingId)).fetchOne();
        if (r == null) {
            return Minutes.blank(meetingId);
        }
        List<Attendee> attendees = dsl.selectFrom(MINUTES_ATTENDEE).where(MINUTES_ATTENDEE.MEETING_ID.eq(meetingId))
                .orderBy(MINUTES_ATTENDEE.POSITION).fetch(a -> new Attendee(new Person(a.getName(), a.getParty()),
                        Attendee.Role.fromCode(a.getRole()).orElse(Attendee.Role.OTHER), a.getServing(),
                        a.getReplaces(), a.getNote()));
        return new Minutes(meetingId, r.getOpened(), r.getClosed(),
                r.getChairName() == null ? null : new Person(r.getChairName(), r.getChairParty()), r.getSecretary(),
                people(r.getAdjusters()), r.getAdjustDay(), r.getAdjustTime(), r.getAdjustPlace(), r.getAdjustedOn(),
                r.getPostedOn(), r.getFirstParagraph(), new Attendance(attendees));
    }

    /** Whether the meeting's protokoll is begun: its part (attendance, justerare, times) stored, justerat or not. */
    public boolean begun(long meetingId) {
        return dsl.fetchExists(MINUTES, MINUTES.MEETING_ID.eq(meetingId));
    }

    /**
     * The meetings whose minutes are begun and not justerade yet, the latest meeting first: the minutes being
     * written, where Protokoll opens when it has no meeting of its own to return to.
     */
    public List<Long> beingWritten() {
        return dsl.select(MINUTES.MEETING_ID).from(MINUTES).join(MEETING).on(MEETING.ID.eq(MINUTES.MEETING_ID))
                .where(MINUTES.ADJUSTED_ON.isNull()).orderBy(MEETING.MEETING_DATE.desc(), MEETING.ID.desc())
                .fetch(MINUTES.MEETING_ID);
    }

    /** The fixed first § of each of these meetings that has one. */
    public Map<Long, Integer> fixedFirstParagraphs(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> out = new HashMap<>();
        dsl.select(MINUTES.MEETING_ID, MINUTES.FIRST_PARAGRAPH).from(MINUTES)
                .where(MINUTES.MEETING_ID.in(meetingIds)).and(MINUTES.FIRST_PARAGRAPH.isNotNull())
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** The list as the minutes were approved, if they are and it was kept (V30). */
    public java.util.Optional<ApprovedNumbering> approvedNumbering(long meetingId) {
        return ApprovedNumbering.parse(dsl.select(MINUTES.APPROVED_NUMBERING).from(MINUTES)
                .where(MINUTES.MEETING_ID.eq(meetingId)).fetchOne(MINUTES.APPROVED_NUMBERING));
    }

    /**
     * Fixes the list and its first § as the minutes are approved, or (null) lets them be counted again when the
     * approval is taken back.
     */
    public void fixNumbering(long meetingId, ApprovedNumbering numbering) {
        dsl.update(MINUTES).set(MINUTES.APPROVED_NUMBERING, numbering == null ? null : numbering.text())
                .set(MINUTES.FIRST_PARAGRAPH, numbering == null ? null : numbering.firstParagraph())
                .set(MINUTES.UPDATED_AT, now()).where(MINUTES.MEETING_ID.eq(meetingId)).execute();
    }

    public void save(Minutes m) {
        dsl.transaction(tx -> {
            DSLContext d = tx.dsl();
            OffsetDateTime now = now();
            String chair = m.chair() == null ? null : m.chair().name();
            String party = m.chair() == null ? null : m.chair().party();
            String adjusters = lines(m.adjusters());
            d.insertInto(MINUTES).set(MINUTES.MEETING_ID, m.meetingId()).set(MINUTES.OPENED, m.opened())
                    .set(MINUTES.CLOSED, m.closed()).set(MINUTES.CHAIR_NAME, chair).set(MINUTES.CHAIR_PARTY, party)
                    .set(MINUTES.SECRETARY, m.secretary()).set(MINUTES.ADJUSTERS, adjusters)
                    .set(MINUTES.ADJUST_DAY, m.adjustDay()).set(MINUTES.ADJUST_TIME, m.adjustTime())
                    .set(MINUTES.ADJUST_PLACE, m.adjustPlace()).set(MINUTES.ADJUSTED_ON, m.adjusted())
                    .set(MINUTES.POSTED_ON, m.posted()).set(MINUTES.FIRST_PARAGRAPH, m.firstParagraph())
                    .set(MINUTES.CREATED_AT, now).set(MINUTES.UPDATED_AT, now)
                    .onConflict(MINUTES.MEETING_ID).doUpdate()
                    .set(MINUTES.OPENED, m.opened()).set(MINUTES.CLOSED, m.closed()).set(MINUTES.CHAIR_NAME, chair)
                    .set(MINUTES.CHAIR_PARTY, party).set(MINUTES.SECRETARY, m.secretary())
                    .set(MINUTES.ADJUSTERS, adjusters).set(MINUTES.ADJUST_DAY, m.adjustDay())
                    .set(MINUTES.ADJUST_TIME, m.adjustTime()).set(MINUTES.ADJUST_PLACE, m.adjustPlace())
                    .set(MINUTES.ADJUSTED_ON, m.adjusted()).set(MINUTES.POSTED_ON, m.posted())
                    .set(MINUTES.FIRST_PARAGRAPH, m.firstParagraph()).set(MINUTES.UPDATED_AT, now)
                    .execute();
            d.deleteFrom(MINUTES_ATTENDEE).where(MINUTES_ATTENDEE.MEETING_ID.eq(m.meetingId())).execute();
            List<Attendee> all = m.attendance().attendees();
            for (int i = 0; i < all.size(); i++) {
                Attendee a = all.get(i);
                d.insertInto(MINUTES_ATTENDEE).set(MINUTES_ATTENDEE.MEETING_ID, m.meetingId())
                        .set(MINUTES_ATTENDEE.POSITION, i).set(MINUTES_ATTENDEE.NAME, a.person().name())
                        .set(MINUTES_ATTENDEE.PARTY, a.person().party()).set(MINUTES_ATTENDEE.ROLE, a.role().code())
                        .set(MINUTES_ATTENDEE.SERVING, a.serving()).set(MINUTES_ATTENDEE.REPLACES, a.replaces())
                        .set(MINUTES_ATTENDEE.NOTE, a.note()).execute();
            }
        });
    }

    /**
     * Stores the changes made in the copy {@code base} of a meeting's minutes, met with what is stored now (optimistic
     * locking, issue 16.5: two secretaries on one server, or two windows on one folder). A field only this side
     * changed is written, one only the other changed keeps theirs, one both changed is not written but handed back in
     * {@link RowMerge#conflicts()}. The attendance is a list with {@link ListMerge}'s rule: attendees added on both
     * sides both stay; one person changed on both sides (or a list the rules refuse) is the {@link Minutes#ATTENDANCE}
     * conflict. The row is locked while compared and written; a first save puts a blank row in first, so two first
     * saves at once are compared too.
     */
    public RowMerge<Minutes> save(Minutes base, Minutes mine) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            OffsetDateTime now = now();
            d.insertInto(MINUTES).set(MINUTES.MEETING_ID, mine.meetingId()).set(MINUTES.CREATED_AT, now)
                    .set(MINUTES.UPDATED_AT, now).onConflictDoNothing().execute();
            d.selectFrom(MINUTES).where(MINUTES.MEETING_ID.eq(mine.meetingId())).forUpdate().fetchOne();
            MinutesStore locked = new MinutesStore(d, clock);
            Minutes theirs = locked.minutes(mine.meetingId());
            RowMerge<Minutes> fields = RowMerge.of(base, mine, theirs, Minutes.FIELDS);
            List<RowField<Minutes>> conflicts = new ArrayList<>(fields.conflicts());
            Minutes merged = fields.merged();
            ListMerge<Attendee> people = ListMerge.of(base.attendance().attendees(), mine.attendance().attendees(),
                    theirs.attendance().attendees(), Minutes::sameAttendee);
            try {
                merged = people.conflict() ? merged : merged.withAttendance(new Attendance(people.merged()));
            } catch (DomainException refused) {
                people = new ListMerge<>(theirs.attendance().attendees(), true);
            }
            if (people.conflict()) {
                conflicts.add(Minutes.ATTENDANCE);
            }
            // Who saved the other side, asked before this write makes the minutes' last change this writer's.
            var by = conflicts.isEmpty() ? null : Writers.ofMinutes(d, mine.meetingId());
            if (!merged.equals(theirs)) {
                locked.save(merged);
            }
            return new RowMerge<>(merged, conflicts, theirs, by);
        });
    }

    /** The minutes of several items in one read; an item with nothing recorded is empty. */
    public Map<Long, ItemMinutes> itemMinutes(Collection<Long> itemIds) {
        Map<Long, ItemMinutes> out = new HashMap<>();
        if (itemIds.isEmpty()) {
            return out;
        }
        Map<Long, List<MovedMotion>> motions = dsl.selectFrom(ITEM_MOTION).where(ITEM_MOTION.ITEM_ID.in(itemIds))
                .orderBy(ITEM_MOTION.ITEM_ID, ITEM_MOTION.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getItemId(), Collectors.mapping(r -> new MovedMotion(
                        new Person(r.getName(), r.getParty()),
                        MotionType.fromCode(r.getMotion()).orElse(MotionType.AMEND), r.getText(),
                        people(r.getSupporters())), Collectors.toList())));
        Map<Long, List<Ballot>> ballots = dsl.selectFrom(ITEM_BALLOT).where(ITEM_BALLOT.ITEM_ID.in(itemIds))
                .orderBy(ITEM_BALLOT.ITEM_ID, ITEM_BALLOT.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getItemId(), Collectors.mapping(r -> new Ballot(
                        new Person(r.getName(), r.getParty()), Choice.fromCode(r.getChoice()).orElse(Choice.ABSTAIN)),
                        Collectors.toList())));
        Map<Long, List<Reservation>> reservations = dsl.selectFrom(ITEM_RESERVATION)
                .where(ITEM_RESERVATION.ITEM_ID.in(itemIds)).orderBy(ITEM_RESERVATION.ITEM_ID, ITEM_RESERVATION.POSITION)
                .fetch().stream().collect(Collectors.groupingBy(r -> r.getItemId(), Collectors.mapping(
                        r -> new Reservation(people(r.getNames()), r.getFavour(), r.getWritten()),
                        Collectors.toList())));
        Map<Long, List<MinutesNote>> notes = dsl.selectFrom(ITEM_NOTE).where(ITEM_NOTE.ITEM_ID.in(itemIds))
                .orderBy(ITEM_NOTE.ITEM_ID, ITEM_NOTE.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getItemId(), Collectors.mapping(
                        r -> new MinutesNote(people(r.getNames()), r.getText()), Collectors.toList())));
        for (ItemRecordRecord r : dsl.selectFrom(ITEM_RECORD).where(ITEM_RECORD.ITEM_ID.in(itemIds)).fetch()) {
            long id = r.getItemId();
            Vote vote = r.getVoteYes() == null ? null : new Vote(r.getVoteYes(), r.getVoteNo(),
                    ballots.getOrDefault(id, List.of()), Choice.fromCode(r.getVoteCasting()).orElse(null));
            out.put(id, new ItemMinutes(id, motions.getOrDefault(id, List.of()), r.getQuestionOrder(),
                    r.getCarried(), vote, reservations.getOrDefault(id, List.of()), notes.getOrDefault(id, List.of())));
        }
        itemIds.forEach(id -> out.putIfAbsent(id, ItemMinutes.empty(id)));
        return out;
    }

    /** The secretary's texts of several items in one read; an item with none written is empty. */
    public Map<Long, ItemPapers> itemPapers(Collection<Long> itemIds) {
        Map<Long, ItemPapers> out = new HashMap<>();
        if (!itemIds.isEmpty()) {
            for (ItemRecordRecord r : dsl.selectFrom(ITEM_RECORD).where(ITEM_RECORD.ITEM_ID.in(itemIds)).fetch()) {
                out.put(r.getItemId(), new ItemPapers(r.getItemId(), r.getSummary(), ItemPapers.lines(r.getBasis()),
                        ItemPapers.lines(r.getSendTo())));
            }
        }
        itemIds.forEach(id -> out.putIfAbsent(id, ItemPapers.empty(id)));
        return out;
    }

    /** Stores what the minutes record of an item, replacing what was recorded; its papers' texts stay. */
    public void save(ItemMinutes m) {
        dsl.transaction(tx -> {
            DSLContext d = tx.dsl();
            ensure(d, m.itemId());
            Vote v = m.vote();
            d.update(ITEM_RECORD).set(ITEM_RECORD.QUESTION_ORDER, m.order()).set(ITEM_RECORD.CARRIED, m.carried())
                    .set(ITEM_RECORD.VOTE_YES, v == null ? null : v.yes())
                    .set(ITEM_RECORD.VOTE_NO, v == null ? null : v.no())
                    .set(ITEM_RECORD.VOTE_CASTING, v == null || v.casting() == null ? null : v.casting().code())
                    .set(ITEM_RECORD.UPDATED_AT, now()).where(ITEM_RECORD.ITEM_ID.eq(m.itemId())).execute();
            long id = m.itemId();
            d.deleteFrom(ITEM_MOTION).where(ITEM_MOTION.ITEM_ID.eq(id)).execute();
            for (int i = 0; i < m.motions().size(); i++) {
                MovedMotion x = m.motions().get(i);
                d.insertInto(ITEM_MOTION).set(ITEM_MOTION.ITEM_ID, id).set(ITEM_MOTION.POSITION, i)
                        .set(ITEM_MOTION.NAME, x.by().name()).set(ITEM_MOTION.PARTY, x.by().party())
                        .set(ITEM_MOTION.MOTION, x.type().code()).set(ITEM_MOTION.TEXT, x.text())
                        .set(ITEM_MOTION.SUPPORTERS, lines(x.supporters())).execute();
            }
            d.deleteFrom(ITEM_BALLOT).where(ITEM_BALLOT.ITEM_ID.eq(id)).execute();
            List<Ballot> ballots = v == null ? List.of() : v.ballots();
            for (int i = 0; i < ballots.size(); i++) {
                Ballot b = ballots.get(i);
                d.insertInto(ITEM_BALLOT).set(ITEM_BALLOT.ITEM_ID, id).set(ITEM_BALLOT.POSITION, i)
                        .set(ITEM_BALLOT.NAME, b.voter().name()).set(ITEM_BALLOT.PARTY, b.voter().party())
                        .set(ITEM_BALLOT.CHOICE, b.choice().code()).execute();
            }
            d.deleteFrom(ITEM_RESERVATION).where(ITEM_RESERVATION.ITEM_ID.eq(id)).execute();
            for (int i = 0; i < m.reservations().size(); i++) {
                Reservation r = m.reservations().get(i);
                d.insertInto(ITEM_RESERVATION).set(ITEM_RESERVATION.ITEM_ID, id).set(ITEM_RESERVATION.POSITION, i)
                        .set(ITEM_RESERVATION.NAMES, lines(r.by())).set(ITEM_RESERVATION.FAVOUR, r.favour())
                        .set(ITEM_RESERVATION.WRITTEN, r.written()).execute();
            }
            d.deleteFrom(ITEM_NOTE).where(ITEM_NOTE.ITEM_ID.eq(id)).execute();
            for (int i = 0; i < m.notes().size(); i++) {
                MinutesNote n = m.notes().get(i);
                d.insertInto(ITEM_NOTE).set(ITEM_NOTE.ITEM_ID, id).set(ITEM_NOTE.POSITION, i)
                        .set(ITEM_NOTE.NAMES, lines(n.by())).set(ITEM_NOTE.TEXT, n.text()).execute();
            }
        });
    }

    /**
     * Stores the changes made in the copy {@code base} of an item's minutes, met with what is stored now (optimistic
     * locking, issue 16.5: two secretaries writing one item's minutes, on a server or in two windows on one folder),
     * by {@link ItemMinutesMerge}'s rule: what only this side changed is written, what only the other changed stays,
     * and what both changed differently is not written but handed back in {@link RowMerge#conflicts()}. The item's
     * row is made first when it has none and locked while compared and written, so two first saves are compared too.
     */
    public RowMerge<ItemMinutes> save(ItemMinutes base, ItemMinutes mine) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            long id = mine.itemId();
            ensure(d, id);
            d.selectFrom(ITEM_RECORD).where(ITEM_RECORD.ITEM_ID.eq(id)).forUpdate().fetchOne();
            MinutesStore locked = new MinutesStore(d, clock);
            ItemMinutes theirs = locked.itemMinutes(List.of(id)).get(id);
            RowMerge<ItemMinutes> merge = ItemMinutesMerge.of(base, mine, theirs);
            merge = merge.conflicts().isEmpty() ? merge : merge.savedBy(Writers.ofItemRecord(d, id));
            if (!merge.merged().equals(theirs)) {
                locked.save(merge.merged());
            }
            return merge;
        });
    }

    /** Stores the secretary's texts for an item's papers; its minutes stay. */
    public void save(ItemPapers p) {
        dsl.transaction(tx -> {
            DSLContext d = tx.dsl();
            ensure(d, p.itemId());
            d.update(ITEM_RECORD).set(ITEM_RECORD.SUMMARY, p.summary())
                    .set(ITEM_RECORD.BASIS, String.join("\n", p.basis()))
                    .set(ITEM_RECORD.SEND_TO, String.join("\n", p.sendTo())).set(ITEM_RECORD.UPDATED_AT, now())
                    .where(ITEM_RECORD.ITEM_ID.eq(p.itemId())).execute();
        });
    }

    /** Makes the item's row if it has none; a refusal when there is no such agenda item. */
    private void ensure(DSLContext d, long itemId) {
        new AgendaStore(d, clock).item(itemId)
                .orElseThrow(() -> new StoreException("store.agenda.item.missing", null, itemId));
        // Nothing when another writer made it meanwhile: two first saves of an item do not fail on its key.
        d.insertInto(ITEM_RECORD).set(ITEM_RECORD.ITEM_ID, itemId).set(ITEM_RECORD.UPDATED_AT, now())
                .onConflictDoNothing().execute();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** People as one value: "Name (PARTY)" a line. */
    static String lines(List<Person> people) {
        return people.stream().map(Person::display).collect(Collectors.joining("\n"));
    }

    static List<Person> people(String lines) {
        List<Person> out = new ArrayList<>();
        if (lines != null) {
            lines.lines().filter(l -> !l.isBlank()).forEach(l -> out.add(Person.parse(l)));
        }
        return out;
    }
}
