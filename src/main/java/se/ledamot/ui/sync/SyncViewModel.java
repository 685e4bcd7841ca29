package se.ledamot.ui.sync;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.l10n.Localization;
import se.ledamot.l10n.SyncText;
import se.ledamot.service.ServerAdministration;
import se.ledamot.service.SyncService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.ConnectionState;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

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
        Optional<char[]> password(ServerAdministration.Server server);
    }

    private final AppContext context;
    private final Questions ask;
    private final Consumer<List<Conflict>> showConflicts;
    /** The status bar's reads of the folder's state, one after another: the last one read shows. */
    private final TaskExecutor stateReads;
    /** A sync runs (from the menu or in the background): one at a time. */
    private boolean syncing;
    /**
     * Whether the last sync in this window reached the server (the status bar says Ansluten) or not (Offline); null
     * before one has ended: then the status bar says neither, since it does not know yet.
     */
    private Boolean inContact;
    /** Reads the folder's state anew into the status bar; nothing until {@link #showStateIn}. */
    private Runnable readState = () -> { };
    private final List<Runnable> changesHere = new java.util.ArrayList<>();
    /** Set while the news of a change is on its way to the FX thread: a burst of writes is read once. */
    private final AtomicBoolean told = new AtomicBoolean();
    private Runnable stopListening = () -> { };
    /** False once the window closes: news already on its way to the FX thread then reads nothing. */
    private boolean listening = true;

    public SyncViewModel(AppContext context, Questions ask, Consumer<List<Conflict>> showConflicts) {
        this.context = context;
        this.ask = ask;
        this.showConflicts = showConflicts;
        this.stateReads = context.tasks().inOrder();
    }

    /** Whether this window's data can be synced at all (a data folder, not the server itself). */
    public boolean available() {
        return context.services().replica().isPresent();
    }

    /**
     * Keeps the status bar saying, for a folder that has joined a server, how many changes wait to be sent and how
     * many conflicts to be chosen: read off the FX thread now, after each sync, and whenever the application says a
     * change was recorded to be sent, whichever screen wrote it ({@link SyncService#onChangeRecorded}).
     *
     * @param fx runs on the FX thread ({@code Platform::runLater}); the service tells from the thread that wrote
     */
    public void showStateIn(ConnectionState state, Executor fx) {
        readState = () -> BackgroundTask.of(p -> context.services().replica().flatMap(SyncService::status))
                .onSuccess(s -> s.ifPresent(now -> state.set(inContact == null
                        ? ConnectionState.replicaNotYetInContact(now.server(), now.waiting(), now.conflicts())
                        : ConnectionState.replica(now.server(), now.waiting(), now.conflicts(), inContact))))
                .executeWith(stateReads);
        stopListening = context.services().replica().orElseThrow().onChangeRecorded(() -> {
            if (told.compareAndSet(false, true)) {
                fx.execute(this::changedHere);
            }
        });
        readState.run();
    }

    /** A change was recorded here (FX thread): the status bar reads the state again, and those told hear of it. */
    private void changedHere() {
        told.set(false);
        if (!listening) {
            return;
        }
        readState.run();
        changesHere.forEach(Runnable::run);
    }

    /** No more news of changes (the window closes). */
    public void stopListening() {
        listening = false;
        stopListening.run();
    }

    /** Runs {@code changed} on the FX thread after a change made here was recorded to be sent (any screen's). */
    public void onChangeHere(Runnable changed) {
        changesHere.add(changed);
    }

    /**
     * Records whether the sync that just ended reached the server (a cancelled one did too; a server that did not
     * answer did not), and says it in the status bar: "Ansluten till …" or "Offline – N ändringar väntar".
     */
    void contact(boolean reached) {
        inContact = reached;
        readState.run();
    }

    /** Reads the state again after a sync that failed for another reason than the server not answering. */
    void readStateAgain() {
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
        Optional<char[]> password = ask.password(server);
        if (password.isEmpty()) {
            return;
        }
        begin();
        BackgroundTask.of(p -> replica.sync(server, password::get, progress(p)))
                .title(Localization.get("ui.sync.working", server.shortName()))
                .onServer()
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
                    } else {
                        readStateAgain();
                    }
                    context.dialogs().showError(Localization.get("ui.sync.failed.title"), Errors.describe(e));
                })
                .executeWith(context.tasks());
    }

    private void done(SyncService.Summary s) {
        if (s.pulled() > 0) {
            // Only what the sync brought changes what the screens show; what it sent was on them already.
            context.mattersChanged();
        }
        String said = s.joined() ? SyncText.joined("ui.sync.joined", s.server(), s.pulled(), s.pushed(), s.kept())
                : Localization.get("ui.sync.done", s.pushed(), s.pulled(), s.conflicts());
        context.dialogs().notify((said + " " + SyncText.kept(s.kept())).strip());
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
        BackgroundTask.of(p -> replica.resolve(conflict, choice, text))
                .title(Localization.get("ui.sync.conflicts.saving"))
                .onSuccess(changedHere -> {
                    if (changedHere) {
                        // Theirs or a merged text taken: the screens read it. Mine kept changes nothing shown.
                        context.mattersChanged();
                    }
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
        // A name two kinds of thing share ("text": an answer's, an agenda item's) is named by its kind first.
        String ofKind = "ui.field." + c.entity() + key.substring("ui.field".length());
        return Localization.has(ofKind) ? Localization.get(ofKind) : Localization.has(key) ? Localization.get(key)
                : c.field();
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
