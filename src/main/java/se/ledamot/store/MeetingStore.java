package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.AGENDA_ITEM;
import static se.ledamot.store.jooq.Tables.AGENDA_MOTION;
import static se.ledamot.store.jooq.Tables.BODY;
import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.MEETING;
import static se.ledamot.store.jooq.Tables.SUBMISSION_RULE;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Limit;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.AgendaSuggestion;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.domain.meeting.SubmissionRule;
import se.ledamot.domain.meeting.UnfinishedMotions;
import se.ledamot.store.jooq.tables.records.AgendaItemRecord;
import se.ledamot.store.jooq.tables.records.MeetingRecord;

/**
 * Bodies, their submission rules, meetings and agendas. Putting a matter on an agenda, taking it off, and moving its
 * meeting are written to the matter's timeline, since each changes when the matter is handled.
 */
public final class MeetingStore {
    /** Bumped by every write that can move a deadline (meetings, rules), for caches of the calendar. */
    private static final java.util.concurrent.atomic.AtomicLong CALENDAR_REVISION =
            new java.util.concurrent.atomic.AtomicLong();

    private final DSLContext dsl;
    private final Clock clock;

    public MeetingStore(OpenDatabase db) {
        this(db.dsl(), Clock.systemUTC());
    }

    public MeetingStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    // Bodies and rules

    public List<Body> bodies() {
        return dsl.selectFrom(BODY).orderBy(BODY.COUNCIL.desc(), BODY.CODE).fetch(r -> new Body(r.getCode(),
                r.getName(), r.getCouncil(), r.getFirstSpeechMinutes(), r.getLaterSpeechMinutes(),
                r.getReplyMinutes()));
    }

    public Optional<Body> body(String code) {
        String c = Body.normalize(code);
        return bodies().stream().filter(b -> b.code().equals(c)).findFirst();
    }

    /** Adds a body or updates the one with the same code. */
    public void saveBody(Body b) {
        CALENDAR_REVISION.incrementAndGet();
        dsl.insertInto(BODY).set(BODY.CODE, b.code()).set(BODY.NAME, b.name()).set(BODY.COUNCIL, b.council())
                .set(BODY.FIRST_SPEECH_MINUTES, b.firstSpeechMinutes())
                .set(BODY.LATER_SPEECH_MINUTES, b.laterSpeechMinutes()).set(BODY.REPLY_MINUTES, b.replyMinutes())
                .onConflict(BODY.CODE).doUpdate()
                .set(BODY.NAME, b.name()).set(BODY.COUNCIL, b.council())
                .set(BODY.FIRST_SPEECH_MINUTES, b.firstSpeechMinutes())
                .set(BODY.LATER_SPEECH_MINUTES, b.laterSpeechMinutes()).set(BODY.REPLY_MINUTES, b.replyMinutes())
                .execute();
    }

    public List<SubmissionRule> rules(String body) {
        return dsl.selectFrom(SUBMISSION_RULE).where(SUBMISSION_RULE.BODY_CODE.eq(Body.normalize(body)))
                .orderBy(SUBMISSION_RULE.KIND)
                .fetch(r -> new SubmissionRule(SubmissionKind.fromCode(r.getKind()).orElseThrow(),
                        SubmissionRule.Form.valueOf(r.getForm().toUpperCase(java.util.Locale.ROOT)), r.getAmount(),
                        r.getWeekday() == null ? null : DayOfWeek.of(r.getWeekday()), r.getAtTime()));
    }

    /** Sets a body's rule for one kind, replacing the one it had. */
    public void saveRule(String body, SubmissionRule rule) {
        CALENDAR_REVISION.incrementAndGet();
        String code = requireBody(body).code();
        String form = rule.form().name().toLowerCase(java.util.Locale.ROOT);
        Integer weekday = rule.weekday() == null ? null : rule.weekday().getValue();
        dsl.insertInto(SUBMISSION_RULE)
                .set(SUBMISSION_RULE.BODY_CODE, code).set(SUBMISSION_RULE.KIND, rule.kind().code())
                .set(SUBMISSION_RULE.FORM, form).set(SUBMISSION_RULE.AMOUNT, rule.amount())
                .set(SUBMISSION_RULE.WEEKDAY, weekday).set(SUBMISSION_RULE.AT_TIME, rule.time())
                .onConflict(SUBMISSION_RULE.BODY_CODE, SUBMISSION_RULE.KIND).doUpdate()
                .set(SUBMISSION_RULE.FORM, form).set(SUBMISSION_RULE.AMOUNT, rule.amount())
                .set(SUBMISSION_RULE.WEEKDAY, weekday).set(SUBMISSION_RULE.AT_TIME, rule.time())
                .execute();
    }

    public void removeRule(String body, SubmissionKind kind) {
        CALENDAR_REVISION.incrementAndGet();
        dsl.deleteFrom(SUBMISSION_RULE).where(SUBMISSION_RULE.BODY_CODE.eq(Body.normalize(body)))
                .and(SUBMISSION_RULE.KIND.eq(kind.code())).execute();
    }

    /** Changes whenever a meeting or a rule is written through any MeetingStore in this program. */
    public static long calendarRevision() {
        return CALENDAR_REVISION.get();
    }

    /**
     * Deadlines that include the meeting calendar and follow its changes: the calendar is read again after a meeting
     * or rule is written in this program. For screens that keep one Deadlines for their lifetime (the register).
     */
    public Deadlines liveDeadlines() {
        var cache = new Object() {
            long revision = -1;
            MeetingCalendar calendar;

            synchronized MeetingCalendar get() {
                long now = calendarRevision();
                if (now != revision || calendar == null) {
                    calendar = calendar();
                    revision = now;
                }
                return calendar;
            }
        };
        return Deadlines.standard()
                .with(m -> cache.get().nextMeetingRule().deadlineOf(m))
                .with(m -> cache.get().writtenAnswerRule().deadlineOf(m));
    }

    /**
     * The report of unfinished motions on a day (5 kap. 35 § KL): every motion not decided within a year, with the
     * latest prepared proposal from the agendas.
     */
    public List<UnfinishedMotions.Entry> unfinishedMotions(LocalDate day) {
        return UnfinishedMotions.asOf(day, new MatterStore(dsl, clock).list(), latestProposals());
    }

    /** Every body, meeting and rule: what the deadlines and suggestions are computed from. */
    public MeetingCalendar calendar() {
        List<Body> bodies = bodies();
        Map<String, List<SubmissionRule>> rules = new HashMap<>();
        for (Body b : bodies) {
            rules.put(b.code(), rules(b.code()));
        }
        return new MeetingCalendar(bodies, list(), rules);
    }

    // Meetings

    /** Every meeting, earliest first. */
    public List<Meeting> list() {
        return dsl.selectFrom(MEETING).orderBy(MEETING.MEETING_DATE, MEETING.MEETING_TIME.nullsFirst(), MEETING.ID)
                .fetch(MeetingStore::meeting);
    }

    public Optional<Meeting> find(long id) {
        return dsl.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOptional(MeetingStore::meeting);
    }

    /** The meeting, or a refusal that names the id. */
    public Meeting require(long id) {
        return find(id).orElseThrow(() -> new StoreException("store.meeting.missing", null, id));
    }

    public Meeting add(Meeting m) {
        Limit.date(m.date());
        CALENDAR_REVISION.incrementAndGet();
        requireBody(m.body());
        OffsetDateTime now = now();
        MeetingRecord r = dsl.newRecord(MEETING);
        copy(m, r);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.store();
        return m.withId(r.getId());
    }

    /** Stores a changed meeting. A new date is written to the timeline of every matter on its agenda. */
    public void save(Meeting m) {
        CALENDAR_REVISION.incrementAndGet();
        requireBody(m.body());
        dsl.transaction(tx -> {
            DSLContext d = tx.dsl();
            MeetingRecord r = d.selectFrom(MEETING).where(MEETING.ID.eq(m.id())).fetchOptional()
                    .orElseThrow(() -> new StoreException("store.meeting.missing", null, m.id()));
            Meeting old = meeting(r);
            if (!old.date().equals(m.date())) {
                Limit.date(m.date());
            }
            copy(m, r);
            r.setUpdatedAt(now());
            r.store();
            if (!old.label().equals(m.label())) {
                for (AgendaItem item : agenda(d, m.id())) {
                    if (item.matterId() != null) {
                        MatterStore.insertChange(d, item.matterId(), now(), MatterChange.AGENDA,
                                itemLabel(old, item), itemLabel(m, item));
                    }
                }
            }
        });
    }

    /** Deletes a meeting and its agenda; each matter on it gets a timeline entry saying it was taken off. */
    public void delete(long id) {
        CALENDAR_REVISION.incrementAndGet();
        dsl.transaction(tx -> {
            DSLContext d = tx.dsl();
            Meeting m = d.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOptional(MeetingStore::meeting)
                    .orElseThrow(() -> new StoreException("store.meeting.missing", null, id));
            for (AgendaItem item : agenda(d, id)) {
                if (item.matterId() != null) {
                    MatterStore.insertChange(d, item.matterId(), now(), MatterChange.AGENDA, itemLabel(m, item), null);
                }
            }
            d.deleteFrom(MEETING).where(MEETING.ID.eq(id)).execute();
        });
    }

    // Agendas

    /** The items of a meeting's agenda, in order. */
    public List<AgendaItem> agenda(long meetingId) {
        require(meetingId);
        return agenda(dsl, meetingId);
    }

    public Optional<AgendaItem> item(long itemId) {
        List<AgendaItem> items = items(dsl, AGENDA_ITEM.ID.eq(itemId));
        return items.stream().findFirst();
    }

    /** The item about a matter on a meeting's agenda, if it is on it. */
    public Optional<AgendaItem> itemFor(long meetingId, long matterId) {
        return items(dsl, AGENDA_ITEM.MEETING_ID.eq(meetingId).and(AGENDA_ITEM.MATTER_ID.eq(matterId))).stream()
                .findFirst();
    }

    /** Every agenda a matter is on, with its meeting, earliest meeting first. */
    public List<Scheduled> scheduleOf(long matterId) {
        Map<Long, Meeting> meetings = list().stream().collect(Collectors.toMap(Meeting::id, m -> m));
        return items(dsl, AGENDA_ITEM.MATTER_ID.eq(matterId)).stream()
                .map(i -> new Scheduled(meetings.get(i.meetingId()), i))
                .sorted(java.util.Comparator.comparing(s -> s.meeting().date()))
                .toList();
    }

    /** A matter on a meeting's agenda. */
    public record Scheduled(Meeting meeting, AgendaItem item) {
    }

    /**
     * Appends matters to the end of an agenda, in the order given. Nothing is added if one of them is unknown, in the
     * trash, or already on this agenda.
     */
    public List<AgendaItem> addMatters(long meetingId, List<Long> matterIds) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            Meeting m = requireIn(d, meetingId);
            Set<Long> seen = new HashSet<>();
            for (long matterId : matterIds) {
                if (!d.fetchExists(MATTER, MATTER.ID.eq(matterId).and(MATTER.TRASHED_AT.isNull()))) {
                    throw new StoreException("store.matter.missing", null, matterId);
                }
                if (!seen.add(matterId) || d.fetchExists(AGENDA_ITEM,
                        AGENDA_ITEM.MEETING_ID.eq(meetingId).and(AGENDA_ITEM.MATTER_ID.eq(matterId)))) {
                    throw new StoreException("agenda.matter.already", null, matterId, m.label());
                }
            }
            int next = agenda(d, meetingId).size() + 1;
            List<AgendaItem> added = new ArrayList<>();
            for (long matterId : matterIds) {
                AgendaItem item = insert(d, AgendaItem.forMatter(meetingId, next++, matterId));
                MatterStore.insertChange(d, matterId, now(), MatterChange.AGENDA, null, itemLabel(m, item));
                added.add(item);
            }
            return added;
        });
    }

    /** Appends a free-text item such as "Val av justerare". */
    public AgendaItem addText(long meetingId, String text) {
        return dsl.transactionResult(tx -> {
            requireIn(tx.dsl(), meetingId);
            int next = agenda(tx.dsl(), meetingId).size() + 1;
            return insert(tx.dsl(), AgendaItem.freeText(meetingId, next, text));
        });
    }

    /** Moves an item to another place on its agenda (1 = first); the items between shift and are renumbered. */
    public void move(long itemId, int newNumber) {
        dsl.transaction(tx -> {
            DSLContext d = tx.dsl();
            AgendaItem item = requireItem(d, itemId);
            List<AgendaItem> items = new ArrayList<>(agenda(d, item.meetingId()));
            items.removeIf(i -> i.id().equals(itemId));
            int index = Math.max(0, Math.min(items.size(), newNumber - 1));
            items.add(index, item);
            renumber(d, items);
        });
    }

    /** Takes an item off its agenda; the others close up. The matter's timeline says it was taken off. */
    public void remove(long itemId) {
        dsl.transaction(tx -> {
            DSLContext d = tx.dsl();
            AgendaItem item = requireItem(d, itemId);
            Meeting m = requireIn(d, item.meetingId());
            d.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(itemId)).execute();
            if (item.matterId() != null) {
                MatterStore.insertChange(d, item.matterId(), now(), MatterChange.AGENDA, itemLabel(m, item), null);
            }
            renumber(d, agenda(d, item.meetingId()));
        });
    }

    /**
     * Stores an item's text, prepared proposal, motions moved and decision. Its place on the agenda is changed with
     * {@link #move}, its matter not at all.
     */
    public void saveItem(AgendaItem item) {
        dsl.transaction(tx -> {
            DSLContext d = tx.dsl();
            AgendaItem old = requireItem(d, item.id());
            if (old.matterId() == null && item.text() == null) {
                throw new StoreException("agenda.item.empty", null);
            }
            d.update(AGENDA_ITEM)
                    .set(AGENDA_ITEM.TEXT, item.text())
                    .set(AGENDA_ITEM.PROPOSAL, item.proposal())
                    .set(AGENDA_ITEM.DECISION, item.decision() == null ? null : item.decision().code())
                    .set(AGENDA_ITEM.DECISION_TEXT, item.decisionText())
                    .where(AGENDA_ITEM.ID.eq(item.id())).execute();
            writeMotions(d, item.id(), item.motionsMoved());
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

    /** What to put on a meeting's agenda, from the matters not in the trash. */
    public List<AgendaSuggestion.Suggestion> suggest(long meetingId) {
        Meeting m = require(meetingId);
        return AgendaSuggestion.forMeeting(m, calendar(), new MatterStore(dsl, clock).list(),
                plannedMatterIds(meetingId));
    }

    private AgendaItem insert(DSLContext d, AgendaItem item) {
        AgendaItemRecord r = d.newRecord(AGENDA_ITEM);
        r.setMeetingId(item.meetingId());
        r.setItemNumber(item.number());
        r.setMatterId(item.matterId());
        r.setText(item.text());
        r.setProposal(item.proposal());
        r.setDecision(item.decision() == null ? null : item.decision().code());
        r.setDecisionText(item.decisionText());
        r.store();
        writeMotions(d, r.getId(), item.motionsMoved());
        return new AgendaItem(r.getId(), item.meetingId(), item.number(), item.matterId(), item.text(),
                item.proposal(), item.motionsMoved(), item.decision(), item.decisionText());
    }

    private static void writeMotions(DSLContext d, long itemId, List<String> motions) {
        d.deleteFrom(AGENDA_MOTION).where(AGENDA_MOTION.ITEM_ID.eq(itemId)).execute();
        for (int i = 0; i < motions.size(); i++) {
            d.insertInto(AGENDA_MOTION).values(itemId, i, motions.get(i)).execute();
        }
    }

    private static void renumber(DSLContext d, List<AgendaItem> inOrder) {
        for (int i = 0; i < inOrder.size(); i++) {
            d.update(AGENDA_ITEM).set(AGENDA_ITEM.ITEM_NUMBER, i + 1).where(AGENDA_ITEM.ID.eq(inOrder.get(i).id()))
                    .execute();
        }
    }

    private Body requireBody(String code) {
        return body(code).orElseThrow(() -> new StoreException("store.body.missing", null, Body.normalize(code)));
    }

    private static Meeting requireIn(DSLContext d, long meetingId) {
        return d.selectFrom(MEETING).where(MEETING.ID.eq(meetingId)).fetchOptional(MeetingStore::meeting)
                .orElseThrow(() -> new StoreException("store.meeting.missing", null, meetingId));
    }

    private static AgendaItem requireItem(DSLContext d, long itemId) {
        return items(d, AGENDA_ITEM.ID.eq(itemId)).stream().findFirst()
                .orElseThrow(() -> new StoreException("store.agenda.item.missing", null, itemId));
    }

    private static List<AgendaItem> agenda(DSLContext d, long meetingId) {
        return items(d, AGENDA_ITEM.MEETING_ID.eq(meetingId));
    }

    private static List<AgendaItem> items(DSLContext d, org.jooq.Condition where) {
        List<AgendaItemRecord> rows = d.selectFrom(AGENDA_ITEM).where(where)
                .orderBy(AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.ITEM_NUMBER, AGENDA_ITEM.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> motions = d.selectFrom(AGENDA_MOTION)
                .where(AGENDA_MOTION.ITEM_ID.in(rows.stream().map(AgendaItemRecord::getId).toList()))
                .orderBy(AGENDA_MOTION.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getItemId(),
                        Collectors.mapping(r -> r.getText(), Collectors.toList())));
        return rows.stream().map(r -> new AgendaItem(r.getId(), r.getMeetingId(), r.getItemNumber(),
                r.getMatterId(), r.getText(), r.getProposal(), motions.getOrDefault(r.getId(), List.of()),
                Decision.fromCode(r.getDecision()).orElse(null), r.getDecisionText())).toList();
    }

    private static String itemLabel(Meeting m, AgendaItem item) {
        return m.label() + " § " + item.number();
    }

    private static Meeting meeting(MeetingRecord r) {
        return new Meeting(r.getId(), r.getBodyCode(), r.getMeetingDate(), r.getMeetingTime(), r.getPlace(),
                MeetingStatus.fromCode(r.getStatus()).orElse(MeetingStatus.PLANNED));
    }

    private static void copy(Meeting m, MeetingRecord r) {
        r.setBodyCode(m.body());
        r.setMeetingDate(m.date());
        r.setMeetingTime(m.time());
        r.setPlace(m.place());
        r.setStatus(m.status().code());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
