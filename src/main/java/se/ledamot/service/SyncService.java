package se.ledamot.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.store.DatabaseTarget;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerAddress;
import se.ledamot.store.StoreException;
import se.ledamot.store.sync.Conflicts;
import se.ledamot.store.sync.Replica;
import se.ledamot.store.sync.ServerIdentity;
import se.ledamot.store.sync.SyncEngine;
import se.ledamot.store.sync.SyncListener;
import se.ledamot.store.sync.SyncReport;

/**
 * The laptop's replica of a shared server (issue 16.4): the first sync joins the server, so the data folder gets what
 * its user may see there; every later one sends what changed here and brings what changed there. Each step is its
 * own transaction on both sides, so a sync cut by the network or a cancel is simply run again. The same field changed
 * on both sides is kept as a conflict for the user to settle, never overwritten.
 */
public final class SyncService {
    /** What a sync does now. */
    public enum Phase { SEND, FETCH }

    /** Told how a sync goes, from the thread that runs it; may stop it between two batches. */
    public interface Progress {
        void step(Phase phase, long done, long total);

        default boolean cancelled() {
            return false;
        }

        Progress NONE = (phase, done, total) -> { };
    }

    /**
     * What one sync did: {@code joined} when it was this folder's first with the server; things sent and brought;
     * conflicts now waiting for the user; things the server refused; whether it came all the way (not cancelled).
     */
    public record Summary(String server, boolean joined, int pushed, int pulled, int conflicts, int refused,
            boolean complete) {
    }

    /** The server this folder keeps a replica of, the last sync, changes waiting to be sent and conflicts waiting. */
    public record Status(String server, OffsetDateTime lastSync, int waiting, int conflicts) {
    }

    private final DSLContext local;
    private final Clock clock;
    private final SearchService search;

    SyncService(DSLContext local, Clock clock, SearchService search) {
        this.local = local;
        this.clock = clock;
        this.search = search;
    }

    /** Where this folder stands with its server; empty when it has never synced with one. */
    public Optional<Status> status() {
        return Replica.of(local).map(r -> new Status(r.server(), r.lastSync(), Replica.waiting(local),
                new Conflicts(local).count()));
    }

    /**
     * The address of the server this folder keeps a replica of, as {@code postgresql://…} for
     * {@link ServerAdministration#server}; empty before the first sync.
     */
    public Optional<String> serverUrl() {
        return Replica.of(local).map(r -> "postgresql://" + r.server());
    }

    /**
     * Syncs with the server, joining it first when this folder has never synced. The password is asked for once,
     * when the connection is made. A folder that keeps another server's replica is refused.
     */
    public Summary sync(ServerAdministration.Server server, Supplier<char[]> password, Progress progress) {
        ServerAddress address = server.address();
        Optional<Replica.Info> before = Replica.of(local);
        if (before.isPresent() && !before.get().server().equals(address.toString())) {
            throw new StoreException("sync.otherServer", null, before.get().server());
        }
        try (OpenDatabase there = new DatabaseTarget.Server(address, password).open()) {
            SyncReport report;
            try {
                Replica.join(local, address.toString(), ServerIdentity.of(there.dsl()), clock);
                report = new SyncEngine(local, there.dsl(), clock).sync(listener(progress));
            } catch (DataAccessException e) {
                // The connection broke mid-way: what was done is kept on both sides, the rest waits for a new sync.
                throw new StoreException("sync.cut", e, address.host() + ":" + address.port());
            }
            if (!report.changedMatters().isEmpty() && search.folder() != null) {
                search.refresh(report.changedMatters());
            }
            return new Summary(address.toString(), before.isEmpty(), report.pushed(), report.pulled(),
                    new Conflicts(local).count(), report.refused(), report.complete());
        }
    }

    /** Every conflict waiting for the user, oldest first. */
    public List<Conflict> conflicts() {
        return new Conflicts(local).list();
    }

    /**
     * Settles a conflict as the user chose ({@code text}: their own merged text); the next sync sends the choice.
     * Refused in words when a sync settled it meanwhile.
     */
    public void resolve(Conflict conflict, Resolution choice, String text) {
        if (choice == Resolution.MERGED && text == null) {
            throw new DomainException("sync.merged.missing");
        }
        new Conflicts(local).resolve(conflict, choice, text);
    }

    private static SyncListener listener(Progress progress) {
        return new SyncListener() {
            @Override
            public void progress(Phase phase, long done, long total) {
                progress.step(phase == Phase.PUSH ? SyncService.Phase.SEND : SyncService.Phase.FETCH, done, total);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        };
    }
}
