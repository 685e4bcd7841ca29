package se.ledamot.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Start-up benchmark and installer check: when the environment variable {@code LEDAMOT_STARTUP_PROBE} (or the system
 * property {@code ledamot.startupProbe}) is set, the first window shown prints the time since the process started (and
 * the CPU time spent, steadier on a busy machine) and the program exits. It watches every window the toolkit opens, so the window code needs no hook of its own.
 */
public final class StartupProbe {
    static final String ENV = "LEDAMOT_STARTUP_PROBE";
    static final String PROPERTY = "ledamot.startupProbe";
    static final String REPORT = "startup-probe: first window shown after %d ms (cpu %d ms)";

    private StartupProbe() {
    }

    /** Watches for the first window if asked to; call before the toolkit starts. */
    public static void installIfRequested() {
        if (System.getenv(ENV) != null || System.getProperty(PROPERTY) != null) {
            install();
        }
    }

    static void install() {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(w -> w.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> report()));
            }
        });
    }

    private static void report() {
        ProcessHandle.Info process = ProcessHandle.current().info();
        long millis = Duration.between(process.startInstant().orElseThrow(), Instant.now()).toMillis();
        long cpu = process.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        System.out.println(String.format(Locale.ROOT, REPORT, millis, cpu));
        System.out.flush();
        System.exit(0);
    }
}
