package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.DEBATE_DECISION;
import static se.ledamot.store.jooq.Tables.DEBATE_SPEAKER;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.Person;
import se.ledamot.domain.debate.Debate;
import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.debate.TimeLimits;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
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

    /** Replaces the list of speakers; the list was checked by the domain against the matter and the limits. */
    public void saveSpeakers(long itemId, SpeakerList list) {
        dsl.transaction(tx -> {
            DSLContext d = tx.dsl();
            d.deleteFrom(DEBATE_SPEAKER).where(DEBATE_SPEAKER.ITEM_ID.eq(itemId)).execute();
            List<Speaker> speakers = list.speakers();
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
                        .execute();
            }
        });
    }

    /**
     * Records the decision taken on an item: the matter gets the decision and the status it leads to (its timeline
     * records both, and the reason of a referral back), and the agenda item the decision. One transaction: a refusal
     * changes nothing.
     */
    public Matter decide(long itemId, DebateDecision decision, String wording) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            Debate debate = open(d, itemId);
            if (debate.decision().isPresent()) {
                throw new StoreException("debate.decision.already", null,
                        debate.decision().get().decision());
            }
            Matter decided = decision.applyTo(debate.matter());
            new MatterStore(d, clock).save(decided);
            Timeline timeline = new Timeline(d, clock);
            OffsetDateTime now = timeline.now();
            if (decision.reason() != null) {
                timeline.record(decided.id(), now, decision.minority() ? MatterChange.MINORITY_REFERRAL : MatterChange.REFERRAL_REASON, null,
                        decision.reason());
            }
            new AgendaStore(d, clock).saveItem(debate.item().withDecision(decision.decision(),
                    wording == null ? "" : wording));
            d.insertInto(DEBATE_DECISION)
                    .set(DEBATE_DECISION.ITEM_ID, itemId)
                    .set(DEBATE_DECISION.DECISION, decision.decision().code())
                    .set(DEBATE_DECISION.MINORITY, decision.minority())
                    .set(DEBATE_DECISION.REASON, decision.reason())
                    .set(DEBATE_DECISION.DECIDED_AT, now)
                    .execute();
            return decided;
        });
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
