package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.DEBATE_DECISION;
import static se.ledamot.store.jooq.Tables.DEBATE_SPEAKER;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.debate.Debate;
import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.domain.debate.Decided;
import se.ledamot.domain.debate.DecidedMeanwhile;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.debate.TimeLimits;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.sync.ListMerge;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.store.jooq.tables.records.DebateSpeakerRecord;

/**
 * The debate on an agenda item: its list of speakers, kept to the rules of {@link SpeakerList} with the limits of
 * the meeting's body, and the decision taken, which moves the matter's status and lands in its timeline.
 */
public final class DebateStore {
    private final DSLContext dsl;
    private final Clock clock;


    public DebateStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The debate on an item about a matter; a free-text item has no debate. */
    public Debate open(long itemId) {
        return open(dsl, itemId);
    }

    /** The lists of speakers of several items in one read, in order; an item without speakers is left out. */
    public Map<Long, List<Speaker>> speakers(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(DEBATE_SPEAKER).where(DEBATE_SPEAKER.ITEM_ID.in(itemIds))
                .orderBy(DEBATE_SPEAKER.ITEM_ID, DEBATE_SPEAKER.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getItemId(), LinkedHashMap::new,
                        Collectors.mapping(DebateStore::speaker, Collectors.toList())));
    }

    /** Replaces the list of speakers as a whole (the sample meeting); a screen saves with {@code base}. */
    public void saveSpeakers(long itemId, SpeakerList list) {
        dsl.transaction(tx -> writeSpeakers(tx.dsl(), itemId, list.speakers()));
    }

    /**
     * Stores the list of speakers changed from the copy {@code base}, met with the list stored now (optimistic
     * locking, issue 16.5: two members of a group at one meeting). The list's rule is {@link ListMerge}'s: speakers
     * added on either side both stay, a removal or a change (notes, minutes) on one side stands, and a speaker both
     * changed differently, or a reorder against a reorder, is a conflict: nothing is written and the stored list comes
     * back. So is a merge that would break the body's rules though neither list does ({@link
     * SpeakerList#brokenTogether}): the group chooses, rather than the server keeping a list against its rules. The group's rows of the item are locked while compared and written; two first lists at once meet on the
     * rows' key, and the later is compared again with the first's.
     */
    public ListMerge<Speaker> saveSpeakers(long itemId, List<Speaker> base, SpeakerList mine) {
        try {
            return mergeSpeakers(itemId, base, mine);
        } catch (IntegrityConstraintViolationException firstListAtOnce) {
            return mergeSpeakers(itemId, base, mine);
        }
    }

    private ListMerge<Speaker> mergeSpeakers(long itemId, List<Speaker> base, SpeakerList mine) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            List<Speaker> theirs = lockedSpeakers(d, itemId);
            ListMerge<Speaker> merge = mine.brokenTogether(base, theirs).isPresent() ? new ListMerge<>(theirs, true)
                    : ListMerge.of(base, mine.speakers(), theirs, Speaker::sameTurn);
            merge = merge.conflict() ? merge.savedBy(Writers.ofSpeakers(d, itemId)) : merge;
            if (!merge.conflict() && !merge.merged().equals(theirs)) {
                writeSpeakers(d, itemId, merge.merged());
            }
            return merge;
        });
    }

    /**
     * The stored list with each of its rows locked. A writer replaces the rows it locked, so the list is read again
     * after the lock is had, until what is locked is what is stored.
     */
    private static List<Speaker> lockedSpeakers(DSLContext d, long itemId) {
        while (true) {
            List<Speaker> locked = d.selectFrom(DEBATE_SPEAKER).where(DEBATE_SPEAKER.ITEM_ID.eq(itemId))
                    .orderBy(DEBATE_SPEAKER.POSITION).forUpdate().fetch(DebateStore::speaker);
            List<Speaker> stored = d.selectFrom(DEBATE_SPEAKER).where(DEBATE_SPEAKER.ITEM_ID.eq(itemId))
                    .orderBy(DEBATE_SPEAKER.POSITION).fetch(DebateStore::speaker);
            if (locked.equals(stored)) {
                return stored;
            }
        }
    }

    private static void writeSpeakers(DSLContext d, long itemId, List<Speaker> speakers) {
        d.deleteFrom(DEBATE_SPEAKER).where(DEBATE_SPEAKER.ITEM_ID.eq(itemId)).execute();
        for (int i = 0; i < speakers.size(); i++) {
            Speaker s = speakers.get(i);
            d.insertInto(DEBATE_SPEAKER)
                    .set(DEBATE_SPEAKER.ITEM_ID, itemId)
                    .set(DEBATE_SPEAKER.POSITION, i)
                    .set(DEBATE_SPEAKER.NAME, s.person().name())
                    .set(DEBATE_SPEAKER.PARTY, s.person().party())
                    .set(DEBATE_SPEAKER.KIND, s.kind().code())
                    .set(DEBATE_SPEAKER.MINUTES, s.minutes())
                    .set(DEBATE_SPEAKER.TEXT, s.text())
                    .set(DEBATE_SPEAKER.SAVED_AT, Writers.SAVED_NOW)
                    .execute();
        }
    }

    /**
     * Records the decision taken on an item: the matter gets the decision and the status it leads to (its timeline
     * records both, and the reason of a referral back), and the agenda item the decision and {@code wording}, typed
     * over the copy {@code base} of the item, met with the item as stored like any save of its texts ({@link
     * AgendaStore#saveItem(AgendaItem, AgendaItem)}): a wording another stored meanwhile stands unless this one was
     * typed too, and then the decision is taken and the wording waits for a choice. One transaction: a refusal changes
     * nothing.
     */
    public Decided decide(AgendaItem base, DebateDecision decision, String wording) {
        long itemId = base.id();
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            Debate debate = open(d, itemId);
            if (debate.decision().isPresent()) {
                throw new StoreException("debate.decision.already", null,
                        debate.decision().get().decision());
            }
            Matter decided = take(d, itemId, debate.matter(), decision, dated(debate.meeting()));
            RowMerge<AgendaItem> item = new AgendaStore(d, clock).saveItem(base,
                    base.withDecision(decision.decision(), wording));
            return new Decided(decided, item);
        });
    }

    /**
     * After {@link #decide} was refused because another recorded the decision meanwhile: that decision, and the
     * wording typed over {@code base} met with the item as stored, with who stored it. Typed (it differs from the copy
     * it started from) and different from the stored one, the wording is a conflict to choose; a wording chosen is
     * stored as any item text, refused once the minutes are justerade (kommunallagen 5 kap. 69 §). Writes nothing.
     */
    public DecidedMeanwhile decidedMeanwhile(AgendaItem base, String wording) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            Debate debate = open(d, base.id());
            AgendaItem stored = debate.item();
            boolean typed = !wording.equals(base.decisionText()) && !wording.equals(stored.decisionText());
            List<RowField<AgendaItem>> conflicts = typed ? AgendaItem.FIELDS.stream()
                    .filter(f -> f.code().equals("decision_text")).toList() : List.of();
            return new DecidedMeanwhile(debate.decision().orElseThrow(),
                    new RowMerge<>(stored, conflicts, stored, Writers.ofAgendaItem(d, base.id())));
        });
    }

    /**
     * Records, changes or clears ({@code decision} null) the decision on an item as the minutes record it
     * (Protokoll), by the rule {@link #decide} follows: the matter gets the decision and the status it leads to, its
     * deadlines stop, its timeline records it. A decision changed or cleared is first taken back: the matter returns
     * to the status it had before it (as its timeline recorded) and loses the decision, then the new one is taken.
     * Refused once the minutes are justerade: what the signed minutes say was decided stands. The wording is left.
     */
    public Matter record(long itemId, DebateDecision decision) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            Debate debate = open(d, itemId);
            Optional<DebateDecision> was = debate.decision();
            if (was.equals(Optional.ofNullable(decision))) {
                return debate.matter();
            }
            if (new MinutesStore(d, clock).minutes(debate.meeting().id()).adjusted() != null) {
                throw new StoreException("debate.decision.adjusted", null);
            }
            Matter matter = debate.matter();
            OffsetDateTime dated = dated(debate.meeting());
            if (was.isPresent()) {
                matter = takeBack(d, itemId, matter, was.get(), dated);
            }
            if (decision != null) {
                matter = take(d, itemId, matter, decision, dated);
            }
            AgendaItem item = debate.item();
            new AgendaStore(d, clock).saveItem(item,
                    item.withDecision(decision == null ? null : decision.decision(), item.decisionText()));
            return matter;
        });
    }

    /**
     * When a decision on an item of {@code meeting} is dated: now on the meeting's day, else (the minutes written
     * later, or ahead) the meeting's day at its hour, noon when none is set: the council decided then.
     */
    private OffsetDateTime dated(Meeting meeting) {
        OffsetDateTime now = new Timeline(dsl, clock).now();
        if (now.atZoneSameInstant(clock.getZone()).toLocalDate().equals(meeting.date())) {
            return now;
        }
        LocalTime hour = meeting.time() == null ? LocalTime.NOON : meeting.time();
        return meeting.date().atTime(hour).atZone(clock.getZone()).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The one rule of a decision taken: the matter moved and stored, the reason of a referral, the record kept. */
    private Matter take(DSLContext d, long itemId, Matter matter, DebateDecision decision, OffsetDateTime now) {
        Matter decided = decision.applyTo(matter);
        new MatterStore(d, clock).saveDated(decided, now);
        Timeline timeline = new Timeline(d, clock);
        if (decision.reason() != null) {
            timeline.record(decided.id(), now, decision.minority() ? MatterChange.MINORITY_REFERRAL
                    : MatterChange.REFERRAL_REASON, null, decision.reason());
        }
        d.insertInto(DEBATE_DECISION)
                .set(DEBATE_DECISION.ITEM_ID, itemId)
                .set(DEBATE_DECISION.DECISION, decision.decision().code())
                .set(DEBATE_DECISION.MINORITY, decision.minority())
                .set(DEBATE_DECISION.REASON, decision.reason())
                .set(DEBATE_DECISION.DECIDED_AT, now)
                .execute();
        return decided;
    }

    /**
     * A decision taken back: the matter loses it and, while it still has the status the decision gave it, returns to
     * the status its timeline says it had before (a status changed by hand since stays).
     */
    private Matter takeBack(DSLContext d, long itemId, Matter matter, DebateDecision was, OffsetDateTime dated) {
        d.deleteFrom(DEBATE_DECISION).where(DEBATE_DECISION.ITEM_ID.eq(itemId)).execute();
        Status status = matter.status();
        if (status == was.targetStatus(matter.kind())) {
            String code = status.code();
            status = new Timeline(d, clock).of(matter.id()).reversed().stream()
                    .filter(c -> MatterField.STATUS.code().equals(c.field()) && code.equals(c.newValue()))
                    .findFirst().flatMap(c -> Status.fromCode(c.oldValue())).orElse(status);
        }
        Matter back = matter.toBuilder().status(status).decision(null).build();
        new MatterStore(d, clock).saveDated(back, dated);
        return back;
    }

    private Debate open(DSLContext d, long itemId) {
        AgendaItem item = new AgendaStore(d, clock).item(itemId)
                .orElseThrow(() -> new StoreException("debate.item.missing", null, itemId));
        if (item.matterId() == null) {
            throw new StoreException("debate.item.freeText", null, item.number());
        }
        Meeting meeting = new MeetingStore(d, clock).require(item.meetingId());
        Matter matter = new MatterStore(d, clock).find(item.matterId())
                .orElseThrow(() -> new StoreException("store.matter.missing", null, item.matterId()));
        TimeLimits limits = new BodyStore(d).body(meeting.body()).map(TimeLimits::of).orElse(TimeLimits.NONE);
        List<Speaker> speakers = d.selectFrom(DEBATE_SPEAKER).where(DEBATE_SPEAKER.ITEM_ID.eq(itemId))
                .orderBy(DEBATE_SPEAKER.POSITION)
                .fetch(DebateStore::speaker);
        Optional<DebateDecision> decision = d.selectFrom(DEBATE_DECISION).where(DEBATE_DECISION.ITEM_ID.eq(itemId))
                .fetchOptional(r -> new DebateDecision(Decision.fromCode(r.getDecision()).orElseThrow(),
                        r.getMinority(), r.getReason()));
        // Stored speakers were checked when they were added; limits changed since then do not hide them.
        return new Debate(meeting, item, matter, new SpeakerList(matter, limits, speakers), decision);
    }

    private static Speaker speaker(DebateSpeakerRecord r) {
        return new Speaker(new Person(r.getName(), r.getParty()),
                SpeechKind.fromCode(r.getKind()).orElse(SpeechKind.SPEECH), r.getMinutes(), r.getText());
    }
}
