package se.ledamot.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program as a process and measures it: wall time and peak resident memory (GNU time), median of runs. */
final class Processes {
    /** One run: wall milliseconds, peak resident KiB, exit code, the output file, CPU (user + system) milliseconds. */
    record Run(double millis, long peakKib, int exit, Path output, long cpuMillis) {
    }

    static final Path JAVA = Path.of(System.getProperty("benchmark.java",
            "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"));
    private static final Path TIME = Path.of("/usr/bin/time");
    /** A run killed at the time limit: its time is the limit, its exit code this. */
    static final int TIMED_OUT = -9;
    private static final long LIMIT_MINUTES = Long.getLong("benchmark.timeoutMinutes", 10);

    private Processes() {
    }

    /**
     * The application's command line with these arguments: through the launcher the build puts beside the jar
     * (target/ledamot, with its class-data archive since issue 15), on {@link #JAVA}'s JDK; without a launcher
     * there, the JVM on the jar as the launcher started it before.
     */
    static List<String> app(Path jar, String... args) {
        Path launcher = jar.resolveSibling("ledamot");
        List<String> command = new ArrayList<>(Files.isRegularFile(launcher)
                ? List.of("env", "JAVA_HOME=" + JAVA.getParent().getParent(), "XDG_CACHE_HOME=" + cache(jar), "sh",
                        launcher.toString())
                : List.of(JAVA.toString(), "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                        "-jar", jar.toString()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /**
     * Where the launcher beside {@code jar} keeps its AOT cache (class-data archive before) during a benchmark: a folder of the build's
     * own, not the user's cache, where an archive written earlier by any other first start (a {@code --version}
     * wrote one of 2.5 MB that the JVM then kept) would decide what every measured start maps.
     */
    static Path cache(Path jar) {
        return jar.resolveSibling("benchmark-cache");
    }

    /**
     * Waits until the AOT cache of the launcher beside {@code jar} is written, where the app writes it in a training
     * run in the background (the cache's stamp beside it; with the window's cache, the commands' written last); builds
     * whose JVM writes it at exit have none. Earlier builds
     * measured against, with a class-data archive trained so (ledamot.sharedArchive), are waited for alike.
     */
    static void awaitCache(Path jar) throws Exception {
        Path launcher = jar.resolveSibling("ledamot");
        String script = Files.isRegularFile(launcher) ? Files.readString(launcher) : "";
        if (!script.contains("-Dledamot.startupCache") && !script.contains("-Dledamot.sharedArchive")) {
            return;
        }
        Path folder = cache(jar).resolve("ledamot");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(LIMIT_MINUTES);
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(folder)) {
                // The commands' stamp: the training writes the window's cache first (StartupCache), theirs last.
                if (files.map(Path::toString)
                        .anyMatch(f -> f.endsWith(".stamp") && !f.endsWith("-window.aot.stamp"))) {
                    return;
                }
            }
            Thread.sleep(500);
        }
    }

    /** The bare program of {@link Bare} on the test classes. */
    static List<String> bare(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-cp",
                Path.of(System.getProperty("benchmark.classes",
                "target/test-classes")).toAbsolutePath().toString(), Bare.class.getName()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** The median run of {@code runs} by wall time; each run's output goes to {@code name-i.out} in work. */
    static Run median(int runs, String name, List<String> command, Map<String, String> env, Path work)
            throws Exception {
        return median(runs, name, command, env, work, () -> { });
    }

    /** As the other, with {@code before} run before each run (not measured). */
    static Run median(int runs, String name, List<String> command, Map<String, String> env, Path work,
            Before before) throws Exception {
        List<Run> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            before.run();
            all.add(run(command, env, work.resolve(name + "-" + i + ".out")));
        }
        all.sort(java.util.Comparator.comparingDouble(Run::millis));
        return all.get(all.size() / 2);
    }

    static Run run(List<String> command, Map<String, String> env, Path output) throws Exception {
        return run(command, env, output, LIMIT_MINUTES);
    }

    /**
     * One run, killed after {@code limitMinutes}; a killed run's peak is the highest any of its processes reached
     * until then (the kernel's high-water mark), so that a run over the limit still says how much memory it took.
     */
    static Run run(List<String> command, Map<String, String> env, Path output, long limitMinutes) throws Exception {
        Path stats = Files.createTempFile("bench", ".time");
        List<String> timed = new ArrayList<>(List.of(TIME.toString(), "-f", "%U %S %M", "-o", stats.toString()));
        timed.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(timed).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(output.resolveSibling("stderr.log").toFile()));
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(limitMinutes, TimeUnit.MINUTES)) {
            // The code before issue 15 takes longer than that at 100 000 matters: a figure "over the limit".
            // GNU time's child, the JVM, outlives time killed alone: it held the folder (the next figure failed
            // "store.busy") and a core for many minutes. The whole tree goes.
            long peak = p.descendants().mapToLong(Processes::highWaterKib).max().orElse(-1);
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
            Files.deleteIfExists(stats);
            return new Run(limitMinutes * 60_000.0, peak, TIMED_OUT, output, -1);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        List<String> lines = Files.readAllLines(stats);
        Files.delete(stats);
        // The last line (GNU time puts a note on a killed child before it): "user system peak-KiB".
        String[] figures = lines.isEmpty() ? new String[0] : lines.getLast().strip().split(" ");
        long kib = figures.length < 3 ? -1 : Long.parseLong(figures[2]);
        long cpu = figures.length < 3 ? -1
                : Math.round((Double.parseDouble(figures[0]) + Double.parseDouble(figures[1])) * 1000);
        return new Run(millis, kib, p.exitValue(), output, cpu);
    }

    /** The most resident memory a process has had (VmHWM, KiB), or -1 where it cannot be read. */
    private static long highWaterKib(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // Ended meanwhile: the others' figure stands.
        }
        return -1;
    }

    /** Work before a measured run. */
    @FunctionalInterface
    interface Before {
        void run() throws Exception;
    }
}
