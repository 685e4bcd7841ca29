package se.ledamot.store.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A wall-clock profile of every thread of this JVM for a benchmark: every {@code periodMs} each thread's stack is
 * looked at, running or not, and counted by what it was doing (its first frame of ours, and whether it was waiting on
 * the network, a lock or another thread). CPU profilers see only running threads; a sync's wall time is also its
 * waiting. Also keeps each thread's CPU time, read at every sample (a thread that ended keeps its last reading).
 */
final class ThreadSampler implements AutoCloseable {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
    /** For each thread, in how many samples each method was on its stack (inclusive: the method or what it called). */
    private final Map<String, Map<String, Integer>> inclusive = new TreeMap<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> cpu = new HashMap<>();
    private final Map<Long, Long> cpuAtStart = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private int samples;

    ThreadSampler(int periodMs) {
        for (long id : threads.getAllThreadIds()) {
            cpuAtStart.put(id, threads.getThreadCpuTime(id));
        }
        sampler = Thread.ofPlatform().daemon().name("bench-sampler").start(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(periodMs);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    private synchronized void sample() {
        samples++;
        for (ThreadInfo t : threads.dumpAllThreads(false, false, 120)) {
            if (t == null || t.getThreadName().equals("bench-sampler")) {
                continue;
            }
            long c = threads.getThreadCpuTime(t.getThreadId());
            if (c >= 0) {
                cpu.put(t.getThreadId(), c);
                names.put(t.getThreadId(), t.getThreadName());
            }
            String thread = group(t.getThreadName());
            counts.computeIfAbsent(thread, k -> new HashMap<>()).merge(what(t), 1, Integer::sum);
            seen.merge(thread, 1, Integer::sum);
            java.util.Set<String> methods = new java.util.HashSet<>();
            for (StackTraceElement e : t.getStackTrace()) {
                String cls = e.getClassName();
                if (!(cls.startsWith("org.h2.") || cls.startsWith("se.ledamot.") || cls.startsWith("org.jooq.impl.Default")
                        || cls.startsWith("org.postgresql.core"))) {
                    continue;
                }
                methods.add(e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "." + e.getMethodName());
            }
            methods.forEach(m -> inclusive.computeIfAbsent(thread, k -> new HashMap<>()).merge(m, 1, Integer::sum));
        }
    }

    /** Threads of a pool counted as one. */
    private static String group(String name) {
        return name.replaceAll("-\\d+$", "-N").replaceAll("#\\d+", "#N");
    }

    private static String what(ThreadInfo t) {
        StackTraceElement[] stack = t.getStackTrace();
        if (stack.length == 0) {
            return t.getThreadState().toString();
        }
        String top = stack[0].getClassName() + "." + stack[0].getMethodName();
        String state = t.getThreadState().toString();
        if (top.contains("Net.poll") || top.contains("SocketDispatcher.read") || top.contains("NioSocketImpl")
                || top.contains("socketRead")) {
            state = "NETWORK";
        } else if (top.startsWith("java.io.FileDispatcher") || top.contains("FileChannelImpl")
                || top.contains("UnixFileDispatcher")) {
            state = "FILE-IO";
        }
        String ours = "-";
        String h2 = null;
        for (StackTraceElement e : stack) {
            if (h2 == null && e.getClassName().startsWith("org.h2.")) {
                h2 = e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "." + e.getMethodName();
            }
            if (e.getClassName().startsWith("se.ledamot.")) {
                ours = e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "." + e.getMethodName()
                        + ":" + e.getLineNumber();
                break;
            }
        }
        return state + " | " + ours + (h2 == null ? "" : " | h2 " + h2) + " | top " + top;
    }

    /** The counts, most first per thread (only threads that were busy in more than one sample), and CPU per thread. */
    synchronized String report(int top) {
        running = false;
        StringBuilder out = new StringBuilder("WALL PROFILE, " + samples + " samples\n");
        counts.forEach((thread, what) -> {
            int all = what.values().stream().mapToInt(Integer::intValue).sum();
            if (what.size() == 1 && what.keySet().iterator().next().startsWith("WAITING | -")) {
                return;
            }
            out.append("  ").append(thread).append(" (").append(all).append(")\n");
            what.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                    .forEach(e -> out.append(String.format("    %5.1f%% %s%n", 100.0 * e.getValue() / all, e.getKey())));
        });
        for (String thread : java.util.List.of("main", "ledamot-sync-reader")) {
            int all = seen.getOrDefault(thread, 1);
            out.append("INCLUSIVE ").append(thread).append(": ").append(inclusive.getOrDefault(thread, Map.of())
                    .entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(90)
                    .map(e -> String.format("%s %.1f%%", e.getKey(), 100.0 * e.getValue() / all))
                    .collect(Collectors.joining(", "))).append('\n');
        }
        out.append("CPU PER THREAD (ms) ").append(cpu.entrySet().stream()
                .map(e -> Map.entry(names.get(e.getKey()), (e.getValue() - cpuAtStart.getOrDefault(e.getKey(), 0L)) / 1_000_000))
                .filter(e -> e.getValue() > 100)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        return out.toString();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
