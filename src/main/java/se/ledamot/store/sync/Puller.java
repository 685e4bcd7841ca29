package se.ledamot.store.sync;

import static se.ledamot.store.jooq.Tables.SYNC_CHANGE;
import static se.ledamot.store.jooq.Tables.SYNC_STATE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.impl.DSL;
import se.ledamot.store.Writers;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.Column;
import se.ledamot.store.entity.EntityReader;
import se.ledamot.store.entity.EntityState;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.EntityWriter;
import se.ledamot.store.entity.References;
import se.ledamot.store.entity.Role;
import se.ledamot.store.jooq.tables.records.SyncStateRecord;

/**
 * Brings the server's changes here: the change sequence after the last number pulled, a page at a time. Each page is
 * read from the server first and then applied here in one transaction together with the new number, so a page is in
 * whole or not at all: a connection lost halfway leaves the replica where the last page left it, and the next pull
 * goes on from there. A thing changed here meanwhile is merged field by field, never overwritten.
 */
final class Puller {
    /**
     * Changes pulled at a time. Each page costs a few queries per kind on each side and one transaction here, whatever
     * its size, so a first sync of 100 000 matters wants big ones; 5 000 matters with their lists fit easily in memory.
     */
    static final int PAGE = 5_000;
    /** State rows written in one transaction by {@link #recordArrived}. */
    private static final int ARRIVED_AT_ONCE = 50_000;

    private final DSLContext local;
    private final DSLContext server;
    private final Clock clock;
    private final int page;
    /**
     * For a database that only this pull writes (a first sync's copy): the keys of the things that had a state row in
     * it when the pull began, by kind, so that a page asks for the state rows of those alone. A fresh copy has almost
     * none, and asking for each of a page's things was a tenth of the writing. The things the pages bring get theirs
     * at the end ({@link #recordArrived}). Null: ask for every thing of the page, and record each as it comes.
     */
    private final Map<String, Set<String>> stated;
    /**
     * For a database that only this pull writes: every thing with a uid in it, kept up to date as pages are applied
     * ({@link References#whole}), so that its uid indexes can be dropped while it is filled. Null: look up as needed.
     */
    private final References known;

    Puller(DSLContext local, DSLContext server, Clock clock, int page) {
        this(local, server, clock, page, null);
    }

    /**
     * Into a database no one else writes meanwhile (a first sync's copy), whose state rows are {@code stated} (see
     * {@link #stated}); or, with null, into the replica itself.
     */
    Puller(DSLContext local, DSLContext server, Clock clock, int page, Map<String, Set<String>> stated) {
        this.local = local;
        this.server = server;
        this.clock = clock;
        this.page = page;
        this.stated = stated;
        this.known = stated == null ? null : References.whole(local);
    }

    /**
     * The newest change on the server, this user's or not (db/postgresql/V20_1): taken before a pull, everything up to
     * it is seen once the pull has come to the end, so the next sync need not read past the other groups' changes.
     */
    long newest() {
        Long max = server.select(DSL.field("public.ledamot_newest_change()", Long.class)).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    /**
     * Reads again from the server the things whose changes here the user dropped ({@link Conflicts#discard}), and
     * makes them here as the server has them.
     */
    Page refetch() {
        Map<EntityType, Set<String>> keys = new LinkedHashMap<>();
        Catalogue.SYNCED.forEach(t -> keys.put(t, new LinkedHashSet<>()));
        boolean any = false;
        for (var r : local.select(SYNC_STATE.ENTITY, SYNC_STATE.ENTITY_KEY).from(SYNC_STATE)
                .where(SYNC_STATE.REFUSED.eq(Conflicts.REFETCH)).fetch()) {
            keys.get(Catalogue.require(r.value1())).add(r.value2());
            any = true;
        }
        if (!any) {
            return null;
        }
        Map<EntityType, Map<String, EntityState>> theirs = read(keys);
        long seq = Replica.require(local).getPulledSeq();
        return local.transactionResult(tx -> Capture.suspended(() -> {
            keys.forEach((type, k) -> {
                if (!k.isEmpty()) {
                    tx.dsl().update(SYNC_STATE).set(SYNC_STATE.PENDING, false).setNull(SYNC_STATE.REFUSED)
                            .where(SYNC_STATE.ENTITY.eq(type.name())).and(SYNC_STATE.ENTITY_KEY.in(k)).execute();
                    k.forEach(key -> ConflictRows.removeAll(tx.dsl(), type, key));
                }
            });
            return apply(tx.dsl(), keys, theirs, seq, Writers.Page.NONE);
        }));
    }

    /**
     * Reads from the server the page of changes after {@code after}: the log, then the changed things as the server
     * has them now. Reads nothing here, so the next page can be read while this replica still writes the last one
     * ({@link SyncEngine}). Null when there is nothing more.
     */
    Fetched fetch(long after) {
        List<Record5<Long, String, String, String, OffsetDateTime>> log = server.select(SYNC_CHANGE.SEQ,
                        SYNC_CHANGE.ENTITY, SYNC_CHANGE.ENTITY_KEY, SYNC_CHANGE.CHANGED_BY, SYNC_CHANGE.CHANGED_AT)
                .from(SYNC_CHANGE).where(SYNC_CHANGE.SEQ.gt(after)).orderBy(SYNC_CHANGE.SEQ).limit(page).fetch();
        if (log.isEmpty()) {
            return null;
        }
        Map<EntityType, Set<String>> keys = new LinkedHashMap<>();
        Catalogue.SYNCED.forEach(t -> keys.put(t, new LinkedHashSet<>()));
        for (var r : log) {
            Catalogue.byName(r.value2()).ifPresent(t -> keys.get(t).add(r.value3()));
        }
        Writers.Page writers = Writers.page(server, log);
        EntityReader there = new EntityReader(server, new References(server));
        Map<EntityType, Map<String, EntityState>> theirs = new LinkedHashMap<>();
        Map<EntityType, Set<String>> asked = new LinkedHashMap<>();
        for (EntityType type : Catalogue.SYNCED) {
            theirs.put(type, new LinkedHashMap<>(there.read(type, keys.get(type))));
            asked.put(type, new LinkedHashSet<>(keys.get(type)));
        }
        return new Fetched(log.getLast().value1(), keys, theirs, asked, writers);
    }

    /**
     * Applies a page read by {@link #fetch} here, in one transaction with its number, after reading from the server
     * what it refers to that is not here yet (a page written meanwhile may have brought it).
     */
    Page apply(Fetched f) {
        read(f.keys(), f.theirs(), f.asked());
        return local.transactionResult(tx -> Capture.suspended(() -> apply(tx.dsl(), f.keys(), f.theirs(), f.last(),
                f.writers())));
    }

    /**
     * The server's state of these things, and of what they refer to that is not here yet (an item logged before its
     * meeting changed last), so that every reference can be written.
     */
    private Map<EntityType, Map<String, EntityState>> read(Map<EntityType, Set<String>> keys) {
        Map<EntityType, Map<String, EntityState>> out = new LinkedHashMap<>();
        Map<EntityType, Set<String>> asked = new LinkedHashMap<>();
        Catalogue.SYNCED.forEach(t -> {
            out.put(t, new LinkedHashMap<>());
            asked.put(t, new LinkedHashSet<>());
        });
        read(keys, out, asked);
        return out;
    }

    /**
     * Completes {@code theirs} (the things already {@code asked} for, by kind): reads the rest of {@code keys}, and
     * what those refer to that is neither here nor in the page, from the last kind to the first.
     */
    private void read(Map<EntityType, Set<String>> keys, Map<EntityType, Map<String, EntityState>> theirs,
            Map<EntityType, Set<String>> asked) {
        EntityReader there = new EntityReader(server, new References(server));
        References here = known != null ? known : new References(local);
        for (int i = Catalogue.SYNCED.size() - 1; i >= 0; i--) {
            EntityType type = Catalogue.SYNCED.get(i);
            Set<String> wanted = new LinkedHashSet<>(keys.get(type));
            wanted.removeAll(asked.get(type));
            Map<String, EntityState> found = theirs.get(type);
            if (!wanted.isEmpty()) {
                found.putAll(there.read(type, wanted));
                asked.get(type).addAll(wanted);
            }
            for (Column c : type.columns()) {
                if (c.role() == Role.REF) {
                    EntityType t = Catalogue.require(c.target());
                    Set<String> targets = new LinkedHashSet<>();
                    found.values().forEach(s -> targets.add((String) s.value(c.name())));
                    targets.remove(null);
                    targets.removeAll(keys.get(t));
                    targets.removeAll(here.locals(t, targets).keySet());
                    keys.get(t).addAll(targets);
                }
            }
        }
    }

    private Page apply(DSLContext d, Map<EntityType, Set<String>> keys,
            Map<EntityType, Map<String, EntityState>> theirs, long last, Writers.Page writers) {
        References refs = known != null ? known : new References(d);
        EntityReader reader = new EntityReader(d, refs);
        EntityWriter writer = new EntityWriter(d, refs, EntityWriter.Side.LOCAL, false);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Set<Long> matters = new HashSet<>();
        int applied = 0;
        int conflicts = 0;
        for (EntityType type : Catalogue.SYNCED) {
            Set<String> wanted = keys.get(type);
            if (wanted.isEmpty()) {
                continue;
            }
            Map<String, SyncStateRecord> states = LocalState.lock(d, type, stated == null ? wanted
                    : wanted.stream().filter(stated.getOrDefault(type.name(), Set.of())::contains).toList());
            Map<String, EntityState> mine = reader.read(type, wanted);
            Map<String, Set<String>> open = ConflictRows.open(d, type, wanted);
            List<EntityWriter.Change> changes = new ArrayList<>();
            List<String> arrived = new ArrayList<>();
            List<String> inStep = new ArrayList<>();
            for (String key : wanted) {
                SyncStateRecord st = states.get(key);
                EntityState here = mine.get(key);
                EntityState there = theirs.get(type).get(key);
                if (st != null && st.getRefused() != null && Replica.STAY_HERE.contains(st.getRefused())) {
                    continue;
                }
                if (st == null || !st.getPending()) {
                    changes.add(new EntityWriter.Change(here, there));
                    (st == null ? arrived : inStep).add(key);
                    boolean moved = differs(type, here, there);
                    applied += moved ? 1 : 0;
                    if (moved && stated == null) {
                        Writers.notePulled(d, type.name(), key, writers);
                    }
                } else {
                    EntityMerge.Outcome o = EntityMerge.merge(type, LocalState.base(type, st), here, there,
                            open.getOrDefault(key, Set.of()), Privileges.all(), false);
                    changes.add(new EntityWriter.Change(here, o.local()));
                    // Only the server's own: this side's values, sent before and come back, move nothing.
                    boolean moved = o.brought() && differs(type, here, o.local());
                    applied += moved ? 1 : 0;
                    if (moved && stated == null) {
                        Writers.notePulled(d, type.name(), key, writers);
                    }
                    LocalState.record(d, type, key, st, o.pending(), o.base());
                    for (EntityMerge.FieldConflict c : o.conflicts()) {
                        conflicts += ConflictRows.record(d, type, key, c, now, writers.of(type.name(), key)) ? 1 : 0;
                    }
                    o.settled().forEach(f -> ConflictRows.remove(d, type, key, f));
                }
                if (type == Catalogue.MATTER_TYPE && here != null) {
                    matters.add(here.localId());
                }
            }
            LocalState.inStep(d, type, stated == null ? arrived : List.of(), inStep);
            writer.write(type, changes);
            if (type == Catalogue.MATTER_TYPE) {
                for (EntityWriter.Change c : changes) {
                    if (c.before() == null && c.after() != null) {
                        matters.add((Long) refs.locals(type, List.of(c.after().key())).get(c.after().key()));
                    }
                }
            }
        }
        Replica.advance(d, last, now);
        return new Page(last, applied, conflicts, matters);
    }

    /**
     * For a first sync's copy once every page is in: a state row, in step with the server, for every thing there that
     * has none, which is what the pages brought (what the copy held before has its rows from joining or from the
     * capture since). In key order, a kind at a time: the keys are random, so page by page every page's rows touched
     * pages all over the state rows' index. A sync cut before this leaves the copy without them, and the next one
     * goes on filling it and ends here.
     */
    void recordArrived() {
        EntityReader reader = new EntityReader(local, known);
        for (EntityType type : Catalogue.SYNCED) {
            Set<String> had = stated.getOrDefault(type.name(), Set.of());
            List<String> arrived = reader.keys(type).stream().filter(k -> !had.contains(k)).sorted().toList();
            for (List<String> chunk : LocalState.chunks(arrived, ARRIVED_AT_ONCE)) {
                local.transaction(tx -> LocalState.inStep(tx.dsl(), type, chunk, List.of()));
            }
        }
    }

    /**
     * A page as read from the server: up to which change, its things by kind, their states there, what was asked, and
     * who changed each last.
     */
    record Fetched(long last, Map<EntityType, Set<String>> keys, Map<EntityType, Map<String, EntityState>> theirs,
            Map<EntityType, Set<String>> asked, Writers.Page writers) {
    }

    /**
     * Whether the thing here changes by what came: a change this replica sent comes back in the server's log, and is
     * no thing brought (the window would read its screens again for nothing).
     */
    static boolean differs(EntityType type, EntityState here, EntityState next) {
        return here == null ? next != null : next == null || !EntityMerge.sameIgnoringStamps(type, here, next);
    }

    /** What one page brought: up to which change, how many things, new conflicts, and the matters it touched here. */
    record Page(long seq, int applied, int conflicts, Set<Long> matters) {
    }
}
