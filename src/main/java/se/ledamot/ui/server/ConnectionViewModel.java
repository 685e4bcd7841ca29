package se.ledamot.ui.server;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.ConnectionState;

/**
 * Keeps the status bar's state true while the window works on a server: when a read or write fails because the
 * connection is gone, the state says so and that what they type stays (the forms keep a failed save's text); then
 * the server is asked every {@link #PROBE} whether it answers, and when it does the state says
 * so again and the screens hand over what waited, to be saved.
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

    /**
     * @param handOver every screen hands over what was typed (the window's flush)
     * @param fx runs on the FX thread ({@code Platform::runLater})
     */
    public ConnectionViewModel(AppContext context, ConnectionState state, Runnable handOver, Executor fx) {
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
        context.services().onServerReachable(reachable -> fx.execute(() -> changed(reachable)));
        probe.scheduleWithFixedDelay(this::askWhenLost, PROBE.toMillis(), PROBE.toMillis(), TimeUnit.MILLISECONDS);
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

    /** On the probe's thread: a statement that goes through tells {@link #changed} by itself. */
    private void askWhenLost() {
        if (lost) {
            context.services().serverAnswers();
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
