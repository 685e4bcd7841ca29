package se.ledamot.ui.sync;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.l10n.Localization;
import se.ledamot.service.ServerAdministration;
import se.ledamot.service.SyncService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.ConnectionState;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;

/**
 * Arkiv → Synkronisera: the data folder synced with its shared server off the FX thread, with progress and a cancel
 * in the status bar. Conflicts found are shown side by side for the user to choose, one by one; nothing is
 * overwritten without the choice, and a choice goes to the server with the next sync.
 */
public final class SyncViewModel {
    /** What the window asks the user before a sync. */
    public interface Questions {
        /** The server for a folder's first sync; empty when the user cancels. */
        Optional<String> serverUrl();

        /** The password for the server (from the keyring, or typed); empty when the user cancels. */
        Optional<char[]> password(String server);
    }

    private final AppContext context;
    private final Questions ask;
    private final Consumer<List<Conflict>> showConflicts;
    /** A sync runs (from the menu or in the background): one at a time. */
    private boolean syncing;
    /** The last sync in this window reached the server (the status bar says Ansluten), or it did not. */
    private boolean inContact;
    /** Reads the folder's state anew into the status bar; nothing until {@link #showStateIn}. */
    private Runnable readState = () -> { };
    /** Changes waiting at the last read; more at the next read means a change was made here. */
    private int waitingBefore = -1;
    private final List<Runnable> moreWaiting = new java.util.ArrayList<>();
    private boolean watching;

    public SyncViewModel(AppContext context, Questions ask, Consumer<List<Conflict>> showConflicts) {
        this.context = context;
        this.ask = ask;
        this.showConflicts = showConflicts;
    }

    /** Whether this window's data can be synced at all (a data folder, not the server itself). */
    public boolean available() {
        return context.services().replica().isPresent();
    }

    /**
     * Keeps the status bar saying, for a folder that has joined a server, how many changes wait to be sent and how
     * many conflicts to be chosen; read off the FX thread now, after every change of matters and after each sync.
     */
    public void showStateIn(ConnectionState state) {
        readState = () -> BackgroundTask.of(p -> context.services().replica().flatMap(SyncService::status))
                .onSuccess(s -> s.ifPresent(now -> {
                    state.set(ConnectionState.replica(now.server(), now.waiting(), now.conflicts(), inContact));
                    boolean more = waitingBefore >= 0 && now.waiting() > waitingBefore;
                    waitingBefore = now.waiting();
                    if (more) {
                        moreWaiting.forEach(Runnable::run);
                    }
                }))
                .executeWith(context.tasks());
        context.mattersRevision().addListener((o, was, now) -> readState.run());
        readState.run();
    }

    /**
     * Reads the state again every {@code every} until {@link #stopWatching}: a save in Partigrupp, Svar, Debatt or
     * Protokoll tells the window nothing (only matters do), and the status bar said "allt är synkat" with changes
     * waiting until the window was opened again.
     */
    public void watch(BackgroundSyncViewModel.Timer timer, java.time.Duration every) {
        watching = true;
        timer.schedule(every, () -> {
            if (watching) {
                readState.run();
                watch(timer, every);
            }
        });
    }

    public void stopWatching() {
        watching = false;
    }

    /** Runs {@code changed} when a read finds more changes waiting than the one before (one was made here). */
    public void onMoreWaiting(Runnable changed) {
        moreWaiting.add(changed);
    }

    /**
     * Records whether the sync that just ended reached the server (a cancelled one did too; a server that did not
     * answer did not), and says it in the status bar: "Ansluten till …" or "Offline – N ändringar väntar".
     */
    void contact(boolean reached) {
        inContact = reached;
        readState.run();
    }

    /** Whether a sync runs now. */
    boolean busy() {
        return syncing;
    }

    /** Claims the sync for one run; false when one runs already. */
    boolean begin() {
        if (syncing) {
            return false;
        }
        syncing = true;
        return true;
    }

    void end() {
        syncing = false;
    }

    /** Asks what is needed (the server the first time, the password), then syncs in the background. */
    public void synchronise() {
        if (syncing) {
            context.dialogs().notify(Localization.get("ui.sync.busy"));
            return;
        }
        SyncService replica = context.services().replica().orElseThrow();
        Optional<String> url = replica.serverUrl().or(ask::serverUrl);
        if (url.isEmpty()) {
            return;
        }
        ServerAdministration.Server server;
        try {
            server = ServerAdministration.server(url.get(), System.getProperty("user.name"));
        } catch (RuntimeException e) {
            context.dialogs().showError(Localization.get("ui.sync.failed.title"), Errors.describe(e));
            return;
        }
        Optional<char[]> password = ask.password(server.toString());
        if (password.isEmpty()) {
            return;
        }
        begin();
        BackgroundTask.of(p -> replica.sync(server, password::get, progress(p)))
                .title(Localization.get("ui.sync.working", server))
                .onSuccess(s -> {
                    end();
                    contact(true);
                    done(s);
                })
                .onCancelled(() -> {
                    end();
                    contact(true);
                    context.mattersChanged();
                    context.dialogs().notify(Localization.get("ui.sync.cancelled"));
                })
                .onFailure(e -> {
                    end();
                    if (BackgroundSyncViewModel.offline(e)) {
                        contact(false);
                    }
                    context.dialogs().showError(Localization.get("ui.sync.failed.title"), Errors.describe(e));
                })
                .executeWith(context.tasks());
    }

    private void done(SyncService.Summary s) {
        context.mattersChanged();
        context.dialogs().notify(Localization.get("ui.sync.done", s.pushed(), s.pulled(), s.conflicts()));
        // Every conflict waiting, not only the new ones: one left for later is chosen in here too.
        showConflicts();
    }

    /** Reads the conflicts waiting and shows them; none waiting, nothing shown. */
    public void showConflicts() {
        SyncService replica = context.services().replica().orElseThrow();
        BackgroundTask.of(p -> replica.conflicts())
                .title(Localization.get("ui.sync.conflicts.reading"))
                .onSuccess(list -> {
                    if (!list.isEmpty()) {
                        showConflicts.accept(list);
                    }
                })
                .executeWith(context.tasks());
    }

    /**
     * Settles one conflict as chosen ({@code text}: the merged text as the user left it); then {@code after}, or
     * {@code failed} once the failure is said.
     */
    public void choose(Conflict conflict, Resolution choice, String text, Runnable after, Runnable failed) {
        SyncService replica = context.services().replica().orElseThrow();
        BackgroundTask.of(p -> {
                    replica.resolve(conflict, choice, text);
                    return null;
                })
                .title(Localization.get("ui.sync.conflicts.saving"))
                .onSuccess(nothing -> {
                    context.mattersChanged();
                    after.run();
                })
                .onFailure(e -> {
                    context.dialogs().showError(Localization.get("ui.sync.failed.title"), Errors.describe(e));
                    failed.run();
                })
                .executeWith(context.tasks());
    }

    /** The field's name as the user knows it ("Rubrik"), or the raw name when the bundle has none. */
    public static String fieldName(Conflict c) {
        if (Conflict.WHOLE.equals(c.field())) {
            return Localization.get("ui.sync.field.whole");
        }
        // A field of one of several parts ("speaking_times@KS", a body's) is named by its kind; the title says which.
        int part = c.field().indexOf('@');
        String key = "ui.field." + (part < 0 ? c.field() : c.field().substring(0, part));
        return Localization.has(key) ? Localization.get(key) : c.field();
    }

    /** The service's progress as the status bar shows it: "Skickar ändringar (3 av 10)". */
    static SyncService.Progress progress(BackgroundTask.Progress p) {
        return new SyncService.Progress() {
            @Override
            public void step(SyncService.Phase phase, long done, long total) {
                p.update(done, total);
                p.message(Localization.get(phase == SyncService.Phase.SEND ? "ui.sync.sending" : "ui.sync.fetching",
                        done, total));
            }

            @Override
            public boolean cancelled() {
                return p.isCancelled();
            }
        };
    }
}
