package se.ledamot.benchmark;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.ledamot.service.OutputCache;

/**
 * A kept call asked after a change (issue 15): {@code add} writes, and Ledamot makes the calls asked before again in
 * the background ({@code refresh-kept}). Two figures per call: the call asked right after {@code add} ended (it waits
 * for the refresh under way, or reads the database), and how long after {@code add} ended the answer was made (a JVM
 * that only prints what is kept, as the launcher's first one, asked until it prints it); and the call asked right
 * after a program that opened the folder to write but only read.
 */
final class AfterChangeFigures {
    private AfterChangeFigures() {
    }

    static Map<String, Object> of(Path jar, Path data, Path work, int runs, String name, String... call)
            throws Exception {
        List<String> command = Processes.app(jar, concat(data, call));
        Processes.run(command, Map.of(), work.resolve(name + "-asked.out")); // asked once: now it is kept
        int[] changes = {0};
        List<Double> adds = new ArrayList<>();
        Processes.Run right = Processes.median(runs, name + "-right-after", command, Map.of(), work,
                () -> adds.add(add(jar, data, work, name, changes[0]++)));
        List<Double> made = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            adds.add(add(jar, data, work, name, changes[0]++));
            long start = System.nanoTime();
            for (int tries = 0; tries < 600 && Processes.run(keptOnly(jar, data, call), Map.of(),
                    work.resolve(name + "-kept-only.out")).exit() != 0; tries++) {
                // Not made yet, and no refresh under way that it waited for: asked again.
            }
            made.add((System.nanoTime() - start) / 1e6);
        }
        made.sort(Double::compare);
        adds.sort(Double::compare);
        awaitNoRefresh(data);
        Processes.Run afterReading = Processes.median(runs, name + "-after-reading", command, Map.of(), work,
                () -> brief(jar, data, work, name));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("right_after_ms", ScaleBenchmark.round(right.millis()));
        f.put("right_after_cpu_ms", right.cpuMillis());
        f.put("made_after_ms", ScaleBenchmark.round(made.get(made.size() / 2)));
        f.put("made_after_all_ms", made.stream().map(ScaleBenchmark::round).toList());
        f.put("after_reading_ms", ScaleBenchmark.round(afterReading.millis()));
        // The writer's own time: it carries the kept answers forward before it ends (KeptSplice).
        f.put("add_ms", ScaleBenchmark.round(adds.get(adds.size() / 2)));
        return f;
    }

    /** Until the refresh under way (of another call, the one measured being made) has ended: it would take a core. */
    private static void awaitNoRefresh(Path data) throws Exception {
        Path lock = data.resolve(OutputCache.FOLDER).resolve("refresh.lock");
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.lock().release();
        }
    }

    /** One change, as a user makes it: a motion added (its process ends before the call is asked); its time. */
    private static double add(Path jar, Path data, Path work, String name, int n) throws Exception {
        Processes.Run r = Processes.run(Processes.app(jar, "--data", data.toString(), "add", "--kind", "motion",
                "--title", "Ändring " + name + " " + n), Map.of(), work.resolve(name + "-add.out"));
        if (r.exit() != 0) {
            throw new IllegalStateException("add ended with " + r.exit());
        }
        return r.millis();
    }

    /**
     * A program that opens the folder to write and only reads, as a user runs one: a matter's brief printed. The
     * call after it finds its answer kept (the file holds what it held), where before it read the database.
     */
    private static void brief(Path jar, Path data, Path work, String name) throws Exception {
        Processes.Run r = Processes.run(Processes.app(jar, "--data", data.toString(), "brief", "--matter=1", "-o",
                work.resolve(name + "-brief.pdf").toString()), Map.of(), work.resolve(name + "-brief.out"));
        if (r.exit() != 0) {
            throw new IllegalStateException("brief ended with " + r.exit());
        }
    }

    /** The launcher's first JVM for a kept call: prints the kept output (waiting while it is made) or ends with 75. */
    private static List<String> keptOnly(Path jar, Path data, String... call) {
        List<String> command = new ArrayList<>(List.of(Processes.JAVA.toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dledamot.keptOnly=true", "-jar", jar.toString()));
        command.addAll(List.of(concat(data, call)));
        return command;
    }

    private static String[] concat(Path data, String... call) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(call));
        return all.toArray(String[]::new);
    }
}
