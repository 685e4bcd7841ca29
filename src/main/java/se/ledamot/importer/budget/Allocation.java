package se.ledamot.importer.budget;

import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Bytes allocated by the current thread, from the JVM's own counter; -1 where the runtime does not offer it (a trimmed
 * runtime without jdk.management), and then the memory limit rests on the readers' own size limits.
 */
final class Allocation {
    private static final LongSupplier COUNTER = counter();

    private Allocation() {
    }

    static long ofThisThread() {
        return COUNTER.getAsLong();
    }

    private static LongSupplier counter() {
        try {
            return Probe.counter();
        } catch (LinkageError | UnsupportedOperationException | SecurityException e) {
            return () -> -1;
        }
    }

    /** Apart, so that a runtime without com.sun.management fails here, where it is caught, and not in Allocation. */
    private static final class Probe {
        static LongSupplier counter() {
            if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                    && t.isThreadAllocatedMemorySupported()) {
                t.setThreadAllocatedMemoryEnabled(true);
                return t::getCurrentThreadAllocatedBytes;
            }
            return () -> -1;
        }
    }
}
