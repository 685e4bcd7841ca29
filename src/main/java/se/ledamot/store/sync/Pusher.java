package se.ledamot.store.sync;

import static se.ledamot.store.jooq.Tables.SYNC_STATE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.sync.ConflictKind;
import se.ledamot.domain.sync.SavedBy;
import se.ledamot.store.Writers;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.EntityReader;
import se.ledamot.store.entity.EntityState;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.EntityWriter;
import se.ledamot.store.entity.References;
import se.ledamot.store.jooq.tables.records.SyncStateRecord;

/**
 * Sends what changed here to the server, a batch of things of one kind at a time. A batch is one server transaction
 * that first takes the lock every write on the server takes (V10_1), so nobody changes those things between reading
 * the server's state and writing the merge; a thing the server refuses is rolled back alone (a savepoint) and marked
 * here. Only after the server has committed is the outcome recorded here, so a connection lost in between is harmless:
 * the next push finds the server already holding this side's values and sends nothing twice.
 */
final class Pusher {
    static final int BATCH = 200;
    /** The lock of V10_1's ledamot_sync_log, which hands out change numbers in commit order. */
    static final long WRITE_LOCK = 74280016L;

    private final DSLContext local;
    private final DSLContext server;
    private final Clock clock;
    private final Privileges may;

    Pusher(DSLContext local, DSLContext server, Clock clock, Privileges may) {
        this.local = local;
        this.server = server;
        this.clock = clock;
        this.may = may;
    }

    /** Keys of the things of a kind waiting to be sent. */
    List<String> waiting(EntityType type) {
        return local.select(SYNC_STATE.ENTITY_KEY).from(SYNC_STATE).where(SYNC_STATE.ENTITY.eq(type.name()))
                .and(SYNC_STATE.PENDING.isTrue()).and(SYNC_STATE.REFUSED.isNull()).orderBy(SYNC_STATE.ENTITY_KEY)
                .fetch(SYNC_STATE.ENTITY_KEY);
    }

    /**
     * A thing's merge as worked out against the server, whether the server refused it (and why), and who made the
     * server's side of its conflicts.
     */
    private record Sent(String key, EntityState mine, EntityMerge.Outcome outcome, String refused, SavedBy by) {
    }

    /**
     * What one batch's send did: things sent, conflicts found, new things kept here because only the secretariat
     * registers them, things changed here by what the merge brought from the server (fetched as much as a pull's,
     * though this side's own values coming back are not), and the local ids of the matters among those.
     */
    record Result(int pushed, int conflicts, int kept, int brought, Set<Long> matters) {
    }

    /** Sends one batch. */
    Result push(EntityType type, List<String> keys) {
        References here = new References(local);
        Map<String, EntityState> mine = new EntityReader(local, here).read(type, keys);
        Map<String, SyncStateRecord> states = new HashMap<>();
        local.selectFrom(SYNC_STATE).where(SYNC_STATE.ENTITY.eq(type.name())).and(SYNC_STATE.ENTITY_KEY.in(keys))
                .forEach(r -> states.put(r.getEntityKey(), r));
        Map<String, Set<String>> open = ConflictRows.open(local, type, keys);
        List<Sent> sent = server.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            d.select(DSL.field("pg_advisory_xact_lock({0})", Object.class, DSL.inline(WRITE_LOCK))).fetch();
            References there = new References(d);
            Map<String, EntityState> theirs = new EntityReader(d, there).read(type, keys);
            EntityWriter writer = new EntityWriter(d, there, EntityWriter.Side.SERVER, false);
            List<Sent> out = new ArrayList<>();
            for (String key : keys) {
                EntityMerge.Outcome o = EntityMerge.merge(type, LocalState.base(type, states.get(key)),
                        mine.get(key), theirs.get(key), open.getOrDefault(key, Set.of()), may, true);
                // New here, and only the secretariat registers it (matter, meeting, agenda item) or it belongs to
                // one kept here for that (a meeting's kallelse file): kept here, neither a conflict nor waiting.
                String refused = theirs.get(key) == null && o.conflicts().stream()
                        .anyMatch(c -> c.kind() == ConflictKind.NOT_ALLOWED) && (Replica.REGISTERED.contains(type)
                        || Replica.onSecretariatOnly(local, mine.get(key))) ? Replica.SECRETARIAT : null;
                // Who made the server's side of a conflict, asked before this write makes it this user's.
                SavedBy by = o.conflicts().isEmpty() || refused != null ? SavedBy.UNKNOWN
                        : Writers.ofPushed(d, type.name(), key);
                if (o.writeServer()) {
                    madeAt(d, states.get(key));
                    refused = writeAlone(d, writer, type, theirs.get(key), o.server());
                }
                out.add(new Sent(key, mine.get(key), o, refused, by));
            }
            return out;
        });
        return local.transactionResult(tx -> Capture.suspended(() -> record(tx.dsl(), type, sent)));
    }

    /**
     * Tells the server when this thing was changed here, for its change sequence's date (db/postgresql/V40_1): a change
     * made offline is dated when she made it, not when it arrived. Until the transaction ends or the next thing's.
     */
    private static void madeAt(DSLContext d, SyncStateRecord state) {
        OffsetDateTime at = state == null ? null : state.getMadeAt();
        d.select(DSL.field("set_config('ledamot.made_at', {0}, true)", String.class,
                DSL.val(at == null ? "" : at.toInstant().toString()))).fetch();
    }

    /** Writes one thing in a savepoint of its own; returns why the server refused it, or null. */
    private static String writeAlone(DSLContext d, EntityWriter writer, EntityType type, EntityState before,
            EntityState after) {
        try {
            d.transaction(inner -> writer.write(type, List.of(new EntityWriter.Change(before, after))));
            return null;
        } catch (EntityWriter.MissingReference e) {
            return "missing";
        } catch (DomainException e) {
            if ("server.denied".equals(e.key())) {
                return "denied";
            }
            throw e;
        } catch (DataAccessException e) {
            String state = e.sqlState() == null ? "" : e.sqlState();
            if (state.equals("42501")) {
                return "denied";
            }
            if (state.startsWith("23")) {
                return state.equals("23503") ? "missing" : "invalid";
            }
            throw e;
        }
    }

    /** Records here what the server now holds: the merge's values, the new base, conflicts and refusals. */
    private Result record(DSLContext d, EntityType type, List<Sent> sent) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        References refs = new References(d);
        List<String> keys = sent.stream().map(Sent::key).toList();
        Map<String, SyncStateRecord> states = LocalState.lock(d, type, keys);
        Map<String, EntityState> current = new EntityReader(d, refs).read(type, keys);
        EntityWriter writer = new EntityWriter(d, refs, EntityWriter.Side.LOCAL, false);
        List<EntityWriter.Change> changes = new ArrayList<>();
        int pushed = 0;
        int conflicts = 0;
        int kept = 0;
        int brought = 0;
        Set<Long> matters = new HashSet<>();
        for (Sent s : sent) {
            SyncStateRecord st = states.get(s.key());
            EntityState now0 = current.get(s.key());
            if (s.refused() != null) {
                String why = whyRefused(d, type, s);
                kept += Replica.SECRETARIAT.equals(why) ? 1 : 0;
                d.update(SYNC_STATE).set(SYNC_STATE.REFUSED, why).where(SYNC_STATE.ENTITY.eq(type.name()))
                        .and(SYNC_STATE.ENTITY_KEY.eq(s.key())).execute();
                continue;
            }
            EntityMerge.Outcome o = s.outcome();
            EntityState target = Patch.onto(type, s.mine(), o.local(), now0);
            changes.add(new EntityWriter.Change(now0, target));
            if (o.brought() && Puller.differs(type, now0, target)) {
                brought++;
                if (type == Catalogue.MATTER_TYPE && now0 != null) {
                    matters.add(now0.localId());
                }
            }
            boolean pending = o.pending() || target == null && o.base() != null
                    || target != null && (o.base() == null || !EntityMerge.sameIgnoringStamps(type, target, o.base()));
            LocalState.record(d, type, s.key(), st, pending, o.base());
            for (EntityMerge.FieldConflict c : o.conflicts()) {
                conflicts += ConflictRows.record(d, type, s.key(), c, now, s.by()) ? 1 : 0;
            }
            o.settled().forEach(f -> ConflictRows.remove(d, type, s.key(), f));
            pushed += o.writeServer() ? 1 : 0;
        }
        writer.write(type, changes);
        return new Result(pushed, conflicts, kept, brought, matters);
    }

    /**
     * Added here to the sample data or to a matter or meeting kept here (a position on such an item): the server has no
     * parent for it, and it stays on the laptop with its parent rather than wait for a sync that can never send it.
     */
    private String whyRefused(DSLContext d, EntityType type, Sent s) {
        if (!"missing".equals(s.refused()) || s.mine() == null) {
            return s.refused();
        }
        if (Replica.sample(d, clock, type, s.mine())) {
            return Replica.LOCAL_ONLY;
        }
        return Replica.onSecretariatOnly(d, s.mine()) ? Replica.SECRETARIAT : s.refused();
    }
}
