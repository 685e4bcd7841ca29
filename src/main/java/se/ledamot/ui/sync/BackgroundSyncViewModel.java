package se.ledamot.ui.sync;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import se.ledamot.domain.DomainException;
import se.ledamot.l10n.Localization;
import se.ledamot.l10n.SyncText;
import se.ledamot.service.ServerAdministration;
import se.ledamot.service.SyncService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;

/**
 * The laptop's copy synced by itself (issue 16.4, "sync runs in the background"): a while after each change, and
 * every few minutes, whenever the server answers. Off the FX thread with progress in the status bar, never a dialog
 * in the middle of typing: conflicts found are said in a notice (Arkiv → Synkronisera… shows them); a server that does
 * not answer leaves the status bar saying "Offline – N ändringar väntar" and the next turn tries again. Only with the
 * password the OS keyring keeps: without it the user syncs from the menu, which asks.
 */
public final class BackgroundSyncViewModel {
    /** How long after a change the copy is synced: changes typed in a burst go together. */
    public static final Duration AFTER_CHANGE = Duration.ofSeconds(30);
    /** How often the copy is synced when nothing changes here (others' changes come in). */
    public static final Duration EVERY = Duration.ofMinutes(5);
    /** The server not answering: the copy waits, as it does offline. */
    private static final Set<String> OFFLINE = Set.of("server.unreachable", "server.lost", "sync.cut");

    /** Runs an action on the FX thread after a delay; the window's is a JavaFX timer, a test's is turned by hand. */
    public interface Timer {
        /** Schedules the action; the returned action cancels it. */
        Runnable schedule(Duration delay, Runnable action);
    }

    /** The window's timer: a JavaFX pause, on the FX thread. */
    public static final Timer FX_TIMER = (delay, action) -> {
        PauseTransition wait = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        wait.setOnFinished(e -> action.run());
        wait.play();
        return wait::stop;
    };

    private final AppContext context;
    private final SyncViewModel sync;
    private final Timer timer;
    private final Function<String, Optional<char[]>> keyring;
    private Runnable cancelNext = () -> { };
    /** A change came while a sync ran: another follows soon after. */
    private boolean changedMeanwhile;
    /** The last problem said, so a server refusing every few minutes is said once. */
    private String said = "";
    /** The conflicts waiting when last told: only a new one is said again (not one every five minutes). */
    private int toldConflicts;
    private boolean stopped;

    /**
     * @param keyring the password kept for a server, looked up off the FX thread
     */
    public BackgroundSyncViewModel(AppContext context, SyncViewModel sync, Timer timer,
            Function<String, Optional<char[]>> keyring) {
        this.context = context;
        this.sync = sync;
        this.timer = timer;
        this.keyring = keyring;
    }

    /** Starts the turns: a first sync soon, then after every change and every {@link #EVERY}. */
    public void start() {
        // Any screen's change recorded to be sent; what a sync writes here is the server's, never one of these.
        sync.onChangeHere(this::changed);
        next(AFTER_CHANGE);
    }

    /** No more turns (the window closes). */
    public void stop() {
        stopped = true;
        cancelNext.run();
    }

    private void changed() {
        if (sync.busy()) {
            changedMeanwhile = true;
        } else {
            next(AFTER_CHANGE);
        }
    }

    private void next(Duration delay) {
        cancelNext.run();
        if (stopped) {
            return;
        }
        cancelNext = timer.schedule(delay, this::run);
    }

    /** One turn: syncs now unless a sync runs already or the folder has no server to sync with. */
    void run() {
        Optional<String> url = context.services().replica().flatMap(SyncService::serverUrl);
        if (url.isEmpty() || !sync.begin()) {
            next(EVERY);
            return;
        }
        ServerAdministration.Server server;
        try {
            server = ServerAdministration.server(url.get(), System.getProperty("user.name"));
        } catch (RuntimeException e) {
            sync.end();
            return;
        }
        SyncService replica = context.services().replica().orElseThrow();
        BackgroundTask.of(p -> {
                    Optional<char[]> password = keyring.apply(server.toString());
                    return password.isEmpty() ? null
                            : replica.sync(server, password::get, SyncViewModel.progress(p));
                })
                .title(Localization.get("ui.sync.background", server.shortName()))
                .onServer()
                .onSuccess(this::done)
                .onCancelled(() -> ended(true))
                .onFailure(this::failed)
                .executeWith(context.tasks());
    }

    private void done(SyncService.Summary s) {
        if (s != null) {
            said = "";
            sync.contact(true);
            if (s.pulled() > 0) {
                // Only what the sync brought changes what the screens show (Partigrupp reads its positions again).
                context.mattersChanged();
            }
            if (s.conflicts() > toldConflicts) {
                context.dialogs().notify(Localization.get("ui.sync.background.conflicts", s.conflicts()));
            }
            toldConflicts = s.conflicts();
            if (s.kept() > 0) {
                // Said once: the things stay here and are not sent again.
                context.dialogs().notify(SyncText.kept(s.kept()));
            }
        }
        ended(s != null);
    }

    /** Whether a sync failed because the server did not answer (the copy works on, offline). */
    static boolean offline(Throwable e) {
        return e instanceof DomainException d && OFFLINE.contains(d.key());
    }

    private void failed(Throwable e) {
        // The status bar's state ("Offline – N ändringar väntar") is read anew with what the sync kept.
        if (offline(e)) {
            sync.contact(false);
        } else {
            sync.readStateAgain();
            String problem = Localization.get("ui.sync.background.failed", Errors.describe(e));
            if (!problem.equals(said)) {
                said = problem;
                context.dialogs().notify(problem);
            }
        }
        ended(true);
    }

    private void ended(boolean again) {
        sync.end();
        boolean soon = changedMeanwhile;
        changedMeanwhile = false;
        next(soon && again ? AFTER_CHANGE : EVERY);
    }
}
