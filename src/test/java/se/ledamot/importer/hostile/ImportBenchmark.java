package se.ledamot.importer.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.importer.ImportItem;
import se.ledamot.importer.Importer;

/**
 * Time and memory to import long texts, hostile texts, a 4.9 MB Word file, a Word file with a heavy document.xml and
 * a PDF of 200 000 pages, each beside a baseline from the same run: the time to read the file's bytes and hash them.
 * Prints the figures; asserts none. Run it on its own:
 * {@code xvfb-run -a mvn -q test -Dtest=ImportBenchmark -Dbenchmark=true} (add {@code -Dbenchmark.only=REGEX} to run
 * some cases, {@code -Dbenchmark.timeout=SECONDS} to wait longer than 120 s for one).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ImportBenchmark {
    private static final long TIMEOUT_MS = Long.getLong("benchmark.timeout", 120) * 1000;
    private static final String ONLY = System.getProperty("benchmark.only", ".*");

    @TempDir
    Path dir;

    @Test
    void importTimesAndMemory() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int chars : new int[] {10_000, 50_000, 200_000}) {
            String k = chars / 1000 + "k";
            lines.add(run("text-council-" + k, "motion.txt", () -> utf8(CouncilTexts.repeated(chars))));
            lines.add(run("text-bait-mix-" + k, "blandat.txt", () -> utf8(mix(chars))));
            lines.add(run("text-bait-hyphen-" + k, "bindestreck.txt", () -> utf8(Bait.ALL.stream()
                    .filter(b -> b.name().equals("hyphen-place")).findFirst().orElseThrow().text(chars))));
        }
        lines.add(run("docx-4.9MB", "stor.docx", () -> Zips.docxOfSize(4_900_000, CouncilTexts::randomParagraph)));
        lines.add(run("docx-heavy-document.xml", "tung.docx", () -> Zips.zipRepeated("word/document.xml",
                Zips.DOCX_HEAD, "<w:p><w:r><w:t>a</w:t></w:r></w:p>", 19_000_000 / 34, Zips.DOCX_TAIL)));
        lines.add(run("pdf-200000-pages", "sidor.pdf", () -> HostilePdfs.pages(200_000, 200_000)));
        lines.removeIf(String::isEmpty);
        System.out.println("BENCHMARK import (" + Runtime.getRuntime().availableProcessors() + " cores)");
        lines.forEach(l -> System.out.println("BENCHMARK " + l));
        assertThat(lines).isNotEmpty();
    }

    /** The bait for every field, one after another, filling about {@code chars} characters. */
    private static String mix(int chars) {
        StringBuilder s = new StringBuilder();
        for (Bait b : Bait.ALL) {
            if (b.field().equals("text")) {
                continue;
            }
            s.append(b.text(chars / Bait.ALL.size())).append('\n');
        }
        return s.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String run(String name, String fileName, Supplier<byte[]> content) throws Exception {
        if (!name.matches(ONLY)) {
            return "";
        }
        Path file = dir.resolve(fileName);
        Files.write(file, content.get());
        long size = Files.size(file);
        long b0 = System.nanoTime();
        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        double baseline = (System.nanoTime() - b0) / 1e6;

        System.gc();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated0 = threads.getTotalThreadAllocatedBytes();
        long used0 = used();
        AtomicLong peak = new AtomicLong(used0);
        AtomicReference<ImportItem> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread work = Thread.ofPlatform().daemon().start(() -> {
            try {
                result.set(new Importer().prepare(file));
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        long t0 = System.nanoTime();
        while (work.isAlive() && (System.nanoTime() - t0) / 1_000_000 < TIMEOUT_MS) {
            work.join(10);
            peak.accumulateAndGet(used(), Math::max);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        long allocated = threads.getTotalThreadAllocatedBytes() - allocated0;
        String outcome = work.isAlive() ? "NOT FINISHED"
                : thrown.get() != null ? "threw " + thrown.get()
                : result.get().isFailed() ? "refused: " + result.get().failureText() : "imported";
        return String.format("%-26s %9d bytes  import %9.0f ms  baseline (read+hash) %6.1f ms  heap peak +%5d MB  "
                + "allocated %6d MB  %s", name, size, ms, baseline, (peak.get() - used0) >> 20, allocated >> 20,
                outcome);
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** Texts like the ones councils write, for size and speed. */
    static final class CouncilTexts {
        private static final String[] WORDS = {"kommunen", "fullmäktige", "förskola", "integration", "budget",
            "nämnden", "äldreomsorg", "skolan", "bostäder", "kollektivtrafik", "utreda", "föreslår", "yrkar", "att",
            "och", "för", "med", "om", "till", "Stenungsund", "Anna", "Ek", "(V)", "2015-02-16", "1.", "?", "samt"};

        private CouncilTexts() {
        }

        static String repeated(int chars) {
            StringBuilder s = new StringBuilder(chars + 4000);
            try {
                try (var seeds = Files.list(Path.of("seeds"))) {
                    for (Path p : seeds.sorted().toList()) {
                        s.append(Files.readString(p)).append("\n\n");
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            String all = s.toString();
            while (s.length() < chars) {
                s.append(all);
            }
            return s.substring(0, chars);
        }

        static String randomParagraph(int i) {
            Random r = new Random(i);
            StringBuilder s = new StringBuilder();
            int words = 8 + r.nextInt(40);
            for (int w = 0; w < words; w++) {
                s.append(r.nextInt(4) == 0 ? Long.toString(r.nextLong(1L << 40), 36) : WORDS[r.nextInt(WORDS.length)])
                        .append(' ');
            }
            return s.toString().strip() + (r.nextBoolean() ? "." : "?");
        }
    }
}
