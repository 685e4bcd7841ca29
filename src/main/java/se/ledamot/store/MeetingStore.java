package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.MEETING;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import se.ledamot.domain.Limit;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.store.entity.AgendaChanges;
import se.ledamot.store.jooq.tables.records.MeetingRecord;

/**
 * Meetings of the council's bodies. Moving a meeting or deleting it is written to the timeline of every matter on
 * its agenda, since it changes when the matter is handled; the agendas themselves are the {@link AgendaStore}'s.
 */
public final class MeetingStore {
    private final DSLContext dsl;
    private final Clock clock;

    public MeetingStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Every meeting, earliest first; plain JDBC, read for every command's deadline rules ({@link PlainReads}). */
    public List<Meeting> list() {
        return PlainReads.list(dsl, "SELECT id, body_code, meeting_date, meeting_time, place, status, posted_on FROM meeting"
                + " ORDER BY meeting_date, meeting_time NULLS FIRST, id", r -> meeting(r.getLong(1), r.getString(2),
                        r.getObject(3, LocalDate.class), r.getObject(4, LocalTime.class), r.getString(5),
                        r.getString(6), r.getObject(7, LocalDate.class)));
    }

    public Optional<Meeting> find(long id) {
        return dsl.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOptional(MeetingStore::meeting);
    }

    /** The meeting, or a refusal that names the id. */
    public Meeting require(long id) {
        return find(id).orElseThrow(() -> new StoreException("store.meeting.missing", null, id));
    }

    /** Plans a meeting of a known body on a date in {@link Limit#date}'s range. */
    public Meeting add(Meeting m) {
        Limit.date(m.date());
        new BodyStore(dsl).require(m.body());
        OffsetDateTime now = new Timeline(dsl, clock).now();
        MeetingRecord r = dsl.newRecord(MEETING);
        copy(m, r);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.store();
        // Not in one transaction with the row: a new meeting also moves the meetings' count the index compares.
        AgendaChanges.count(dsl, r.getId());
        return m.withId(r.getId());
    }

    /** Stores a changed meeting. A new date is written to the timeline of every matter on its agenda. */
    public void save(Meeting m) {
        new BodyStore(dsl).require(m.body());
        dsl.transaction(tx -> {
            DSLContext d = tx.dsl();
            Timeline timeline = new Timeline(d, clock);
            MeetingRecord r = d.selectFrom(MEETING).where(MEETING.ID.eq(m.id())).fetchOptional()
                    .orElseThrow(() -> new StoreException("store.meeting.missing", null, m.id()));
            Meeting old = meeting(r);
            if (!old.date().equals(m.date())) {
                Limit.date(m.date());
            }
            copy(m, r);
            r.setUpdatedAt(timeline.now());
            r.store();
            AgendaChanges.count(d, m.id());
            if (!old.label().equals(m.label())) {
                for (AgendaItem item : new AgendaStore(d, clock).itemsOf(m.id())) {
                    if (item.matterId() != null) {
                        timeline.record(item.matterId(), MatterChange.AGENDA, old.label(), m.label());
                    }
                }
            }
        });
    }

    /**
     * Stores the changes made in the copy {@code base} of a meeting, met with what is stored now (optimistic locking,
     * issue 16.5: two people of the secretariat on one server). A field only this side changed is written, one only
     * the other changed keeps theirs, and one both changed is not written but handed back in
     * {@link RowMerge#conflicts()}. The row is locked while compared and written.
     */
    public RowMerge<Meeting> save(Meeting base, Meeting mine) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            Meeting theirs = meeting(d.selectFrom(MEETING).where(MEETING.ID.eq(mine.id())).forUpdate().fetchOptional()
                    .orElseThrow(() -> new StoreException("store.meeting.missing", null, mine.id())));
            RowMerge<Meeting> merge = RowMerge.of(base, mine, theirs, Meeting.FIELDS);
            merge = merge.conflicts().isEmpty() ? merge : merge.savedBy(Writers.ofMeeting(d, mine.id()));
            if (!merge.merged().equals(theirs)) {
                new MeetingStore(d, clock).save(merge.merged());
            }
            return merge;
        });
    }

    /** Deletes a meeting and its agenda; each matter on it gets a timeline entry saying it was taken off. */
    public void delete(long id) {
        dsl.transaction(tx -> {
            DSLContext d = tx.dsl();
            Meeting m = new MeetingStore(d, clock).require(id);
            Timeline timeline = new Timeline(d, clock);
            for (AgendaItem item : new AgendaStore(d, clock).itemsOf(id)) {
                if (item.matterId() != null) {
                    timeline.record(item.matterId(), MatterChange.AGENDA, m.label(), null);
                }
            }
            d.deleteFrom(MEETING).where(MEETING.ID.eq(id)).execute();
            AgendaChanges.count(d, id);
        });
    }

    private static Meeting meeting(MeetingRecord r) {
        return meeting(r.getId(), r.getBodyCode(), r.getMeetingDate(), r.getMeetingTime(), r.getPlace(), r.getStatus(),
                r.getPostedOn());
    }

    private static Meeting meeting(long id, String body, LocalDate date, LocalTime time, String place, String status,
            LocalDate postedOn) {
        return new Meeting(id, body, date, time, place, MeetingStatus.fromCode(status).orElse(MeetingStatus.PLANNED),
                postedOn);
    }

    private static void copy(Meeting m, MeetingRecord r) {
        r.setBodyCode(m.body());
        r.setMeetingDate(m.date());
        r.setMeetingTime(m.time());
        r.setPlace(m.place());
        r.setStatus(m.status().code());
        r.setPostedOn(m.postedOn());
    }
}
