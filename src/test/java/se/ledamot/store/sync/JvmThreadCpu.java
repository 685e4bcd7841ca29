package se.ledamot.store.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU the JVM's own threads (the collectors' and the JIT compilers') have used so far, for a benchmark, read from
 * Linux's {@code /proc/self/task}. The JVM's own counts ({@code GarbageCollectorMXBean.getCollectionTime},
 * {@code CompilationMXBean.getTotalCompilationTime}) are elapsed time: on a loaded machine a collection waiting for a
 * core counts in full (a first sync of 100 000 matters at load 30: GC 183 s by the collectors' count, 21 s of CPU by
 * JFR's {@code jdk.GCCPUTime}). Where there is no {@code /proc} both read -1.
 *
 * @param gcMs the collectors' threads; with the serial collector that is the VM thread, which also does the JVM's
 *     other stops (few and short beside the collections)
 * @param jitMs the C1 and C2 compiler threads
 */
record JvmThreadCpu(long gcMs, long jitMs) {
    /** Clock ticks a second in {@code /proc/…/stat} (USER_HZ, 100 on Linux's usual builds). */
    private static final long TICKS_PER_SECOND = 100;

    static JvmThreadCpu now() {
        long gc = 0;
        long jit = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String name;
                String stat;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                // The name may hold spaces and brackets; the fields after it are fixed: utime and stime are 14 and 15.
                String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ms = (Long.parseLong(after[11]) + Long.parseLong(after[12])) * 1000 / TICKS_PER_SECOND;
                if (collector(name)) {
                    gc += ms;
                } else if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    jit += ms;
                }
            }
        } catch (IOException | RuntimeException noProc) {
            return new JvmThreadCpu(-1, -1);
        }
        return new JvmThreadCpu(gc, jit);
    }

    /** HotSpot's names for the threads that collect: serial (the VM thread), parallel, G1, ZGC, Shenandoah. */
    private static boolean collector(String name) {
        return name.equals("VM Thread") || name.startsWith("GC Thread") || name.startsWith("G1 ")
                || name.startsWith("ZWorker") || name.startsWith("ZDriver") || name.startsWith("Shenandoah");
    }

    JvmThreadCpu since(JvmThreadCpu start) {
        return gcMs < 0 || start.gcMs < 0 ? new JvmThreadCpu(-1, -1)
                : new JvmThreadCpu(gcMs - start.gcMs, jitMs - start.jitMs);
    }
}
