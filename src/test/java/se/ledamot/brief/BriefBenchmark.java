package se.ledamot.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.brief.doc.DebateBrief;
import se.ledamot.brief.layout.Document;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.domain.Deadlines;

/**
 * Time to write a 50-item debate brief to a file, first in a fresh JVM and then warm. Prints the figures; asserts
 * none of them. Run it on its own: {@code xvfb-run -a mvn -q test -Dtest=BriefBenchmark -Dbenchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class BriefBenchmark {
    private static final int ITEMS = 50;
    private static final int WARM_RUNS = 5;

    @Test
    void fiftyItemDebateBrief(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("debattunderlag.pdf");
        long start = System.nanoTime();
        PdfWriter.Result result = BriefFile.write(build(), file, PdfWriter.Progress.NONE);
        double cold = (System.nanoTime() - start) / 1e6;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < WARM_RUNS; i++) {
            long t = System.nanoTime();
            BriefFile.write(build(), file, PdfWriter.Progress.NONE);
            best = Math.min(best, (System.nanoTime() - t) / 1e6);
        }
        System.out.printf("BENCHMARK debate brief: %d items, %d pages, %d bytes; first run %.0f ms, warm best of %d "
                + "%.0f ms (%d cores)%n", ITEMS, result.pages(), Files.size(file), cold, WARM_RUNS, best,
                Runtime.getRuntime().availableProcessors());
        assertThat(result.pages()).isGreaterThan(ITEMS);
    }

    private static Document build() {
        return DebateBrief.of(Samples.debate(ITEMS, "V"), "Stenungsunds kommun", Deadlines.standard(), Samples.TODAY,
                Samples.CREATED, Samples.ZONE);
    }
}
