package se.ledamot.ui.server;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import se.ledamot.domain.sync.SequenceMove;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.ConnectionState;

/**
 * Keeps the status bar's state true while the window works on a server: when a read or write fails because the
 * connection is gone, the state says so and that what they type stays (the forms keep a failed save's text); then
 * the server is asked every {@link #PROBE} whether it answers, and when it does the state says
 * so again and the screens hand over what waited, to be saved. While connected it follows others' saves: the server's
 * change sequence is read every {@link #PROBE}, and when someone other than this window moved it the screens read
 * again.
 */
public final class ConnectionViewModel implements AutoCloseable {
    static final Duration PROBE = Duration.ofSeconds(2);

    private final AppContext context;
    private final ConnectionState state;
    private final Runnable handOver;
    private final Executor fx;
    private final String server;
    private final ScheduledExecutorService probe;
    private volatile boolean lost;
    /** The latest change number seen on the server; -1 until read. Probe thread only after the constructor. */
    private long seen = -1;

    /**
     * @param handOver every screen hands over what was typed (the window's flush)
     * @param fx runs on the FX thread ({@code Platform::runLater})
     */
    public ConnectionViewModel(AppContext context, ConnectionState state, Runnable handOver, Executor fx) {
        this(context, state, handOver, fx, PROBE);
    }

    /** @param every how often the server is asked: a test that asks by itself ({@link #ask}) gives a long time */
    ConnectionViewModel(AppContext context, ConnectionState state, Runnable handOver, Executor fx, Duration every) {
        this.context = context;
        this.state = state;
        this.handOver = handOver;
        this.fx = fx;
        this.server = context.services().server().orElseThrow();
        this.probe = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ledamot-server-probe");
            t.setDaemon(true);
            return t;
        });
        // Read before any screen reads: a save by another in the window's first moments moves the number after it
        // (taken at the first probe, that save was the starting point and never shown). One indexed read.
        seen = latestChange().orElse(-1);
        context.services().onServerReachable(reachable -> fx.execute(() -> changed(reachable)));
        probe.scheduleWithFixedDelay(this::ask, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void changed(boolean reachable) {
        if (reachable == !lost) {
            return;
        }
        lost = !reachable;
        if (lost) {
            // The status bar says it in red for as long as it lasts; a notice would only repeat it over the screen.
            state.set(ConnectionState.lost(server));
        } else {
            state.set(ConnectionState.connected(server));
            context.dialogs().notify(Localization.get("server.ui.back", server));
            handOver.run();
        }
    }

    /**
     * On the probe's thread: while lost, a statement that goes through tells {@link #changed} by itself; while
     * connected, the server's change sequence is read, and when someone else saved something this user sees (another
     * user, her other window, a laptop's sync), every screen reads again (as after a laptop's pull: a form keeps what
     * is being typed and a same-field change gets the conflict view). A move made only by this window's own saves is
     * passed over: what they wrote is on screen; one that took over another's change made since still reads again.
     */
    void ask() {
        if (lost) {
            context.services().serverAnswers();
            return;
        }
        if (seen < 0) {
            seen = latestChange().orElse(-1);
            return;
        }
        Optional<SequenceMove> move = movedSince(seen);
        if (move.isPresent() && move.get().latest() != seen) {
            if (move.get().byOthers()) {
                fx.execute(context::mattersChanged);
            }
            seen = move.get().latest();
        }
    }

    private Optional<SequenceMove> movedSince(long number) {
        try {
            return context.services().serverChangesAfter(number);
        } catch (RuntimeException lostOrRefused) {
            // As latestChange's.
            return Optional.empty();
        }
    }

    /** The server's latest change this user may see; empty when it could not be read. */
    private java.util.OptionalLong latestChange() {
        try {
            return context.services().latestServerChange();
        } catch (RuntimeException lostOrRefused) {
            // Lost: the store has told changed(); refused: nothing to follow. The next probe asks again.
            return java.util.OptionalLong.empty();
        }
    }

    /** Whether the server is known not to answer now. */
    public boolean lost() {
        return lost;
    }

    @Override
    public void close() {
        probe.shutdown();
    }
}
