package se.ledamot.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import se.ledamot.importer.ImportItem;
import se.ledamot.importer.ImportProgress;
import se.ledamot.service.ImportService;
import se.ledamot.service.Ledamot;

/**
 * Issue 15's import goal (≥ 50 text documents per second, stored), as JSON, for each size of register: {@code import
 * FOLDER} as a process into a copy of the generated data, by this build and by a baseline build
 * ({@code -Dbenchmark.baseline=/path/ledamot.jar}, e.g. main's) in the same run, beside a bare JVM start; then the
 * same documents in process with this build's classes (read + parse, preview, store, the same folder again), which
 * is the import without the program's start. Figures, not a test:
 * <pre>xvfb-run -a mvn -q test -Dtest=ImportSpeedBenchmark -Dbenchmark=true [-Dbenchmark.sizes=1000,10000]
 *     [-Dbenchmark.documents=200,1000] [-Dbenchmark.baseline=../land/target/ledamot.jar]</pre>
 * Uses (or generates) the folders of {@link ScaleBenchmark} under target/bench.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ImportSpeedBenchmark {
    private final Path jar = Path.of(System.getProperty("benchmark.jar", "target/ledamot.jar")).toAbsolutePath();
    private final String baseline = System.getProperty("benchmark.baseline", "");
    private final Path root = Path.of(System.getProperty("benchmark.dir", "target/bench")).toAbsolutePath();

    /** The same from a copy of the classes, so that building while it runs changes nothing it measures. */
    public static void main(String[] args) throws Exception {
        new ImportSpeedBenchmark().table();
    }

    @Test
    void table() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("jar", jar.toString());
        out.put("baseline_jar", baseline.isEmpty() ? null : Path.of(baseline).toAbsolutePath().toString());
        out.put("load_average_at_start", Files.readString(Path.of("/proc/loadavg")).strip());
        out.put("goal", "≥ 50 text documents per second, stored");
        List<Map<String, Object>> rows = new ArrayList<>();
        out.put("sizes", rows);
        String json = "";
        for (String size : System.getProperty("benchmark.sizes", "1000,10000").split(",")) {
            for (String documents : System.getProperty("benchmark.documents", "200,1000").split(",")) {
                rows.add(measure(Integer.parseInt(size.strip()), Integer.parseInt(documents.strip())));
                out.put("load_average_at_end", Files.readString(Path.of("/proc/loadavg")).strip());
                json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out);
                Files.writeString(root.resolve(System.getProperty("benchmark.out", "import.json")), json);
            }
        }
        System.out.println(json);
    }

    private Map<String, Object> measure(int matters, int count) throws Exception {
        Path data = root.resolve("data-" + matters);
        Path work = Files.createDirectories(root.resolve("import-" + matters + "-" + count));
        ScaleBenchmark.generate(data, matters);
        Path documents = TextDocuments.write(work.resolve("documents"), count);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("matters", matters);
        row.put("documents", count);
        Processes.Run bare = Processes.median(3, "bare", Processes.bare(), Map.of(), work);
        row.put("bare_jvm_ms", ScaleBenchmark.round(bare.millis()));
        if (!baseline.isEmpty()) {
            row.put("baseline_process", process(Path.of(baseline).toAbsolutePath(), data, work, documents, count,
                    bare));
        }
        row.put("process", process(jar, data, work, documents, count, bare));
        row.put("in_process", inProcess(data, work, documents, count));
        return row;
    }

    /** {@code import FOLDER} into a fresh copy of the data, as a process. */
    private static Map<String, Object> process(Path jar, Path data, Path work, Path documents, int count,
            Processes.Run bare) throws Exception {
        Path copy = ScaleBenchmark.copyOf(data, work.resolve("data"));
        Processes.Run run = Processes.run(Processes.app(jar, "--data", copy.toString(), "import",
                documents.toString()), Map.of(), work.resolve(jar.getParent().getParent().getFileName() + ".out"));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("jar", jar.toString());
        f.put("ms", ScaleBenchmark.round(run.millis()));
        f.put("exit", run.exit());
        f.put("peak_mib", ScaleBenchmark.round(run.peakKib() / 1024.0));
        f.put("documents_per_s", ScaleBenchmark.round(count / (run.millis() / 1000)));
        f.put("documents_per_s_after_start", ScaleBenchmark.round(count / ((run.millis() - bare.millis()) / 1000)));
        return f;
    }

    /** The same import in this process: each phase timed, then the same folder again (all duplicates). */
    private static Map<String, Object> inProcess(Path data, Path work, Path documents, int count) throws Exception {
        Path copy = ScaleBenchmark.copyOf(data, work.resolve("data"));
        Map<String, Object> f = new LinkedHashMap<>();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Ledamot app = Ledamot.open(copy, Clock.systemUTC())) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            List<ImportItem> read = ImportService.read(List.of(documents), ImportProgress.NONE, () -> false);
            long c1 = os.getProcessCpuTime();
            long t1 = System.nanoTime();
            List<ImportItem> previewed = app.imports().markDuplicates(read);
            long c2 = os.getProcessCpuTime();
            long t2 = System.nanoTime();
            List<ImportItem> stored = app.imports().store(previewed, ImportProgress.NONE, () -> false);
            long c3 = os.getProcessCpuTime();
            long t3 = System.nanoTime();
            List<ImportItem> again = app.imports().store(app.imports().markDuplicates(
                    ImportService.read(List.of(documents), ImportProgress.NONE, () -> false)), ImportProgress.NONE,
                    () -> false);
            long c4 = os.getProcessCpuTime();
            long t4 = System.nanoTime();
            f.put("read_parse_ms", ms(t1 - t0));
            f.put("preview_ms", ms(t2 - t1));
            f.put("store_ms", ms(t3 - t2));
            f.put("stored", stored.stream().filter(i -> i.stored() != null).count());
            f.put("documents_per_s", ScaleBenchmark.round(count / ((t3 - t0) / 1e9)));
            // CPU of the whole process (JIT and GC included): what the load of a shared machine does not change.
            f.put("cpu_read_parse_ms", ms(c1 - c0));
            f.put("cpu_preview_ms", ms(c2 - c1));
            f.put("cpu_store_ms", ms(c3 - c2));
            f.put("documents_per_cpu_s", ScaleBenchmark.round(count / ((c3 - c0) / 1e9)));
            f.put("again_ms", ms(t4 - t3));
            f.put("again_cpu_ms", ms(c4 - c3));
            f.put("again_stored", again.stream().filter(i -> i.stored() != null).count());
        }
        return f;
    }

    private static double ms(long nanos) {
        return ScaleBenchmark.round(nanos / 1e6);
    }
}
