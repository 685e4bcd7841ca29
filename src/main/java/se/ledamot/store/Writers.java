package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.AGENDA_ITEM;
import static se.ledamot.store.jooq.Tables.ANSWER_DRAFT;
import static se.ledamot.store.jooq.Tables.APP_USER;
import static se.ledamot.store.jooq.Tables.BODY;
import static se.ledamot.store.jooq.Tables.BODY_PAPERS;
import static se.ledamot.store.jooq.Tables.COUNCIL_SETTING;
import static se.ledamot.store.jooq.Tables.DEBATE_SPEAKER;
import static se.ledamot.store.jooq.Tables.GROUP_POSITION;
import static se.ledamot.store.jooq.Tables.ITEM_RECORD;
import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.MEETING;
import static se.ledamot.store.jooq.Tables.MINUTES;
import static se.ledamot.store.jooq.Tables.PAPER_SETTINGS;
import static se.ledamot.store.jooq.Tables.SYNC_CHANGE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import se.ledamot.domain.sync.SavedBy;

/**
 * Who saved a thing last and when, for the conflict view (issue 16.5). On a shared server the change sequence keeps
 * the login and the time of each thing's last change (db/postgresql/V37_1), and the login is said by the name and
 * party group it was enrolled with. In a laptop's own database a save met there came from another window of the same
 * data folder, or, on a replica, from the server by its last pull: the laptop keeps that change's writer (its enrolled
 * name and party group, or that it was this user on another computer, V45) and time in its own sync_change, which is
 * otherwise empty there, until a window here changes the thing.
 */
public final class Writers {
    /**
     * When a row without a time of its own is saved (V43's saved_at): the database's own time, so on a shared server
     * the server's clock, as its change sequence's times.
     */
    static final Field<OffsetDateTime> SAVED_NOW = DSL.currentOffsetDateTime();

    private Writers() {
    }

    /**
     * The last writer of a thing ({@code entity} and {@code key} as the change sequence names them), read in the
     * transaction of the save that met it.
     *
     * @param here when the thing says it was saved, used in a laptop's own database; null when it does not say
     */
    public static SavedBy of(DSLContext d, String entity, String key, Instant here) {
        return last(d, SYNC_CHANGE.ENTITY.eq(entity).and(SYNC_CHANGE.ENTITY_KEY.eq(key)), here);
    }

    /**
     * The last writer of whichever of some things the change sequence names by {@code things} changed last: a form
     * that holds several (the council's rules: its settings and its bodies) or a list kept in many rows.
     */
    private static SavedBy last(DSLContext d, Condition things, Instant here) {
        if (d.dialect().family() != SQLDialect.POSTGRES) {
            return pulled(d, things, here);
        }
        var last = d.select(SYNC_CHANGE.CHANGED_BY, SYNC_CHANGE.CHANGED_AT).from(SYNC_CHANGE).where(things)
                .orderBy(SYNC_CHANGE.SEQ.desc()).limit(1).fetchOne();
        if (last == null || last.value1() == null) {
            return SavedBy.UNKNOWN;
        }
        Instant at = instant(last.value2());
        // The same login in another window (or on another computer) is this user: said as a window, not by name.
        if (last.value1().equals(login(d))) {
            return SavedBy.anotherWindow(at);
        }
        return named(d, Set.of(last.value1())).getOrDefault(last.value1(), SavedBy.UNKNOWN).at(at);
    }

    /**
     * On a laptop: the server's writer of the thing as its last pull brought it ({@link #notePulled}), when no window
     * here changed it since (a window's change forgets it); else another window of this folder, dated {@code here}.
     */
    private static SavedBy pulled(DSLContext d, Condition things, Instant here) {
        var last = d.select(SYNC_CHANGE.CHANGED_BY, SYNC_CHANGE.CHANGED_PARTY, SYNC_CHANGE.CHANGED_AT,
                        SYNC_CHANGE.CHANGED_BY_YOU).from(SYNC_CHANGE).where(things)
                .orderBy(SYNC_CHANGE.SEQ.desc()).limit(1).fetchOne();
        if (last == null) {
            return SavedBy.anotherWindow(here);
        }
        Instant at = instant(last.value3());
        return Boolean.TRUE.equals(last.value4()) ? SavedBy.youElsewhere(at)
                : last.value1() == null ? SavedBy.UNKNOWN : SavedBy.person(last.value1(), last.value2(), at);
    }

    /**
     * The last writer of a thing on the server as a laptop's push meets it: a save of this user's own login there was
     * made on another computer (her other laptop, or the server's window), not in another window of this one.
     */
    public static SavedBy ofPushed(DSLContext server, String entity, String key) {
        SavedBy by = of(server, entity, key, null);
        return by.otherWindow() ? SavedBy.youElsewhere(by.at()) : by;
    }

    /** The login this connection signed in with (on a laptop's connection to the server: the laptop's user). */
    private static String login(DSLContext server) {
        return server.select(DSL.field("session_user", String.class)).fetchOne(0, String.class);
    }

    /**
     * Notes on a laptop who changed a thing last on the server, as a pull brings it: a window's save that meets the
     * pulled change names that person as the online window would (the laptop keeps the enrolled name and party group,
     * not the login it has no register of), or says it was this user on another computer.
     */
    public static void notePulled(DSLContext laptop, String entity, String key, Page page) {
        laptop.deleteFrom(SYNC_CHANGE).where(SYNC_CHANGE.ENTITY.eq(entity)).and(SYNC_CHANGE.ENTITY_KEY.eq(key))
                .execute();
        Long seq = page.seqByThing().get(Page.thing(entity, key));
        if (seq != null) {
            SavedBy by = page.of(entity, key);
            laptop.insertInto(SYNC_CHANGE).set(SYNC_CHANGE.SEQ, seq).set(SYNC_CHANGE.ENTITY, entity)
                    .set(SYNC_CHANGE.ENTITY_KEY, key).set(SYNC_CHANGE.CHANGED_BY, by.named() ? by.name() : null)
                    .set(SYNC_CHANGE.CHANGED_PARTY, by.party()).set(SYNC_CHANGE.CHANGED_BY_YOU, by.you())
                    .set(SYNC_CHANGE.CHANGED_AT, by.at() == null ? null
                            : OffsetDateTime.ofInstant(by.at(), java.time.ZoneOffset.UTC)).execute();
        }
    }

    /** On a laptop: a window here changed the thing, so what its last pull said of its writer no longer holds. */
    public static void forgetPulled(DSLContext laptop, String entity, String key) {
        laptop.deleteFrom(SYNC_CHANGE).where(SYNC_CHANGE.ENTITY.eq(entity)).and(SYNC_CHANGE.ENTITY_KEY.eq(key))
                .execute();
    }

    /** The last writer of a matter, by its id; in a laptop's own database dated by the matter's last change. */
    public static SavedBy ofMatter(DSLContext d, long id) {
        var row = d.select(MATTER.UID, MATTER.UPDATED_AT).from(MATTER).where(MATTER.ID.eq(id)).fetchSingle();
        return of(d, "matter", row.value1(), instant(row.value2()));
    }

    /** The last writer of a group's position on an item; in a laptop's own database dated by its last change. */
    public static SavedBy ofPosition(DSLContext d, String group, long itemId) {
        var row = d.select(AGENDA_ITEM.UID, GROUP_POSITION.UPDATED_AT).from(GROUP_POSITION).join(AGENDA_ITEM)
                .on(AGENDA_ITEM.ID.eq(GROUP_POSITION.ITEM_ID)).where(GROUP_POSITION.GROUP_CODE.eq(group))
                .and(GROUP_POSITION.ITEM_ID.eq(itemId)).fetchOne();
        // The key as the change sequence writes it (db/postgresql/V10_1): the group, a unit separator, the item.
        return row == null ? SavedBy.UNKNOWN
                : of(d, "position", group + '\u001f' + row.value1(), instant(row.value2()));
    }

    /** The last writer of an agenda item's texts; in a laptop's own database dated by the item's last save. */
    public static SavedBy ofAgendaItem(DSLContext d, long id) {
        var row = d.select(AGENDA_ITEM.UID, AGENDA_ITEM.SAVED_AT).from(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(id))
                .fetchSingle();
        return of(d, "agenda_item", row.value1(), instant(row.value2()));
    }

    /** The last writer of a meeting's minutes; in a laptop's own database dated by the minutes' last change. */
    public static SavedBy ofMinutes(DSLContext d, long meetingId) {
        var row = d.select(MEETING.UID, MINUTES.UPDATED_AT).from(MINUTES).join(MEETING)
                .on(MEETING.ID.eq(MINUTES.MEETING_ID)).where(MINUTES.MEETING_ID.eq(meetingId)).fetchSingle();
        return of(d, "minutes", row.value1(), instant(row.value2()));
    }

    /** The last writer of a matter's answer draft; in a laptop's own database dated by the draft's last save. */
    public static SavedBy ofAnswer(DSLContext d, long matterId) {
        var row = d.select(MATTER.UID, ANSWER_DRAFT.SAVED_AT).from(ANSWER_DRAFT).join(MATTER)
                .on(MATTER.ID.eq(ANSWER_DRAFT.MATTER_ID)).where(ANSWER_DRAFT.MATTER_ID.eq(matterId)).fetchSingle();
        return of(d, "answer", row.value1(), instant(row.value2()));
    }

    /** The last writer of a meeting (its own fields); in a laptop's own database dated by its last change. */
    public static SavedBy ofMeeting(DSLContext d, long id) {
        var row = d.select(MEETING.UID, MEETING.UPDATED_AT).from(MEETING).where(MEETING.ID.eq(id)).fetchSingle();
        return of(d, "meeting", row.value1(), instant(row.value2()));
    }

    /**
     * The last writer of a group's list of speakers on an item; in a laptop's own database dated by the list's last
     * save (each save writes the whole list).
     */
    public static SavedBy ofSpeakers(DSLContext d, long itemId) {
        OffsetDateTime at = d.select(DSL.max(DEBATE_SPEAKER.SAVED_AT)).from(DEBATE_SPEAKER)
                .where(DEBATE_SPEAKER.ITEM_ID.eq(itemId)).fetchOne(0, OffsetDateTime.class);
        return of(d, "speakers", itemUid(d, itemId), instant(at));
    }

    /**
     * The last writer of a meeting's agenda order: whoever changed one of its items last (a reorder renumbers them);
     * in a laptop's own database dated by the latest save of one of its items.
     */
    public static SavedBy ofAgendaOrder(DSLContext d, long meetingId) {
        OffsetDateTime at = d.select(DSL.max(AGENDA_ITEM.SAVED_AT)).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).fetchOne(0, OffsetDateTime.class);
        return last(d, SYNC_CHANGE.ENTITY.eq("agenda_item").and(SYNC_CHANGE.ENTITY_KEY.in(DSL.select(AGENDA_ITEM.UID)
                .from(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId)))), instant(at));
    }

    /** The last writer of an item's record in the minutes; in a laptop's own database dated by its last change. */
    public static SavedBy ofItemRecord(DSLContext d, long itemId) {
        var at = d.select(ITEM_RECORD.UPDATED_AT).from(ITEM_RECORD).where(ITEM_RECORD.ITEM_ID.eq(itemId)).fetchOne();
        return of(d, "item_record", itemUid(d, itemId), at == null ? null : instant(at.value1()));
    }

    /**
     * The last writer of the papers' settings: the council's row or {@code body}'s (null: the council's only); in a
     * laptop's own database dated by the later of the two rows' last changes.
     */
    public static SavedBy ofPaperSettings(DSLContext d, String body) {
        Condition things = SYNC_CHANGE.ENTITY.eq("paper_settings").and(SYNC_CHANGE.ENTITY_KEY.eq("1"));
        var at = d.select(PAPER_SETTINGS.UPDATED_AT).from(PAPER_SETTINGS).where(PAPER_SETTINGS.ID.eq(1)).fetchOne();
        Instant here = at == null ? null : instant(at.value1());
        if (body != null) {
            things = things.or(SYNC_CHANGE.ENTITY.eq("body_papers").and(SYNC_CHANGE.ENTITY_KEY.eq(body)));
            var b = d.select(BODY_PAPERS.UPDATED_AT).from(BODY_PAPERS).where(BODY_PAPERS.BODY_CODE.eq(body)).fetchOne();
            Instant there = b == null ? null : instant(b.value1());
            here = later(here, there);
        }
        return last(d, things, here);
    }

    /**
     * The last writer of the council's rules: of its settings or its bodies; in a laptop's own database dated by the
     * latest save of one of them.
     */
    public static SavedBy ofRules(DSLContext d) {
        var at = d.select(DSL.field(DSL.select(DSL.max(COUNCIL_SETTING.SAVED_AT)).from(COUNCIL_SETTING)),
                DSL.field(DSL.select(DSL.max(BODY.SAVED_AT)).from(BODY))).fetchSingle();
        return last(d, SYNC_CHANGE.ENTITY.in("setting", "body"), later(instant(at.value1()), instant(at.value2())));
    }

    /** The later of two times, either of which may be unknown (null). */
    private static Instant later(Instant a, Instant b) {
        return a == null || b != null && b.isAfter(a) ? b : a;
    }

    private static String itemUid(DSLContext d, long itemId) {
        return d.select(AGENDA_ITEM.UID).from(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(itemId)).fetchSingle().value1();
    }

    /**
     * These logins as the server enrolled them, by login: the name (the login where none was given) and the party
     * group; a login no one enrolled (the administrator) by itself. No time yet ({@link SavedBy#at}).
     */
    public static Map<String, SavedBy> named(DSLContext server, Collection<String> logins) {
        Map<String, SavedBy> out = new HashMap<>();
        logins.forEach(l -> out.put(l, SavedBy.person(l, "", null)));
        if (!logins.isEmpty()) {
            server.select(APP_USER.LOGIN, APP_USER.NAME, APP_USER.GROUP_CODE).from(APP_USER)
                    .where(APP_USER.LOGIN.in(logins)).forEach(r -> out.put(r.value1(), SavedBy.person(
                            r.value2() == null || r.value2().isBlank() ? r.value1() : r.value2(), r.value3(), null)));
        }
        return out;
    }

    /**
     * Who changed each thing of a page of the change sequence last (seq, entity, key, login, time), by thing, as the
     * laptop signed in to {@code server} pulls it: its own login's changes were made on another computer.
     */
    public static Page page(DSLContext server, List<? extends Record5<Long, String, String, String, OffsetDateTime>> log) {
        Map<String, SavedBy> names = named(server, log.stream().map(Record5::value4).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        names.computeIfPresent(login(server), (me, by) -> SavedBy.youElsewhere(null));
        Map<String, SavedBy> out = new HashMap<>();
        Map<String, Long> seqs = new HashMap<>();
        for (var r : log) {
            seqs.put(Page.thing(r.value2(), r.value3()), r.value1());
            if (r.value4() != null) {
                out.put(Page.thing(r.value2(), r.value3()), names.get(r.value4()).at(instant(r.value5())));
            }
        }
        return new Page(out, seqs);
    }

    /** The last writers of a page's things, and the numbers of their entries in the change sequence, by thing. */
    public record Page(Map<String, SavedBy> byThing, Map<String, Long> seqByThing) {
        public static final Page NONE = new Page(Map.of(), Map.of());

        public SavedBy of(String entity, String key) {
            return byThing.getOrDefault(thing(entity, key), SavedBy.UNKNOWN);
        }

        static String thing(String entity, String key) {
            return entity + '\u0000' + key;
        }
    }

    public static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
