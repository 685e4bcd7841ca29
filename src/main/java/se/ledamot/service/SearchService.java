package se.ledamot.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.search.Hit;
import se.ledamot.search.HitType;
import se.ledamot.search.Parties;
import se.ledamot.search.SearchIndex;
import se.ledamot.search.SearchQuery;
import se.ledamot.store.SearchFeed;

/**
 * Full-text search over everything in a data folder: matters, meetings, agenda items, answers, people, parties.
 * The Lucene index lives in the folder's {@value #FOLDER}/ beside the database, private to the user, and is
 * derived from the database alone: it can be deleted and is then rebuilt ({@link #rebuild}). It follows the
 * database by itself — before a search, at most once per {@link #LOOK_AGAIN} or when told of a change, it reads
 * which matters changed since its last look ({@code updated_at}) and which meetings' agendas changed (a
 * fingerprint each) and re-indexes those, whoever changed them (this program, the command line, a sync). Each look
 * commits the index with the state it reflects, atomically; after a crash the next look starts from the last commit,
 * and an index it cannot trust (none, another version, damaged) is rebuilt. Where it is kept: {@link IndexPlace}.
 */
public final class SearchService implements AutoCloseable {
    public static final String FOLDER = "search";
    static final Duration LOOK_AGAIN = Duration.ofSeconds(1);
    /** Changes are read from a little before the last look: another program's clock or transaction may lag. */
    static final Duration OVERLAP = Duration.ofMinutes(5);
    private static final int CHUNK = 2_000;
    private static final String NEWEST = "matters.newest";
    private static final String ROWS = "matters.rows";
    /** The last number of a shared server's change sequence the index took in (0 elsewhere). */
    private static final String SERVER_CHANGE = "server.change";
    private static final String MEETINGS = "meetings";
    /** {@link SearchFeed#agendaState} when the meetings' prints were last read. */
    private static final String AGENDAS = "agendas";
    /** The agenda-change numbers below the last one seen that were not yet committed when the index looked. */
    private static final String AGENDA_GAPS = "agendas.gaps";
    /** When the index last looked, on the clock that stamps updated_at. */
    private static final String LOOKED = "looked";
    /** The newest change of a rebuild no write can lag behind (the generator's, its folder's only writer). */
    private static final String COMPLETE = "matters.complete";

    private final IndexPlace place;
    private final SearchFeed feed;
    private SearchIndex index;
    private long lastLook;
    private boolean changed = true;
    private long generation;
    private Map<Long, String> meetingPrints = Map.of();
    /** The agendas' state the prints were read at; empty when not known (then they are read again). */
    private String agendaState = "";
    private Set<Long> agendaGaps = Set.of();
    /** This program's writes to matters at the last look: a write that did not move updated_at still counts. */
    private long writesSeen = -1;
    private final java.time.Clock clock;

    SearchService(IndexPlace place, SearchFeed feed, java.time.Clock clock) {
        this.place = place;
        this.feed = feed;
        this.clock = clock;
    }

    /** The best hits of every type (or those asked for), with snippets of the texts around what matched. */
    public synchronized List<Hit> search(SearchQuery query) {
        SearchIndex i = current(true);
        return Snippets.add(query, i.search(query), feed);
    }

    /**
     * The ids of the matters that match, best first: what the register shows while a search is typed. Only the
     * matters are brought up to date first: the meetings' agendas (a read of every agenda item) hold no matter hit,
     * and every keystroke asks this.
     */
    public synchronized long[] matterIds(SearchQuery query) {
        return current(false).ids(query.withTypes(Set.of(HitType.MATTER)));
    }

    /**
     * The ids of the matters that match, in no particular order (for a column's order, which the caller imposes):
     * cheaper than {@link #matterIds}, nothing is scored.
     */
    public synchronized long[] matterIdsUnranked(SearchQuery query) {
        return current(false).unrankedIds(query.withTypes(Set.of(HitType.MATTER)));
    }

    /**
     * A number that changes whenever the index took in a change of matters (a look that found one, a sync's
     * refresh, a rebuild): what the register keeps a column's order of the matters by.
     */
    public synchronized long generation() {
        if (index == null || !index.isWritable()) {
            // Another program writes the index and this one does not look: nothing may be kept by this number.
            generation++;
        }
        return generation;
    }

    /**
     * The snippet the search would show for this matter: the part of its body, att-satser, questions or answer
     * around what the query matched (for the register's selected matter while a search is typed).
     */
    public Hit.Snippet snippetOf(SearchQuery query, Matter matter) {
        return query.hasText() ? Snippets.of(query, matter, false) : Hit.Snippet.NONE;
    }

    /** Tells the index that something changed here: the next search looks at once. */
    public synchronized void changed() {
        changed = true;
    }

    /**
     * Brings these matters up to date in the index at once (for a sync that pulled them from a server); the
     * matters not found, or in the trash, leave the index.
     */
    public synchronized void refresh(Collection<Long> matterIds) {
        SearchIndex i = open();
        if (i.isWritable()) {
            generation++;
            putMatters(i, matterIds);
            // The state stays as it was: the next look still reads whatever else changed since.
            i.commit(i.committedState());
        }
    }

    /**
     * The folder's password was set, changed or removed: the index on disk (plain, or sealed under the earlier key)
     * is deleted at once, and made anew where it now belongs.
     */
    public synchronized void protectionChanged() {
        close();
        generation++;
        place.leaveDiskAfterProtectionChanged();
    }

    /** Makes the index anew from the database, telling progress in matters indexed; returns how many. */
    public synchronized int rebuild(IntConsumer progress) {
        return rebuild((done, all) -> progress.accept(done), false);
    }

    /**
     * As {@link #rebuild(IntConsumer)}, by the only program that ever wrote the folder, after its last write (the
     * generator's new folder): nothing can lag behind this index, so the next program takes it as current. Its
     * clock may say the index looked in the minute of the newest change (the benchmark generates at 09:00 on the
     * day of its newest matters), and the first search then re-read every matter and meeting of that day.
     */
    public synchronized int rebuildAsOnlyWriter(IntConsumer progress) {
        return rebuild((done, all) -> progress.accept(done), true);
    }

    private int rebuild(IndexProgress progress, boolean onlyWriter) {
        SearchIndex i = open();
        if (!i.isWritable()) {
            throw new DomainException("search.index.busy");
        }
        SearchFeed.MatterState before = feed.matterState();
        generation++;
        i.clear();
        List<Long> ids = feed.allLiveIdsInOrder();
        progress.indexed(0, ids.size());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            i.putMatters(feed.matters(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
            progress.indexed(Math.min(ids.size(), from + CHUNK), ids.size());
        }
        meetingPrints = Map.of();
        agendaState = "";
        agendaGaps = Set.of();
        syncMeetings(i);
        i.putPeople(feed.people(), Parties.NAMES);
        Map<String, String> state = new java.util.HashMap<>(state(before));
        if (onlyWriter) {
            state.put(COMPLETE, state.get(NEWEST));
        }
        i.commit(state);
        writesSeen = before.localWrites();
        lastLook = System.nanoTime();
        changed = false;
        return ids.size();
    }

    /** Whether the index must be made whole from the database (none yet, another version, damaged, in memory). */
    public synchronized boolean needsRebuild() {
        SearchIndex i = open();
        return i.isWritable() && !i.committedState().containsKey(NEWEST);
    }

    /** Opens the index and brings it up to date now, rebuilding it if it cannot be trusted (e.g. at start). */
    public synchronized void prepare() {
        current(true);
    }

    /** As {@link #prepare()}, telling how far a rebuild it makes has come (a first start, a server's first). */
    public synchronized void prepare(IndexProgress progress) {
        current(true, progress);
    }

    private SearchIndex current(boolean meetingsToo) {
        return current(meetingsToo, IndexProgress.NONE);
    }

    private SearchIndex current(boolean meetingsToo, IndexProgress progress) {
        SearchIndex i = open();
        if (i.isWritable()) {
            lookAgain(i, meetingsToo, progress);
        }
        return i;
    }

    /**
     * Brings the index up to the database: the matters changed since the last look (two cheap reads say whether
     * any did, so this runs before every search), and, if asked, the meetings whose agenda changed (a heavier
     * read, at most once per {@link #LOOK_AGAIN} unless told of a change). Commits what it changed with the new
     * state.
     */
    private void lookAgain(SearchIndex i, boolean meetingsToo, IndexProgress progress) {
        Map<String, String> state = i.committedState();
        if (!state.containsKey(NEWEST)) {
            rebuild(progress, false);
            return;
        }
        long serverSeen = Long.parseLong(state.getOrDefault(SERVER_CHANGE, "0"));
        if (serverSeen > 0 && writesSeen >= 0 && feed.localWrites() == writesSeen
                && feed.serverChange() == serverSeen) {
            // On a server every change moves its change sequence (V10_1): none since the last look, so the matters'
            // count and newest change, reads of every row under row-level security (50 ms at 10 000), are spared.
            return;
        }
        SearchFeed.MatterState now = feed.matterState();
        String last = state.get(NEWEST);
        String newest = now.newest() == null ? "" : now.newest().toString();
        boolean mattersChanged = false;
        boolean stateMoved = false;
        if (writesSeen < 0 && now.localWrites() == 0 && last.equals(newest) && settled(state, last)) {
            // This program's first look, nothing changed, and the index looked more than OVERLAP after the newest
            // change: no write can still lag behind it, so the overlap need not be read again (it was every
            // matter of a register imported or generated within minutes, at every start).
            writesSeen = 0;
        }
        if (!last.equals(newest) || now.localWrites() != writesSeen) {
            OffsetDateTime since = last.isEmpty() ? OffsetDateTime.MIN : OffsetDateTime.parse(last).minus(OVERLAP);
            putMatters(i, feed.changedSince(since));
            mattersChanged = true;
            writesSeen = now.localWrites();
        }
        if (now.serverChange() > serverSeen) {
            // Another laptop's change on the server, whatever its clock stamped on it (a meeting's moves it too).
            List<Long> changedThere = feed.changedOnServerAfter(serverSeen);
            putMatters(i, changedThere);
            mattersChanged |= !changedThere.isEmpty();
            stateMoved = true;
        }
        if (!String.valueOf(now.rows()).equals(state.get(ROWS))) {
            removeGone(i);
            mattersChanged = true;
        }
        if (mattersChanged) {
            generation++;
            i.putPeople(feed.people(), Parties.NAMES);
        }
        if (meetingPrints.isEmpty()) {
            // Also when only the matters are looked at: the commit below records the prints it was given.
            meetingPrints = Prints.parse(state.getOrDefault(MEETINGS, ""));
            agendaState = state.getOrDefault(AGENDAS, "");
            agendaGaps = Prints.parseGaps(state.getOrDefault(AGENDA_GAPS, ""));
        }
        boolean meetingsChanged = false;
        if (meetingsToo && (changed || System.nanoTime() - lastLook > LOOK_AGAIN.toNanos())) {
            meetingsChanged = syncMeetings(i);
            lastLook = System.nanoTime();
            changed = false;
        }
        if (mattersChanged || meetingsChanged || stateMoved) {
            i.commit(state(now));
        }
    }

    private void putMatters(SearchIndex i, Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        Set<Long> meetings = new HashSet<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            var docs = feed.matters(chunk);
            Set<Long> gone = new HashSet<>(chunk);
            docs.forEach(d -> gone.remove(d.matter().id()));
            i.removeMatters(gone);
            i.putMatters(docs);
            meetings.addAll(feed.meetingsWithMatters(chunk));
        }
        // An agenda item of a matter is found by the matter's title: its meeting is indexed again with it.
        putMeetings(i, new ArrayList<>(meetings));
    }

    private void putMeetings(SearchIndex i, List<Long> ids) {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (SearchFeed.MeetingBundle b : feed.meetings(ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                i.putMeeting(b.meeting(), b.items());
            }
        }
    }

    private void removeGone(SearchIndex i) {
        Set<Long> live = feed.liveIds();
        List<Long> gone = new ArrayList<>();
        Set<Long> indexed = new HashSet<>();
        for (long id : i.ids(HitType.MATTER)) {
            indexed.add(id);
            if (!live.contains(id)) {
                gone.add(id);
            }
        }
        i.removeMatters(gone);
        live.removeAll(indexed);
        putMatters(i, live);
    }

    /**
     * Re-indexes the meetings whose fingerprint changed; true if any did, or if the agendas' state moved (so that it
     * is committed). The prints, a read of every agenda item, are read only when that state moved since they were.
     */
    private boolean syncMeetings(SearchIndex i) {
        // Read before the prints: a change committed in between moves it again, and the next look reads them anew.
        String stateNow = feed.agendaState();
        if (stateNow.equals(agendaState)) {
            return false;
        }
        long seen = SearchFeed.changeSeq(agendaState);
        SearchFeed.NotedChanges changes = seen < 0 ? new SearchFeed.NotedChanges(Set.of(), Set.of())
                : feed.changesAfter(seen, agendaGaps);
        Set<Long> noted = changes.meetings();
        agendaGaps = changes.gaps();
        agendaState = stateNow;
        Map<Long, String> now = feed.meetingFingerprints();
        List<Long> redo = now.entrySet().stream().filter(e -> noted.contains(e.getKey())
                || !e.getValue().equals(meetingPrints.get(e.getKey()))).map(Map.Entry::getKey).toList();
        List<Long> gone = meetingPrints.keySet().stream().filter(id -> !now.containsKey(id)).toList();
        putMeetings(i, redo);
        for (long id : gone) {
            i.removeMeeting(id);
        }
        meetingPrints = now;
        return true;
    }

    private Map<String, String> state(SearchFeed.MatterState matters) {
        return Map.of(NEWEST, matters.newest() == null ? "" : matters.newest().toString(), ROWS,
                String.valueOf(matters.rows()), SERVER_CHANGE, String.valueOf(matters.serverChange()),
                MEETINGS, Prints.format(meetingPrints), AGENDAS, agendaState,
                AGENDA_GAPS, Prints.formatGaps(agendaGaps), LOOKED, clock.instant().toString());
    }

    /**
     * Whether the index last looked more than {@link #OVERLAP} after the newest change it holds, or was built by the
     * only writer after that change.
     */
    private static boolean settled(Map<String, String> state, String newest) {
        if (newest.equals(state.get(COMPLETE))) {
            return true;
        }
        String looked = state.get(LOOKED);
        return looked != null && !newest.isEmpty() && java.time.Instant.parse(looked)
                .isAfter(OffsetDateTime.parse(newest).toInstant().plus(OVERLAP));
    }

    private SearchIndex open() {
        if (index == null) {
            index = place.open();
        }
        return index;
    }

    /** Whether the index is sealed, its files encrypted (a folder protected by a password). */
    public boolean sealed() {
        return place.sealed();
    }

    /** Whether the index is a data folder's own on disk (the generator's to make: {@link #rebuildAsOnlyWriter}). */
    public boolean inDataFolder() {
        return place.inDataFolder();
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
