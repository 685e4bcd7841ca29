package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.MATTER_CHANGE;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import se.ledamot.domain.MatterChange;
import se.ledamot.store.jooq.tables.records.MatterChangeRecord;

/**
 * The one writer and reader of matters' timelines. Every store whose change moves how or when a matter is handled
 * (its fields, its place on an agenda, a decision) records it here, with the transaction's own {@link DSLContext},
 * so the entry and the change are stored together or not at all.
 */
final class Timeline {
    /** A run of edits to one field within this long is one entry, so autosave while typing does not flood it. */
    static final Duration COALESCE = Duration.ofMinutes(2);

    private final DSLContext dsl;
    private final Clock clock;

    Timeline(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The moment to stamp a change with, in UTC. */
    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * Dates a new matter's "Registrerat" at noon on the day it came in, when that is before today (a sample, stored
     * today with meetings behind it: registered after them, its history read out of order; round 18).
     */
    void registeredOn(long matterId, LocalDate day) {
        OffsetDateTime noon = day == null ? null
                : day.atTime(LocalTime.NOON).atZone(clock.getZone()).withZoneSameInstant(ZoneOffset.UTC).toOffsetDateTime();
        if (noon != null && noon.isBefore(now())) {
            dsl.update(MATTER_CHANGE).set(MATTER_CHANGE.CHANGED_AT, noon).where(MATTER_CHANGE.MATTER_ID.eq(matterId)
                    .and(MATTER_CHANGE.FIELD.eq(MatterChange.CREATED))).execute();
        }
    }

    /** Records a change now. */
    void record(long matterId, String field, String oldValue, String newValue) {
        record(matterId, now(), field, oldValue, newValue);
    }

    /** Records a change at a moment (the one the change itself was stamped with). */
    void record(long matterId, OffsetDateTime at, String field, String oldValue, String newValue) {
        dsl.insertInto(MATTER_CHANGE)
                .set(MATTER_CHANGE.MATTER_ID, matterId)
                .set(MATTER_CHANGE.CHANGED_AT, at)
                .set(MATTER_CHANGE.FIELD, field)
                .set(MATTER_CHANGE.OLD_VALUE, oldValue)
                .set(MATTER_CHANGE.NEW_VALUE, newValue)
                .execute();
    }

    /**
     * Records an edit of a field. When the matter's last entry is an edit of the same field less than
     * {@link #COALESCE} ago, that entry is extended instead: it keeps its old value and gets the new one.
     */
    void recordEdit(long matterId, OffsetDateTime at, String field, String oldValue, String newValue) {
        MatterChangeRecord last = dsl.selectFrom(MATTER_CHANGE).where(MATTER_CHANGE.MATTER_ID.eq(matterId))
                .orderBy(MATTER_CHANGE.ID.desc()).limit(1).fetchOne();
        // An entry dated before the last one (a decision dated its meeting's day) never extends it.
        boolean continues = last != null && last.getField().equals(field)
                && !at.isBefore(last.getChangedAt()) && Duration.between(last.getChangedAt(), at).compareTo(COALESCE) < 0;
        if (continues) {
            last.setNewValue(newValue);
            last.setChangedAt(at);
            last.store();
        } else {
            record(matterId, at, field, oldValue, newValue);
        }
    }

    /** A matter's timeline, oldest first. */
    List<MatterChange> of(long matterId) {
        return dsl.selectFrom(MATTER_CHANGE).where(MATTER_CHANGE.MATTER_ID.eq(matterId))
                .orderBy(MATTER_CHANGE.CHANGED_AT, MATTER_CHANGE.ID)
                .fetch(Timeline::change);
    }

    /** The timelines of several matters in one read, oldest first each; a matter without entries is left out. */
    Map<Long, List<MatterChange>> of(Collection<Long> matterIds) {
        if (matterIds.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(MATTER_CHANGE).where(MATTER_CHANGE.MATTER_ID.in(matterIds))
                .orderBy(MATTER_CHANGE.CHANGED_AT, MATTER_CHANGE.ID)
                .fetch(Timeline::change)
                .stream().collect(Collectors.groupingBy(MatterChange::matterId, Collectors.toList()));
    }

    private static MatterChange change(MatterChangeRecord r) {
        return new MatterChange(r.getMatterId(), r.getChangedAt().toInstant(), r.getField(), r.getOldValue(),
                r.getNewValue());
    }
}
