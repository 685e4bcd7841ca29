package se.ledamot.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.store.DatabaseTarget;
import se.ledamot.store.sync.ReplicaSync;
import se.ledamot.store.sync.SyncListener;
import se.ledamot.store.sync.SyncReport;

/**
 * The laptop's replica of a shared server (issue 16.4): the first sync joins the server, so the data folder gets what
 * its user may see there; every later one sends what changed here and brings what changed there. Each step is its
 * own transaction on both sides, so a sync cut by the network or a cancel is simply run again. The same field changed
 * on both sides is kept as a conflict for the user to settle, never overwritten.
 */
public final class SyncService {
    private static final String POSTGRESQL = "postgresql://";

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
     * What one sync did: {@code joined} when it was this folder's first with the server; things sent; {@code kept}: new
     * things not sent because only the secretariat registers them (they stay here); things brought;
     * conflicts now waiting for the user; things the server refused; whether it came all the way (not cancelled).
     */
    public record Summary(String server, boolean joined, int pushed, int kept, int pulled, int conflicts, int refused,
            boolean complete) {
    }

    /** The server this folder keeps a replica of, the last sync, changes waiting to be sent and conflicts waiting. */
    public record Status(String server, OffsetDateTime lastSync, int waiting, int conflicts) {
    }

    private final ReplicaSync replica;
    private final SearchService search;
    private final List<Runnable> changed = new CopyOnWriteArrayList<>();

    SyncService(ReplicaSync replica, SearchService search) {
        this.replica = replica;
        this.search = search;
    }

    /**
     * Tells {@code listener} after every write that recorded a change for the next sync to send, whatever made it
     * (the register, Partigrupp, Svar, Debatt, Protokoll, the command line in this program), and after a conflict is
     * settled: what waits to be sent has changed. Told on the thread that wrote, once the write is stored; the
     * listener should only hand the news on. Returns what stops the telling.
     */
    public Runnable onChangeRecorded(Runnable listener) {
        changed.add(listener);
        return () -> changed.remove(listener);
    }

    /** A write here recorded a change to be sent ({@link #onChangeRecorded}). */
    void changeRecorded() {
        changed.forEach(Runnable::run);
    }

    /**
     * Where this folder stands with its server, the server named as everywhere else ({@code anna@host/database});
     * empty when it has never synced with one.
     */
    public Optional<Status> status() {
        return replica.info().map(r -> new Status(ServerAdministration.server(POSTGRESQL + r.server(), null)
                .shortName(), r.lastSync(), replica.waiting(), replica.conflicts().count()));
    }

    /**
     * The address of the server this folder keeps a replica of, as {@code postgresql://…} for
     * {@link ServerAdministration#server}; empty before the first sync.
     */
    public Optional<String> serverUrl() {
        return replica.info().map(r -> POSTGRESQL + r.server());
    }

    /**
     * Syncs with the server, joining it first when this folder has never synced. The password is asked for once,
     * when the connection is made. A folder that keeps another server's replica is refused; a connection lost
     * mid-way is said in words, with what was done kept.
     */
    public Summary sync(ServerAdministration.Server server, Supplier<char[]> password, Progress progress) {
        boolean joined = replica.info().isEmpty();
        SyncReport report = replica.sync(new DatabaseTarget.Server(server.address(), password), listener(progress));
        if (!report.changedMatters().isEmpty()) {
            search.refresh(report.changedMatters());
        }
        return new Summary(server.shortName(), joined, report.pushed(), report.kept(), report.pulled(), replica.conflicts().count(),
                report.refused(), report.complete());
    }

    /** Every conflict waiting for the user, oldest first. */
    public List<Conflict> conflicts() {
        return replica.conflicts().list();
    }

    /**
     * Settles a conflict as the user chose ({@code text}: their own merged text); the next sync sends the choice.
     * Refused in words when a sync settled it meanwhile. True when the thing here changed by the choice (theirs or a
     * merged text taken), false when it stays as it was (mine kept): then nothing on screen needs reading again.
     */
    public boolean resolve(Conflict conflict, Resolution choice, String text) {
        if (choice == Resolution.MERGED && text == null) {
            throw new DomainException("sync.merged.missing");
        }
        boolean changedHere = replica.conflicts().resolve(conflict, choice, text);
        changeRecorded();
        return changedHere;
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
