package se.ledamot.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import se.ledamot.store.Database;
import se.ledamot.service.Ledamot;
import se.ledamot.service.OutputCache;

/**
 * Issue 15's table, as JSON, for each size of register (figures, not a test; nothing asserts a time):
 * <pre>xvfb-run -a mvn -q test -Dtest=ScaleBenchmark -Dbenchmark=true [-Dbenchmark.sizes=1000,10000,100000]</pre>
 * Each size gets a generated data folder under target/bench (kept between runs). Every process figure stands beside
 * the baselines from the same run: a bare JVM start, the same JVM printing the command's JSON, and a plain SQL LIKE
 * scan. {@code -Dbenchmark.jar} measures another build (e.g. main's, for the "before" column).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ScaleBenchmark {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    private static final Pattern WINDOW = Pattern.compile("first window shown after (\\d+) ms");
    private static final Pattern ROWS = Pattern.compile("register rows shown (\\d+) ms after the window");
    private static final Pattern ROWS_CPU = Pattern.compile("FX thread cpu (\\d+) ms from the window to the rows");
    private static final Pattern CPU = Pattern.compile("first window shown after \\d+ ms \\(cpu (\\d+) ms\\)");
    private static final Pattern SETTLED = Pattern.compile("start-up reads done (\\d+) ms after the window");
    private static final int RUNS = Integer.getInteger("benchmark.runs", 3);
    private static final int DOCUMENTS = 200;

    private final Path jar = Path.of(System.getProperty("benchmark.jar", "target/ledamot.jar")).toAbsolutePath();
    private final Path root = Path.of(System.getProperty("benchmark.dir", "target/bench")).toAbsolutePath();
    /** How this build searches from the command line: {@code search QUERY --json}, or before it {@code list}. */
    private final boolean searchCommand = Boolean.parseBoolean(System.getProperty("benchmark.searchCommand", "true"));
    /** Whether to measure search at all: building the index of a copied folder can take longer than a run has. */
    private final boolean search = Boolean.parseBoolean(System.getProperty("benchmark.search", "true"));
    /** Only the command line's figures: no import, window or in-process figures (minutes each at 100 000). */
    private final boolean cliOnly = Boolean.getBoolean("benchmark.cliOnly");
    /**
     * Only the window's figures (first rows, peak memory), for this build and, if given, another build's jar, and the
     * in-process figures of its services (search per keystroke, opening a matter).
     */
    private final boolean windowOnly = Boolean.getBoolean("benchmark.windowOnly");
    private final String baselineJar = System.getProperty("benchmark.baselineJar");
    /**
     * How long one window start may take: at load 17–30 on 2 cores a start takes many times its CPU of 12–28 s, and
     * every start ran past the commands' 10 minutes in session 11 (killed, no peak).
     */
    private static final long WINDOW_LIMIT_MINUTES = Long.getLong("benchmark.windowTimeoutMinutes", 30);

    /** The same from a copy of the classes, so that building while it runs changes nothing it measures. */
    public static void main(String[] args) throws Exception {
        new ScaleBenchmark().table();
    }

    @Test
    void table() throws Exception {
        List<Map<String, Object>> sizes = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("jar", jar.toString());
        out.put("load_average_at_start", Files.readString(Path.of("/proc/loadavg")).strip());
        out.put("cores", Runtime.getRuntime().availableProcessors());
        out.put("sizes", sizes);
        String json = "";
        for (String size : System.getProperty("benchmark.sizes", "1000,10000,100000").split(",")) {
            sizes.add(measure(Integer.parseInt(size.strip())));
            out.put("load_average_at_end", Files.readString(Path.of("/proc/loadavg")).strip());
            // Written after each size, so a long run that is stopped keeps what it measured.
            json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out);
            Files.writeString(root.resolve(System.getProperty("benchmark.out", "scale.json")), json);
        }
        System.out.println(json);
    }

    private Map<String, Object> measure(int matters) throws Exception {
        Path data = root.resolve("data-" + matters);
        Path work = Files.createDirectories(root.resolve("work-" + matters));
        // The biggest size takes minutes a run before the work of issue 15: one run each there.
        int runs = matters >= 100_000 ? 1 : RUNS;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("matters", matters);
        row.put("generate_ms", generate(data, matters));
        long bytes = Files.size(data.resolve(Database.FILE_NAME + ".mv.db"));
        row.put("database_bytes", bytes);
        row.put("bytes_per_1000_matters", bytes * 1000 / matters);
        Path index = data.resolve("search");
        if (Files.isDirectory(index)) {
            long indexBytes;
            try (var files = Files.walk(index)) {
                indexBytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            row.put("index_bytes_per_1000_matters", indexBytes * 1000 / matters);
        }

        warmUp(jar, work);
        if (windowOnly) {
            return windowFigures(data, work, row);
        }
        Processes.Run bare = Processes.median(runs, "bare", Processes.bare(), Map.of(), work);
        // Each run reads the database: the output the run before kept is removed first.
        Processes.Run list = Processes.median(runs, "list", Processes.app(jar, "--data", data.toString(), "list", "--json"),
                Map.of(), work, () -> forgetKept(data));
        Processes.Run listAgain = Processes.median(Math.max(runs, 3), "list-again", Processes.app(jar, "--data",
                data.toString(), "list", "--json"), Map.of(), work);
        Processes.Run echo = Processes.median(runs, "echo", Processes.bare(list.output().toString()), Map.of(),
                work);
        row.put("bare_jvm_ms", round(bare.millis()));
        row.put("bare_jvm_cpu_ms", bare.cpuMillis());
        row.put("list_json", figure(list, "≤ 2 × bare JVM start + the JSON it prints",
                Map.of("bare_jvm_ms", round(bare.millis()), "json_echo_ms", round(echo.millis()),
                        "allowed_ms", round(2 * bare.millis() + (echo.millis() - bare.millis())))));
        ((Map<String, Object>) row.get("list_json")).put("json_bytes", Files.size(list.output()));
        row.put("list_json_again", figure(listAgain, "as list_json, nothing changed since: its kept output",
                Map.of("bare_jvm_ms", round(bare.millis()), "json_echo_ms", round(echo.millis()),
                        "same_output", Files.mismatch(list.output(), listAgain.output()) == -1)));
        List<String> overdue = Processes.app(jar, "--data", data.toString(), "overdue", "--json", "--today",
                TODAY.toString());
        row.put("overdue_json", figure(Processes.median(runs, "overdue", overdue, Map.of(), work,
                () -> forgetKept(data)), "≤ 200 ms (in process: see below)", Map.of("bare_jvm_ms",
                round(bare.millis()))));
        row.put("overdue_json_again", figure(Processes.median(Math.max(runs, 3), "overdue-again", overdue, Map.of(),
                work), "as overdue_json, nothing changed since: its kept output", Map.of("bare_jvm_ms",
                round(bare.millis()))));
        row.put("list_json_after_change", AfterChangeFigures.of(jar, data, work, Math.max(runs, 3), "list", "list",
                "--json"));
        row.put("overdue_json_after_change", AfterChangeFigures.of(jar, data, work, Math.max(runs, 3), "overdue",
                "overdue", "--json", "--today", TODAY.toString()));
        String[] searchArgs = searchCommand ? new String[] {"search", "integrationsplanen", "--json"}
                : new String[] {"list", "--json", "--query", "integrationsplanen"};
        if (search) {
            row.put("search_cli", figure(Processes.median(runs, "search", Processes.app(jar, concat(new String[] {
                "--data", data.toString()}, searchArgs)), Map.of(), work), "as list --json", Map.of("bare_jvm_ms",
                    round(bare.millis()))));
        }
        row.put("show_json", figure(Processes.median(runs, "show", Processes.app(jar, "--data", data.toString(), "show",
                String.valueOf(matters / 2), "--json"), Map.of(), work), "", Map.of("bare_jvm_ms",
                round(bare.millis()))));
        if (cliOnly) {
            return row;
        }
        row.put("import", importFigures(data, work, bare));
        row.put("window", window(data, work));
        try {
            row.put("in_process", InProcessFigures.measure(data, TODAY, search));
        } catch (LinkageError older) {
            // Measuring another build's folder with these classes: the services measured in process are newer.
            row.put("in_process", "not in this build");
        }
        return row;
    }

    static long generate(Path data, int matters) throws Exception {
        if (Files.exists(data.resolve("generated"))) {
            return -1;
        }
        long start = System.nanoTime();
        try (Ledamot app = Ledamot.open(data, Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC))) {
            app.generate().generate(matters, 15, n -> { }, n -> { });
        }
        Files.writeString(data.resolve("generated"), String.valueOf(matters));
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * One start before measuring, as a user's first, with no archive yet: the app writes its class-data archive then,
     * of the classes {@code list --json} loads (in a training run of its own since issue 15's crash: waited for).
     */
    private static void warmUp(Path jar, Path work) throws Exception {
        delete(Processes.cache(jar));
        // A fresh folder: a call answered from its kept output (a run before) would train no cache.
        delete(work.resolve("warm-up"));
        Processes.run(Processes.app(jar, "--data", work.resolve("warm-up").toString(), "list", "--json"), Map.of(),
                work.resolve("warm-up.out"));
        Processes.awaitCache(jar);
    }

    /** Imports {@link #DOCUMENTS} text files into a copy of the data: documents stored per second. */
    private Map<String, Object> importFigures(Path data, Path work, Processes.Run bare) throws Exception {
        Path copy = copyOf(data, work.resolve("import-data"));
        Path documents = TextDocuments.write(work.resolve("documents"), DOCUMENTS);
        Processes.Run run = Processes.run(Processes.app(jar, "--data", copy.toString(), "import",
                documents.toString()), Map.of(), work.resolve("import.out"));
        Map<String, Object> f = figure(run, "≥ 50 documents/s stored", Map.of("bare_jvm_ms", round(bare.millis())));
        f.put("documents", DOCUMENTS);
        f.put("documents_per_s", round(DOCUMENTS / (run.millis() / 1000)));
        f.put("documents_per_s_after_start", round(DOCUMENTS / ((run.millis() - bare.millis()) / 1000)));
        return f;
    }

    /**
     * The window's figures alone, {@link #RUNS} starts each, this build's and the baseline jar's taking turns on
     * fresh copies of the same folder (the same minute's load for both).
     */
    private Map<String, Object> windowFigures(Path data, Path work, Map<String, Object> row) throws Exception {
        List<Object> after = new ArrayList<>();
        List<Object> before = new ArrayList<>();
        Path baseline = baselineJar == null ? null : Path.of(baselineJar).toAbsolutePath();
        Path baselineData = null;
        if (baseline != null) {
            warmUp(baseline, work);
            baselineData = prepared(baseline, data, work.resolve("window-base-baseline"));
        }
        Path ours = prepared(jar, data, work.resolve("window-base"));
        for (int i = 0; i < RUNS; i++) {
            if (baseline != null) {
                before.add(window(baseline, baselineData, work));
            }
            after.add(window(jar, ours, work));
        }
        row.put("window_runs", after);
        if (baseline != null) {
            row.put("baseline_jar", baselineJar);
            row.put("baseline_window_runs", before);
        }
        // What the window's services take per keystroke and per matter opened, with this build's classes.
        try {
            row.put("in_process", InProcessFigures.measure(ours, TODAY, search));
        } catch (LinkageError older) {
            // As in measure: classes that do not match (a snapshot taken while they were being built) lose only this.
            row.put("in_process", "not in this build: " + older);
        }
        return row;
    }

    private Map<String, Object> window(Path data, Path work) throws Exception {
        return window(jar, prepared(jar, data, work.resolve("window-base")), work);
    }

    /**
     * A copy of the data as this build leaves it after a first start today: its schema brought up to the build's
     * (an older folder is backed up and migrated once: V25 rewrote every timeline row, V28 builds an index), today's
     * backup made (a 52 MB zip, once a day) and its search index brought up to what the migration changed. Without
     * it every measured start on a fresh copy of an older folder paid all three, which is not a start a user makes
     * each time (session 11's starts ran past the limit so), and an older build cannot open what a newer migrated.
     */
    private Path prepared(Path jar, Path data, Path copy) throws Exception {
        copyOf(data, copy);
        Path out = copy.resolveSibling(copy.getFileName() + ".out");
        Processes.run(Processes.app(jar, "--data", copy.toString(), "list", "--json"), Map.of(), out,
                WINDOW_LIMIT_MINUTES);
        if (searchCommand && search) {
            Processes.run(Processes.app(jar, "--data", copy.toString(), "search", "integrationsplanen", "--json"),
                    Map.of(), out, WINDOW_LIMIT_MINUTES);
        }
        return copy;
    }

    /**
     * Starts the window on a copy of the data and waits for the register's first rows (and, in builds that wait for
     * it, until its start-up reads are done); its peak memory, and the load when it started.
     */
    private static Map<String, Object> window(Path jar, Path data, Path work) throws Exception {
        Path copy = copyOf(data, work.resolve("window-data"));
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        Processes.Run run = Processes.run(Processes.app(jar, "--data", copy.toString()),
                Map.of("LEDAMOT_STARTUP_PROBE", "rows"), work.resolve("window.out"), WINDOW_LIMIT_MINUTES);
        String out = Files.readString(run.output());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("load_average_at_start", load);
        f.put("first_window_ms", find(WINDOW, out));
        f.put("first_rows_after_window_ms", find(ROWS, out));
        f.put("fx_thread_cpu_to_rows_ms", find(ROWS_CPU, out));
        f.put("start_reads_done_after_window_ms", find(SETTLED, out));
        f.put("cpu_before_window_ms", find(CPU, out));
        f.put("peak_mib", round(run.peakKib() / 1024.0));
        f.put("cpu_ms", run.cpuMillis());
        f.put("exit", run.exit());
        if (run.exit() == Processes.TIMED_OUT) {
            f.put("timed_out", true);
            f.put("wall_ms", round(run.millis()));
        }
        f.put("goal", "rows ≤ 300 ms after the window; peak ≤ 400 MiB");
        return f;
    }

    static Path copyOf(Path data, Path copy) throws Exception {
        delete(copy);
        try (var files = Files.walk(data)) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(data.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }

    private static void delete(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The outputs the commands kept removed, so that the next one reads the database (OutputCache). */
    private static void forgetKept(Path data) throws IOException {
        Path kept = data.resolve(OutputCache.FOLDER);
        if (Files.isDirectory(kept)) {
            try (var files = Files.list(kept)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private static Map<String, Object> figure(Processes.Run run, String goal, Map<String, Object> baseline) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("ms", round(run.millis()));
        f.put("peak_mib", round(run.peakKib() / 1024.0));
        f.put("cpu_ms", run.cpuMillis());
        f.put("exit", run.exit());
        if (run.exit() == Processes.TIMED_OUT) {
            f.put("timed_out", true);
        }
        f.put("baseline", baseline);
        if (!goal.isEmpty()) {
            f.put("goal", goal);
        }
        return f;
    }

    private static Object find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : null;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
