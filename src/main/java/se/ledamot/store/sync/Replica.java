package se.ledamot.store.sync;

import static se.ledamot.store.jooq.Tables.AGENDA_ITEM;
import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.MATTER_ATTACHMENT;
import static se.ledamot.store.jooq.Tables.MEETING;
import static se.ledamot.store.jooq.Tables.SYNC_CONFLICT;
import static se.ledamot.store.jooq.Tables.SYNC_REPLICA;
import static se.ledamot.store.jooq.Tables.SYNC_STATE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.ledamot.domain.meeting.Body;
import se.ledamot.store.SampleData;
import se.ledamot.store.StoreException;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.EntityReader;
import se.ledamot.store.entity.EntityState;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.References;
import se.ledamot.store.entity.Uids;
import se.ledamot.store.jooq.tables.records.SyncReplicaRecord;

/**
 * A data folder that keeps a replica of a shared server: which server and who signs in, how far it has pulled. Joining
 * turns change capture on and queues what the folder already holds for the server, except the sample data, which
 * stays on this computer only.
 */
public final class Replica {
    /** Refusal code of things that never go to the server (the sample data a folder started with). */
    static final String LOCAL_ONLY = "local_only";
    /**
     * Refusal code of things only the secretariat registers on the server (matters, meetings, their agenda; issue 16
     * point 3: grants and row security), added here by a user who may not, and what hangs on them: kept here, not sent
     * again, not a conflict.
     */
    static final String SECRETARIAT = "secretariat";
    /** The kinds only the secretariat registers; a council setting a member changes is a conflict she settles. */
    static final Set<EntityType> REGISTERED = Set.of(Catalogue.MATTER_TYPE, Catalogue.MEETING_TYPE,
            Catalogue.AGENDA_ITEM_TYPE);
    /** Refusal codes of things that stay on this computer. */
    static final Set<String> STAY_HERE = Set.of(LOCAL_ONLY, SECRETARIAT);

    /** Who signs in to which server, and how far this replica has come. */
    public record Info(String server, String login, String group, String role, long pulledSeq, boolean firstDone,
            OffsetDateTime joinedAt, OffsetDateTime lastSync) {
    }

    private Replica() {
    }

    public static Optional<Info> of(DSLContext local) {
        return local.selectFrom(SYNC_REPLICA).fetchOptional().map(r -> new Info(r.getServer(), r.getLogin(),
                r.getGroupCode(), r.getRole(), r.getPulledSeq(), r.getFirstDone(), r.getJoinedAt(), r.getLastSync()));
    }

    /**
     * Makes this folder a replica of the server where {@code who} signs in. A folder already joined to another server
     * is refused; joining the same one again changes nothing.
     */
    public static Info join(DSLContext local, String server, ServerIdentity who, Clock clock) {
        Optional<Info> already = of(local);
        if (already.isPresent()) {
            if (already.get().server().equals(server) && already.get().login().equals(who.login())) {
                Capture.install(local);
                return already.get();
            }
            throw new StoreException("sync.otherServer", null, already.get().server());
        }
        Capture.install(local);
        local.transaction(tx -> {
            DSLContext d = tx.dsl();
            // Giving what is here its uids is no change made here: captured, it would mark the things pending
            // before queueWhatIsHere queues them (a folder with the samples could not join).
            Capture.suspended(() -> Uids.fill(d));
            queueWhatIsHere(d, clock);
            d.insertInto(SYNC_REPLICA).set(SYNC_REPLICA.ID, 1).set(SYNC_REPLICA.SERVER, server)
                    .set(SYNC_REPLICA.LOGIN, who.login()).set(SYNC_REPLICA.GROUP_CODE, who.group())
                    .set(SYNC_REPLICA.ROLE, who.role())
                    .set(SYNC_REPLICA.JOINED_AT, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .execute();
        });
        return of(local).orElseThrow();
    }

    /**
     * Everything here is new to the server: pending, with no base. The samples stay here; the council's papers holding
     * only the sample seats are not queued either, nor its settings holding only the samples' place kept, so the
     * server's own come in over them.
     */
    private static void queueWhatIsHere(DSLContext d, Clock clock) {
        Samples samples = Samples.in(d, clock);
        boolean samplePapers = SampleData.councilPapersAreSamples(d, clock);
        boolean sampleSettings = SampleData.councilSettingsAreSamples(d, clock);
        References refs = new References(d);
        EntityReader reader = new EntityReader(d, refs);
        for (EntityType type : Catalogue.SYNCED) {
            List<Object> after = null;
            while (true) {
                List<EntityState> page = reader.page(type, after, 500);
                for (EntityState s : page) {
                    if (samplePapers && type == Catalogue.BODY_PAPERS_TYPE && Body.COUNCIL.equals(s.key())) {
                        continue;
                    }
                    if (sampleSettings && type == Catalogue.PAPER_SETTINGS_TYPE) {
                        continue;
                    }
                    d.insertInto(SYNC_STATE).set(SYNC_STATE.ENTITY, type.name()).set(SYNC_STATE.ENTITY_KEY, s.key())
                            .set(SYNC_STATE.PENDING, true)
                            .set(SYNC_STATE.REFUSED, samples.contains(type, s) ? LOCAL_ONLY : null).execute();
                }
                if (page.size() < 500) {
                    break;
                }
                after = EntityReader.localKey(type, page.getLast(), refs);
            }
        }
    }

    /**
     * What was kept here for the secretariat waits to be sent again once the user's role on the server lets her
     * register it (the administrator made her the council's secretary): the kinds she may now add, and what hangs on
     * them when she may add them all. The pusher sends each once, by its uid, like anything new here; what she still
     * may not register stays kept and is not told again.
     */
    static void release(DSLContext d, Privileges may) {
        List<String> now = REGISTERED.stream().filter(may::mayInsert).map(EntityType::name).toList();
        if (now.isEmpty()) {
            return;
        }
        d.update(SYNC_STATE).setNull(SYNC_STATE.REFUSED).where(SYNC_STATE.REFUSED.eq(SECRETARIAT))
                .and(now.size() == REGISTERED.size() ? DSL.noCondition() : SYNC_STATE.ENTITY.in(now)).execute();
    }

    /** Whether the thing hangs on a matter, meeting or agenda item kept here because only the secretariat registers. */
    static boolean onSecretariatOnly(DSLContext d, EntityState s) {
        List<Condition> parents = new java.util.ArrayList<>();
        for (var parent : List.of(Map.entry("matter", Catalogue.MATTER_TYPE), Map.entry("meeting",
                Catalogue.MEETING_TYPE), Map.entry("item", Catalogue.AGENDA_ITEM_TYPE))) {
            Object uid = s.value(parent.getKey());
            if (uid != null) {
                parents.add(SYNC_STATE.ENTITY.eq(parent.getValue().name())
                        .and(SYNC_STATE.ENTITY_KEY.eq(uid.toString())));
            }
        }
        return !parents.isEmpty() && d.fetchExists(SYNC_STATE, SYNC_STATE.REFUSED.eq(SECRETARIAT)
                .and(DSL.or(parents)));
    }

    /** Whether the thing belongs to the sample data, which never goes to the server. */
    static boolean sample(DSLContext d, Clock clock, EntityType type, EntityState s) {
        return Samples.in(d, clock).contains(type, s);
    }

    /**
     * The sample data by uid: the matters made from the sample documents, the meetings the samples made
     * ({@link SampleData#meetingsOf}), the items on either, and what belongs to them.
     */
    private record Samples(Set<String> matters, Set<String> meetings, Set<String> items) {
        static Samples in(DSLContext d, Clock clock) {
            Set<Long> sampleIds = Set.copyOf(d.selectDistinct(MATTER_ATTACHMENT.MATTER_ID).from(MATTER_ATTACHMENT)
                    .where(MATTER_ATTACHMENT.SAMPLE.isTrue()).fetch(MATTER_ATTACHMENT.MATTER_ID));
            // The samples' own account of their meetings, so every one of them is known here, also one without items.
            List<Long> meetingIds = SampleData.meetingsOf(d, clock, sampleIds);
            Set<String> matters = new HashSet<>(d.select(MATTER.UID).from(MATTER).where(MATTER.ID.in(sampleIds))
                    .fetch(MATTER.UID));
            Set<String> meetings = new HashSet<>(d.select(MEETING.UID).from(MEETING).where(MEETING.ID.in(meetingIds))
                    .fetch(MEETING.UID));
            Set<String> items = new HashSet<>(d.select(AGENDA_ITEM.UID).from(AGENDA_ITEM)
                    .where(AGENDA_ITEM.MATTER_ID.in(sampleIds)).or(AGENDA_ITEM.MEETING_ID.in(meetingIds))
                    .fetch(AGENDA_ITEM.UID));
            return new Samples(matters, meetings, items);
        }

        boolean contains(EntityType type, EntityState s) {
            if (type == Catalogue.MATTER_TYPE) {
                return matters.contains(s.key());
            }
            if (type == Catalogue.MEETING_TYPE) {
                return meetings.contains(s.key());
            }
            if (type == Catalogue.AGENDA_ITEM_TYPE) {
                return items.contains(s.key());
            }
            return matters.contains(s.value("matter")) || items.contains(s.value("item"))
                    || meetings.contains(s.value("meeting"));
        }
    }

    /**
     * Things changed here that the next sync sends: not the sample data or what only the secretariat may register,
     * which never go there, and not things with
     * a conflict, which wait for the user's choice (counted as conflicts).
     */
    public static int waiting(DSLContext local) {
        return local.fetchCount(SYNC_STATE, SYNC_STATE.PENDING.isTrue()
                .and(SYNC_STATE.REFUSED.isNull().or(SYNC_STATE.REFUSED.notIn(STAY_HERE)))
                .andNotExists(DSL.selectOne().from(SYNC_CONFLICT).where(SYNC_CONFLICT.ENTITY.eq(SYNC_STATE.ENTITY))
                        .and(SYNC_CONFLICT.ENTITY_KEY.eq(SYNC_STATE.ENTITY_KEY))));
    }

    /** Records that the replica has everything up to the server's change {@code seq}. */
    static void advance(DSLContext d, long seq, OffsetDateTime at) {
        d.update(SYNC_REPLICA).set(SYNC_REPLICA.PULLED_SEQ, seq).set(SYNC_REPLICA.LAST_SYNC, at).execute();
    }

    /** Records that a sync came all the way to the server's newest change. */
    static void caughtUp(DSLContext d, OffsetDateTime at) {
        d.update(SYNC_REPLICA).set(SYNC_REPLICA.FIRST_DONE, true).set(SYNC_REPLICA.LAST_SYNC, at).execute();
    }

    static SyncReplicaRecord require(DSLContext d) {
        SyncReplicaRecord r = d.selectFrom(SYNC_REPLICA).fetchOne();
        if (r == null) {
            throw new StoreException("sync.notJoined", null);
        }
        return r;
    }
}
