package se.ledamot.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import se.ledamot.ui.task.TaskExecutor;

/**
 * Start-up benchmark and installer check: when the environment variable {@code LEDAMOT_STARTUP_PROBE} (or the system
 * property {@code ledamot.startupProbe}) is set, the first window shown prints the time since the process started (and
 * the CPU time spent, steadier on a busy machine) and the program exits. It watches every window the toolkit opens, so the window code needs no hook of its own.
 * Set to {@code rows}, it then opens the register and waits until its table shows rows, and prints that time too
 * (the scale benchmark's "first register rows after the window"), then waits until the window's start-up reads are
 * done before it exits (so that its peak memory is the whole start's). Set to {@code close}, it closes the first window
 * as its close button does, once it is shown, and the program ends as it does then (the installed app's exit code).
 */
public final class StartupProbe {
    static final String ENV = "LEDAMOT_STARTUP_PROBE";
    static final String PROPERTY = "ledamot.startupProbe";
    static final String REPORT = "startup-probe: first window shown after %d ms (cpu %d ms)";
    static final String ROWS_REPORT = "startup-probe: register rows shown %d ms after the window";
    /** The FX thread's own CPU in that time: steadier than the wall time on a machine others share. */
    static final String ROWS_CPU_REPORT = "startup-probe: FX thread cpu %d ms from the window to the rows";
    static final String SETTLED_REPORT = "startup-probe: start-up reads done %d ms after the window";
    /** How long the background work must stay idle before the start counts as done. */
    private static final javafx.util.Duration QUIET = javafx.util.Duration.seconds(3);
    /** The register's place in the navigation, after the dashboard. */
    private static final int REGISTER = 1;

    private StartupProbe() {
    }

    /** Watches for the first window if asked to; call before the toolkit starts. */
    public static void installIfRequested() {
        String mode = System.getenv(ENV) != null ? System.getenv(ENV) : System.getProperty(PROPERTY);
        if ("close".equals(mode)) {
            closeFirstWindow();
        } else if (mode != null) {
            install("rows".equals(mode));
        }
    }

    /** Closes the first window shown as the user does, with its close button (the window then ends the program). */
    private static void closeFirstWindow() {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(w -> w.addEventHandler(WindowEvent.WINDOW_SHOWN, e ->
                        javafx.application.Platform.runLater(() -> w.fireEvent(
                                new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST)))));
            }
        });
    }

    static void install(boolean rows) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(w -> w.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                    report(!rows);
                    if (rows) {
                        waitForRows(w, System.nanoTime(), fxCpuNanos());
                    }
                }));
            }
        });
    }

    /** Shows the register and reports, at the first frame where its table has rows, how long after the window. */
    private static void waitForRows(Window window, long shown, long shownCpu) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                Node navigation = window.getScene().lookup("#navigation");
                if (navigation instanceof ListView<?> list && list.getSelectionModel().getSelectedIndex() != REGISTER) {
                    list.getSelectionModel().select(REGISTER);
                }
                if (window.getScene().lookup("#register-table") instanceof TableView<?> table
                        && table.getScene() != null && showsText(table)) {
                    System.out.println(String.format(Locale.ROOT, ROWS_REPORT, (System.nanoTime() - shown) / 1_000_000));
                    System.out.println(String.format(Locale.ROOT, ROWS_CPU_REPORT,
                            (fxCpuNanos() - shownCpu) / 1_000_000));
                    System.out.flush();
                    stop();
                    waitForQuiet(window, shown);
                }
            }
        }.start();
    }

    /**
     * After the first rows: waits until the window's background work has been idle for {@link #QUIET} (the
     * dashboard, the whole register, the search index: all it reads at start), says when, and exits; the scale
     * benchmark's peak memory is then the window's start, not only its first rows.
     */
    private static void waitForQuiet(Window window, long shown) {
        if (!(window.getProperties().get(TaskExecutor.class) instanceof TaskExecutor tasks)) {
            System.exit(0);
            return;
        }
        PauseTransition quiet = new PauseTransition(QUIET);
        quiet.setOnFinished(e -> {
            System.out.println(String.format(Locale.ROOT, SETTLED_REPORT, (System.nanoTime() - shown) / 1_000_000
                    - (long) QUIET.toMillis()));
            System.out.flush();
            System.exit(0);
        });
        tasks.idleProperty().addListener((o, was, idle) -> {
            if (idle) {
                quiet.playFromStart();
            } else {
                quiet.stop();
            }
        });
        if (tasks.isIdle()) {
            quiet.playFromStart();
        }
    }

    /** The CPU time of the calling thread (the FX thread here), in nanoseconds. */
    private static long fxCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Whether a cell of the table shows text: rows are read a page at a time, after the list of ids. */
    private static boolean showsText(TableView<?> table) {
        return table.lookupAll(".table-row-cell .table-cell").stream()
                .anyMatch(n -> n instanceof Labeled l && l.getText() != null && !l.getText().isBlank());
    }

    private static void report(boolean exit) {
        ProcessHandle.Info process = ProcessHandle.current().info();
        long millis = Duration.between(process.startInstant().orElseThrow(), Instant.now()).toMillis();
        long cpu = process.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        System.out.println(String.format(Locale.ROOT, REPORT, millis, cpu));
        System.out.flush();
        if (exit) {
            System.exit(0);
        }
    }
}
