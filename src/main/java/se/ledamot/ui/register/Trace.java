package se.ledamot.ui.register;

/** TEMPORARY: times of the start's steps (issue 15 measurement), printed when LEDAMOT_TRACE is set. */
public final class Trace {
    static final boolean ON = System.getenv("LEDAMOT_TRACE") != null;
    public static final java.util.concurrent.atomic.AtomicInteger CELLS = new java.util.concurrent.atomic.AtomicInteger();
    public static final java.util.concurrent.atomic.AtomicInteger ROWS = new java.util.concurrent.atomic.AtomicInteger();
    public static final java.util.concurrent.atomic.AtomicInteger ROW_UPDATES = new java.util.concurrent.atomic.AtomicInteger();

    private Trace() {
    }

    public static void mark(String what) {
        if (ON) {
            long cpu = javafx.application.Platform.isFxApplicationThread()
                    ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 : -1;
            System.out.println("trace " + System.nanoTime() / 1_000_000 + " " + what + " [" + Thread.currentThread()
                    .getName() + " cpu " + cpu + "] cells " + CELLS.get() + " rows " + ROWS.get() + " row updates " + ROW_UPDATES.get());
        }
    }
}
